package org.lbgame.gen.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.lbgame.gen.GameCase;
import org.lbgame.gen.KernelView;
import org.lbgame.gen.Scale;
import org.lbgame.gen.TableGame;
import org.lbgame.model.Hypotheses;
import org.lbgame.model.Hypothesis;

/** The JUnit sources draw what they promise, checked by the model's validators and the kernel, not by the drawer. */
class ProvidersTest {
  @ParameterizedTest
  @GameCases(count = 30, seed = 5)
  void validCasesPassEveryHypothesis(GameCase c) {
    assertEquals(Set.of(), Hypotheses.check(c.game()).failed(), c::toJson);
    assertTrue(c.game().size() <= Scale.ENUMERATION.maxModels());
  }

  @ParameterizedTest
  @GameCases(count = 20, seed = 6, breaking = {"C1", "C3"})
  void breakingCasesFailTheNamedHypothesis(GameCase c) {
    Set<Hypothesis> failed = Hypotheses.check(c.game()).failed();
    assertTrue(failed.equals(Set.of(Hypothesis.C1)) || failed.equals(Set.of(Hypothesis.C3)), failed + c.toJson());
  }

  @ParameterizedTest
  @TableGames(count = 40, seed = 7)
  void validTablesPassTheKernelsChecks(TableGame t) {
    assertEquals(Set.of(), KernelView.failed(t), t::toJson);
  }

  @ParameterizedTest
  @TableGames(count = 20, seed = 8, kind = TableGames.Kind.BREAKING, breaking = "C3")
  void breakingTablesFailExactlyTheNamedHypothesisInTheKernel(TableGame t) {
    assertEquals(Set.of(Hypothesis.C3), KernelView.failed(t), t::toJson);
  }

  @Test
  void theSameSeedDrawsTheSameGamesAndAnotherSeedOthers() throws Exception {
    assertEquals(draw(TableGames.class, "seed9"), draw(TableGames.class, "seed9"));
    assertTrue(!draw(TableGames.class, "seed9").equals(draw(TableGames.class, "seed10")));
  }

  @Test
  void anUnbreakableHypothesisIsAConfigurationError() throws Exception {
    GameCasesProvider p = new GameCasesProvider();
    p.accept(ProvidersTest.class.getDeclaredMethod("unbreakable").getAnnotation(GameCases.class));
    assertThrows(IllegalArgumentException.class, () -> p.provideArguments(null).count());
  }

  @TableGames(count = 5, seed = 9)
  void seed9() {
  }

  @TableGames(count = 5, seed = 10)
  void seed10() {
  }

  @GameCases(breaking = "NOT_A_HYPOTHESIS")
  void unbreakable() {
  }

  private static List<String> draw(Class<TableGames> type, String method) throws Exception {
    TableGamesProvider p = new TableGamesProvider();
    p.accept(ProvidersTest.class.getDeclaredMethod(method).getAnnotation(type));
    return p.provideArguments(null).map(Arguments::get).map(a -> ((TableGame) a[0]).toJson())
        .collect(Collectors.toList());
  }
}
