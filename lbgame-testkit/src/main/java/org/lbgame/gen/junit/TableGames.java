package org.lbgame.gen.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Supplies a {@code @ParameterizedTest} with generated discrete games ({@link org.lbgame.gen.TableGame}): valid,
 * arbitrary, or breaking one hypothesis, reproducibly from a seed.
 *
 * <pre>{@code
 * @ParameterizedTest
 * @TableGames(count = 500, kind = TableGames.Kind.RANDOM)
 * void myPneCheckAgreesWithTheKernel(TableGame t) { ... }
 * }</pre>
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ArgumentsSource(TableGamesProvider.class)
public @interface TableGames {
  /** Which discrete games to draw. */
  enum Kind {
    /** Games satisfying every discrete hypothesis (C1-C3, convex strictly increasing costs). */
    VALID,
    /** Arbitrary games: any table the kernel accepts, hypotheses or not. */
    RANDOM,
    /** Games breaking exactly the hypotheses named in {@link TableGames#breaking()}, in turn. */
    BREAKING
  }

  /** How many games to draw. */
  int count() default 100;

  /** Seed of the draw: the same seed gives the same games. */
  long seed() default 1L;

  /** Which games to draw. */
  Kind kind() default Kind.VALID;

  /** Names of the hypotheses to break when {@link #kind()} is {@link Kind#BREAKING}. */
  String[] breaking() default {};
}
