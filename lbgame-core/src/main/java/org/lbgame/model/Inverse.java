package org.lbgame.model;

import org.apache.commons.math3.analysis.solvers.AllowedSolution;
import org.apache.commons.math3.analysis.solvers.BracketingNthOrderBrentSolver;

/**
 * Generic inverses of a nondecreasing curve by bracketing and Brent's method, for curves without a
 * closed form. The bracket is grown geometrically to {@link #MAX_EFFORT}; beyond it the level is
 * reported unreachable.
 */
public final class Inverse {
  /** Largest total effort searched when growing a bracket. */
  public static final double MAX_EFFORT = 1e300;
  /** Relative accuracy of the root finder. */
  public static final double RELATIVE_ACCURACY = 1e-14;

  private Inverse() {
  }

  /** {@code inf{x >= 0 : f(x) >= s}} by bracketing (solution kept on the side where {@code f(x) >= s}). */
  public static double reach(ScoreCurve f, double s) {
    return solve(f, s, false);
  }

  /** {@code inf{x >= 0 : f(x) > s}} by bracketing (solution kept on the side where {@code f(x) > s}). */
  public static double exceed(ScoreCurve f, double s) {
    return solve(f, s, true);
  }

  private static double solve(ScoreCurve f, double s, boolean strict) {
    if (Double.isNaN(s)) {
      throw new IllegalArgumentException("score level is NaN");
    }
    if (strict ? f.value(0) > s : f.value(0) >= s) {
      return 0;
    }
    double hi = 1;
    while (!(strict ? f.value(hi) > s : f.value(hi) >= s)) {
      hi *= 2;
      if (hi > MAX_EFFORT) {
        return Double.POSITIVE_INFINITY;
      }
    }
    double lo = hi == 1 ? 0 : hi / 2;
    // The target is shifted by half an ulp for the strict inverse so that the root sits on the strict side.
    final double target = strict ? Math.nextUp(s) : s;
    BracketingNthOrderBrentSolver solver =
        new BracketingNthOrderBrentSolver(RELATIVE_ACCURACY, 1e-13, 0, 5);
    double x = solver.solve(10_000, t -> f.value(t) - target, lo, hi, AllowedSolution.ABOVE_SIDE);
    return Math.max(0, x);
  }
}
