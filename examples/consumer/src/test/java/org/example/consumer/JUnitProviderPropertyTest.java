package org.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.lbgame.gen.GameCase;
import org.lbgame.gen.TableGame;
import org.lbgame.gen.junit.GameCases;
import org.lbgame.gen.junit.TableGames;
import org.lbgame.kernel.AllZero;
import org.lbgame.model.Hypotheses;
import org.lbgame.model.Hypothesis;

/** README: "Property tests with plain JUnit 5": no property-testing library, just @ParameterizedTest. */
class JUnitProviderPropertyTest {
  @ParameterizedTest
  @TableGames(count = 200, seed = 42)
  void allZeroIsAPneExactlyWhenNoJumpPays(TableGame t) {
    assertEquals(AllZero.everyJumpConditionHolds(t.score(), t.cost(), t.reward(), t.tau(), t.horizon()),
        AllZero.isAllZeroPne(t.score(), t.cost(), t.reward(), t.tau(), t.horizon()), t.toJson());
  }

  @ParameterizedTest
  @GameCases(count = 30, seed = 7, breaking = "C3")
  void gamesBreakingC3AreCaughtByTheValidator(GameCase c) {
    Set<Hypothesis> failed = Hypotheses.check(c.game()).failed();
    assertTrue(failed.contains(Hypothesis.C3), c.toJson());
  }
}
