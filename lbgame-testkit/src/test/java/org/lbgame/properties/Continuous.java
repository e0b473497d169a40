package org.lbgame.properties;

import org.lbgame.model.Game;
import org.lbgame.model.ScoreCurve;

/**
 * The continuous game's quantities computed from the curves' inverses (closed forms for the
 * families): {@code Delta_{k->j}(tau)}, the jump conditions with their margins, per-pair thresholds.
 * Independent of the solver.
 */
final class Continuous {
  /** Relative tolerance under which a margin is "undecided". */
  static final double TOL = 1e-9;

  private Continuous() {
  }

  /** {@code Delta_{k->j}(tau) = inf{e >= 0 : f_k(tau + e) > f_j(tau)}}, {@code +inf} if never. */
  static double overtake(Game g, double tau, int k, int j) {
    ScoreCurve ck = g.curve(k);
    double target = g.curve(j).value(tau);
    double x = ck.exceed(target);
    return x == Double.POSITIVE_INFINITY ? x : Math.max(0, x - tau);
  }

  /** Margin of the jump condition {@code c_k(Delta_{k->j}) - (r_j - r_k)} ({@code +inf} if never). */
  static double margin(Game g, double tau, int k, int j) {
    double d = overtake(g, tau, k, j);
    if (d == Double.POSITIVE_INFINITY) {
      return d;
    }
    return g.cost(k, d) - (g.rewards().get(j) - g.rewards().get(k));
  }

  /** +1 if the jump condition holds with margin, -1 if it fails with margin, 0 if undecided within tolerance. */
  static int jump(Game g, double tau, int k, int j) {
    double m = margin(g, tau, k, j);
    double scale = Math.max(1, Math.abs(g.rewards().get(j) - g.rewards().get(k)));
    if (m > TOL * scale) {
      return 1;
    }
    return m < -TOL * scale ? -1 : 0;
  }

  /** +1/-1/0 for the adjacent condition at tau (0 if some pair is undecided and none fails). */
  static int adjacent(Game g, double tau) {
    int result = 1;
    for (int k = 1; k < g.size(); k++) {
      int v = jump(g, tau, k, k - 1);
      if (v < 0) {
        return -1;
      }
      result = Math.min(result, v);
    }
    return result;
  }

  /**
   * +1/-1/0 for "all-zero is a PNE" by definition: no jump gains, with the gain of a jump
   * {@code r_j - r_k} against the extra cost {@code c_k(Delta) - c_k(0)}.
   */
  static int allZeroByDefinition(Game g, double tau) {
    int result = 1;
    for (int k = 1; k < g.size(); k++) {
      for (int j = 0; j < k; j++) {
        double d = overtake(g, tau, k, j);
        if (d == Double.POSITIVE_INFINITY) {
          continue;
        }
        double gap = g.rewards().get(j) - g.rewards().get(k);
        double m = g.cost(k, d) - g.cost(k, 0) - gap;
        double scale = Math.max(1, Math.abs(gap));
        if (m < -TOL * scale) {
          return -1;
        }
        if (m <= TOL * scale) {
          result = 0;
        }
      }
    }
    return result;
  }

  /** +1/-1/0 for the every-jump condition at tau. */
  static int everyJump(Game g, double tau) {
    int result = 1;
    for (int k = 1; k < g.size(); k++) {
      for (int j = 0; j < k; j++) {
        int v = jump(g, tau, k, j);
        if (v < 0) {
          return -1;
        }
        result = Math.min(result, v);
      }
    }
    return result;
  }

  /** Per-pair threshold {@code tau*_k} by bisection on the monotone condition (Lemma 5.2), {@code +inf} past 1e12. */
  static double pairThreshold(Game g, int k) {
    if (margin(g, 0, k, k - 1) >= 0) {
      return 0;
    }
    double hi = 1;
    while (margin(g, hi, k, k - 1) < 0) {
      hi *= 2;
      if (hi > 1e12) {
        return Double.POSITIVE_INFINITY;
      }
    }
    double lo = hi == 1 ? 0 : hi / 2;
    for (int it = 0; it < 200 && hi - lo > 1e-12 * hi; it++) {
      double mid = (lo + hi) / 2;
      if (margin(g, mid, k, k - 1) >= 0) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return hi;
  }
}
