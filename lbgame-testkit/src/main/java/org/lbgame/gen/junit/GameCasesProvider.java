package org.lbgame.gen.junit;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.AnnotationConsumer;
import org.lbgame.gen.InvalidGames;
import org.lbgame.gen.ValidGames;
import org.lbgame.model.Hypothesis;

/** The {@link ArgumentsProvider} behind {@link GameCases}: one argument, a {@link org.lbgame.gen.GameCase}. */
public final class GameCasesProvider implements ArgumentsProvider, AnnotationConsumer<GameCases> {
  private GameCases spec;

  /** Creates a provider; JUnit configures it through {@link #accept(GameCases)}. */
  public GameCasesProvider() {
  }

  @Override
  public void accept(GameCases annotation) {
    this.spec = annotation;
  }

  @Override
  public Stream<? extends Arguments> provideArguments(ExtensionContext context) {
    GameCases s = spec;
    List<Hypothesis> broken = hypotheses(s.breaking());
    SplittableRandom rng = new SplittableRandom(s.seed());
    return IntStream.range(0, s.count()).mapToObj(k -> Arguments.of(broken.isEmpty()
        ? ValidGames.gameCase(rng, s.scale())
        : InvalidGames.breakingCase(rng, broken.get(k % broken.size()))));
  }

  /** The named breakable hypotheses, in order; an unknown or unbreakable name is a configuration error. */
  static List<Hypothesis> hypotheses(String[] names) {
    List<Hypothesis> out = new ArrayList<>();
    for (String name : names) {
      Hypothesis h;
      try {
        h = Hypothesis.valueOf(name);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown hypothesis '" + name + "'; breakable: " + InvalidGames.BREAKABLE, e);
      }
      if (!InvalidGames.BREAKABLE.contains(h)) {
        throw new IllegalArgumentException("hypothesis " + h + " cannot be broken alone; breakable: "
            + InvalidGames.BREAKABLE);
      }
      out.add(h);
    }
    return out;
  }
}
