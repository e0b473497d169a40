package org.lbgame.gen.quicktheories;

import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.lbgame.gen.GameCase;
import org.lbgame.gen.InvalidGames;
import org.lbgame.gen.Scale;
import org.lbgame.gen.TableGame;
import org.lbgame.gen.Tables;
import org.lbgame.gen.ValidGames;
import org.lbgame.model.Hypothesis;
import org.quicktheories.core.Gen;

/**
 * QuickTheories {@link Gen}s over the framework-neutral generators of {@code org.lbgame.gen}. Each draw
 * of a generator becomes a constrained QuickTheories draw, so QuickTheories' own shrinking moves every
 * choice towards the simplest one; values print as ready-to-run JSON.
 */
public final class LbGens {
  private LbGens() {
  }

  /** Any generator {@code RandomGenerator -> T} as a QuickTheories {@code Gen}, printed with {@code toString}. */
  public static <T> Gen<T> of(Function<RandomGenerator, T> generator) {
    Gen<T> g = in -> generator.apply(new RandomnessSourceGenerator(in));
    return g.describedAs(String::valueOf);
  }

  /** Valid continuous game cases at {@code scale}. */
  public static Gen<GameCase> validCases(Scale scale) {
    return of(rng -> ValidGames.gameCase(rng, scale));
  }

  /** Continuous game cases (enumeration scale) breaking exactly {@code h}. */
  public static Gen<GameCase> casesBreaking(Hypothesis h) {
    return of(rng -> InvalidGames.breakingCase(rng, h));
  }

  /**
   * Continuous game cases breaking exactly {@code h}, half of them with rewards on the edge of the
   * adjacent condition ({@link org.lbgame.gen.EdgeRewards}, fraction in [0.9, 1)).
   */
  public static Gen<GameCase> casesBreakingAtTheEdge(Hypothesis h) {
    return of(rng -> InvalidGames.breakingCaseAtTheEdge(rng, h));
  }

  /** Valid discrete games (head-start family). */
  public static Gen<TableGame> validTables() {
    return of(Tables::valid);
  }

  /** Arbitrary discrete games. */
  public static Gen<TableGame> randomTables() {
    return of(Tables::random);
  }

  /** Discrete games breaking exactly {@code h}. */
  public static Gen<TableGame> tablesBreaking(Hypothesis h) {
    return of(rng -> Tables.invalid(rng, h));
  }
}
