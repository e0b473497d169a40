package org.lbgame.solve;

import java.util.ArrayList;
import java.util.List;
import org.lbgame.model.Game;
import org.lbgame.model.Hypotheses;
import org.lbgame.model.Hypothesis;
import org.lbgame.model.Inverse;

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
