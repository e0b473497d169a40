package org.lbgame.solve;

import java.util.ArrayList;
import java.util.List;
import org.lbgame.model.Game;
import org.lbgame.model.Hypotheses;
import org.lbgame.model.Hypothesis;
import org.lbgame.model.Inverse;
import org.lbgame.model.TieRule;
import org.lbgame.model.ValidationReport;

/**
 * A small checker of continuous-mode certificates that does not reuse the solver's overtaking code:
 * scores are compared by the curves' values, overtaking efforts come from the generic bracketing
 * inverse ({@link Inverse}), never the closed forms or latents. Near saturation doubles may fail to
 * separate scores that the latent separates: the checker then rejects rather than guesses.
 */
public final class ContinuousCertificate {
  private ContinuousCertificate() {
  }

  /** Accepts iff the profitable deviation's witness effort, evaluated on the curves, strictly pays. */
  public static boolean checkDeviation(Game g, double tau, Deviation d) {
    double w = d.witness();
    if (!(w >= 0) || Double.isInfinite(w)) {
      return false;
    }
    int i = d.model();
    int from = rankByValue(g, tau, i, 0);
    int to = rankByValue(g, tau, i, w);
    double before = g.rewards().get(from) - g.cost(i, 0);
    double after = g.rewards().get(to) - g.cost(i, w);
    return after > before;
  }

  /**
   * Accepts iff no model gains from any better rank: for every model and every model above it at
   * all-zero, the infimum overtaking effort (bracketing inverse of the curve) costs at least the gain
   * minus {@code tol}. Needs a nondecreasing cost (so the cheapest effort for a rank is its least one).
   */
  public static boolean checkAllZeroPne(Game g, double tau, double tol) {
    if (!Hypotheses.check(g).holds(Hypothesis.COST_NONDECREASING)) {
      return false;
    }
    int n = g.size();
    for (int i = 0; i < n; i++) {
      double si = g.curve(i).value(tau);
      List<Double> thresholds = new ArrayList<>();
      for (int j = 0; j < n; j++) {
        double sj = g.curve(j).value(tau);
        if (j == i || g.tieRule().above(i, si, j, sj)) {
          continue;
        }
        boolean strict = !g.tieRule().above(i, sj, j, sj);
        double x = strict ? Inverse.exceed(g.curve(i), sj) : Inverse.reach(g.curve(i), sj);
        thresholds.add(Math.max(0, x - tau));
      }
      thresholds.sort(null);
      int r0 = thresholds.size();
      for (int m = 1; m <= r0; m++) {
        double t = thresholds.get(m - 1);
        if (Double.isInfinite(t)) {
          break;
        }
        double gain = g.rewards().get(r0 - m) - g.rewards().get(r0);
        double cost = g.cost(i, t) - g.cost(i, 0);
        if (cost < gain - tol) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * {@link #checkAllZeroPne} for large games, same inputs and same independence (curve values, the
   * bracketing inverse, the tie rule), in {@code O(n log n)} plus the jumps it must look at: the models
   * are sorted once by baseline value, and each model's rivals are taken from the nearest above upward,
   * so the {@code m}-th rival's threshold is the {@code m}-th smallest (a model overtaking a rival overtakes
   * everybody between). A model's remaining rivals are skipped once the cost of a lower bound on the
   * current threshold (the bracketing inverse returns a root on the reached side, so the true threshold is
   * at least the returned one less its accuracy) covers the largest gain it could have.
   */
  public static boolean checkAllZeroPneWalk(Game g, double tau, double tol, ValidationReport report) {
    if (!report.holds(Hypothesis.COST_NONDECREASING)) {
      return false;
    }
    int n = g.size();
    double[] s = new double[n];
    long[] key = new long[n];
    for (int j = 0; j < n; j++) {
      s[j] = g.curve(j).value(tau);
      key[j] = Encoding.orderKey(s[j]);
    }
    TieRule tie = g.tieRule();
    int[] order = LatentOrder.sortAbove(key, tie == TieRule.HIGHER_CAPABILITY);
    double maxReward = Double.NEGATIVE_INFINITY;
    for (int r = 0; r < n; r++) {
      maxReward = Math.max(maxReward, g.rewards().get(r));
    }
    for (int i = 0; i < n; i++) {
      // the rivals above i are a prefix of the order (by value, then the tie rule), i itself excluded
      int lo = 0;
      int hi = n;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        int j = order[mid];
        if (tie.above(j, s[j], i, s[i])) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      int r0 = lo;
      double c0 = g.cost(i, 0);
      double maxGain = maxReward - g.rewards().get(r0);
      int m = 0;
      for (int q = lo - 1; q >= 0; q--) {
        int j = order[q];
        if (j == i) {
          continue;
        }
        m++;
        boolean strict = !tie.above(i, s[j], j, s[j]);
        double x = strict ? Inverse.exceed(g.curve(i), s[j]) : Inverse.reach(g.curve(i), s[j]);
        if (Double.isInfinite(x)) {
          break;
        }
        double t = Math.max(0, x - tau);
        double gain = g.rewards().get(r0 - m) - g.rewards().get(r0);
        if (g.cost(i, t) - c0 < gain - tol) {
          return false;
        }
        double lower = Math.max(0, x * (1 - 1e-12) - 1e-12 - tau);
        if (g.cost(i, lower) - c0 >= maxGain - tol) {
          break;
        }
      }
    }
    return true;
  }

  private static int rankByValue(Game g, double tau, int i, double e) {
    double si = g.curve(i).value(tau + e);
    int r = 0;
    for (int j = 0; j < g.size(); j++) {
      if (j != i && g.tieRule().above(j, g.curve(j).value(tau), i, si)) {
        r++;
      }
    }
    return r;
  }
}
