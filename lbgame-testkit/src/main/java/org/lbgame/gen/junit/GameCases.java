package org.lbgame.gen.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.provider.ArgumentsSource;
import org.lbgame.gen.Scale;

/**
 * Supplies a {@code @ParameterizedTest} with generated continuous games ({@link org.lbgame.gen.GameCase}), valid or
 * breaking one hypothesis, reproducibly from a seed, with no property-testing library.
 *
 * <pre>{@code
 * @ParameterizedTest
 * @GameCases(count = 200, seed = 7)
 * void adjacentConditionDecidesAllZero(GameCase c) { ... }
 * }</pre>
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ArgumentsSource(GameCasesProvider.class)
public @interface GameCases {
  /** How many games to draw. */
  int count() default 100;

  /** Seed of the draw: the same seed gives the same games. */
  long seed() default 1L;

  /** Size of the valid games drawn (ignored when {@link #breaking()} is set). */
  Scale scale() default Scale.ENUMERATION;

  /**
   * Names of the hypotheses to break ({@code C1}, {@code C2}, {@code C3}, ... as in
   * {@link org.lbgame.gen.InvalidGames#BREAKABLE}), drawn in turn; empty for valid games.
   */
  String[] breaking() default {};
}
