package org.lbgame.gen;

import java.util.function.Predicate;

/**
 * Greedy shrinking: repeatedly replaces a failing value by the first candidate that still fails, until
 * no candidate fails (a local minimum) or the step budget is spent. Framework-neutral.
 */
public final class Minimizer {
  /** Default number of candidate evaluations. */
  public static final int DEFAULT_BUDGET = 2000;

  private Minimizer() {
  }

  /** The locally minimal value reachable from {@code failing} whose candidates all pass {@code fails}. */
  public static <T> T minimize(T failing, Predicate<T> fails, Shrinker<T> shrinker) {
    return minimize(failing, fails, shrinker, DEFAULT_BUDGET);
  }

  /** The same with an explicit budget of candidate evaluations. */
  public static <T> T minimize(T failing, Predicate<T> fails, Shrinker<T> shrinker, int budget) {
    T current = failing;
    int spent = 0;
    boolean progress = true;
    while (progress && spent < budget) {
      progress = false;
      for (T c : shrinker.candidates(current)) {
        if (spent++ >= budget) {
          break;
        }
        boolean f;
        try {
          f = fails.test(c);
        } catch (RuntimeException | AssertionError e) {
          f = true; // an exception is a failure too
        }
        if (f) {
          current = c;
          progress = true;
          break;
        }
      }
    }
    return current;
  }
}
