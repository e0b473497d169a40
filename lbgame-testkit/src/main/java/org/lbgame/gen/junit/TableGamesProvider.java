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
import org.lbgame.gen.TableGame;
import org.lbgame.gen.Tables;
import org.lbgame.model.Hypothesis;

/** The {@link ArgumentsProvider} behind {@link TableGames}: one argument, a {@link TableGame}. */
public final class TableGamesProvider implements ArgumentsProvider, AnnotationConsumer<TableGames> {
  private TableGames spec;

  /** Creates a provider; JUnit configures it through {@link #accept(TableGames)}. */
  public TableGamesProvider() {
  }

  @Override
  public void accept(TableGames annotation) {
    this.spec = annotation;
  }

  @Override
  public Stream<? extends Arguments> provideArguments(ExtensionContext context) {
    TableGames s = spec;
    List<Hypothesis> broken = breakable(s.breaking());
    if (s.kind() == TableGames.Kind.BREAKING && broken.isEmpty()) {
      throw new IllegalArgumentException("@TableGames(kind = BREAKING) needs breaking = {...}; breakable: "
          + Tables.BREAKABLE);
    }
    SplittableRandom rng = new SplittableRandom(s.seed());
    return IntStream.range(0, s.count()).mapToObj(k -> Arguments.of(draw(s.kind(), broken, k, rng)));
  }

  private static TableGame draw(TableGames.Kind kind, List<Hypothesis> broken, int k, SplittableRandom rng) {
    switch (kind) {
      case VALID:
        return Tables.valid(rng);
      case RANDOM:
        return Tables.random(rng);
      default:
        return Tables.invalid(rng, broken.get(k % broken.size()));
    }
  }

  private static List<Hypothesis> breakable(String[] names) {
    List<Hypothesis> out = new ArrayList<>();
    for (String name : names) {
      Hypothesis h = Hypothesis.valueOf(name);
      if (!Tables.BREAKABLE.contains(h)) {
        throw new IllegalArgumentException("hypothesis " + h + " cannot be broken alone in tables; breakable: "
            + Tables.BREAKABLE);
      }
      out.add(h);
    }
    return out;
  }
}
