package org.lbgame.solve;

import org.lbgame.model.ExponentialSaturationCurve;
import org.lbgame.model.Game;
import org.lbgame.model.PowerLawCurve;
import org.lbgame.model.ScoreCurve;
import org.lbgame.model.TieRule;

/**
 * Overtaking efforts in the continuous game. Pairs of one family on a common scale are compared in
 * their latent (the power law's logit, the exponential's {@code log(U - f)}), which is exact where
 * the scores themselves would round to the ceiling; other pairs use the curves' inverses.
 */
public final class Overtake {
  private Overtake() {
  }

  /**
   * Just-overtake effort {@code Delta_k(tau)} (Definition 4.4) for pair {@code k} (0-based, model
   * {@code k} overtaking model {@code k-1}): {@code inf{e >= 0 : model k at tau + e ranks above model k-1 at tau}}.
   */
  public static double justOvertakeEffort(Game g, double tau, int k) {
    if (k < 1 || k >= g.size()) {
      throw new IllegalArgumentException("pair index must be in 1.." + (g.size() - 1) + ", got " + k);
    }
    return threshold(g, tau, k, k - 1, tau);
  }

  /**
   * The least extra effort (an infimum) for model {@code i} at {@code tau + e} to rank above model
   * {@code j} at total effort {@code xj}, ties by the game's rule; {@code +inf} if never.
   */
  public static double threshold(Game g, double tau, int i, int j, double xj) {
    if (above(g, i, tau, j, xj)) {
      return 0;
    }
    boolean strict = g.tieRule() == TieRule.HIGHER_CAPABILITY ? j < i : j > i;
    ScoreCurve ci = g.curve(i);
    ScoreCurve cj = g.curve(j);
    double x;
    if (commonPowerLaw(ci, cj)) {
      // z_i is continuous and strictly increasing without bound: the strict and weak infima coincide
      x = ((PowerLawCurve) ci).reachLogit(((PowerLawCurve) cj).logit(xj));
    } else if (commonExponential(ci, cj)) {
      x = ((ExponentialSaturationCurve) ci).reachLogGap(((ExponentialSaturationCurve) cj).logGap(xj));
    } else {
      double s = cj.value(xj);
      x = strict ? ci.exceed(s) : ci.reach(s);
    }
    return Math.max(0, x - tau);
  }

  /** True when model {@code i} at total effort {@code xi} ranks above model {@code j} at {@code xj}. */
  public static boolean above(Game g, int i, double xi, int j, double xj) {
    int c = compare(g, i, xi, j, xj);
    if (c != 0) {
      return c > 0;
    }
    return g.tieRule() == TieRule.HIGHER_CAPABILITY ? i < j : i > j;
  }

  /** Sign of {@code f_i(xi) - f_j(xj)}, decided in the pair's common latent where there is one. */
  public static int compare(Game g, int i, double xi, int j, double xj) {
    ScoreCurve ci = g.curve(i);
    ScoreCurve cj = g.curve(j);
    if (commonPowerLaw(ci, cj)) {
      return Double.compare(((PowerLawCurve) ci).logit(xi), ((PowerLawCurve) cj).logit(xj));
    }
    if (commonExponential(ci, cj)) {
      // a smaller gap to the common ceiling is a higher score
      return Double.compare(((ExponentialSaturationCurve) cj).logGap(xj), ((ExponentialSaturationCurve) ci).logGap(xi));
    }
    return Double.compare(ci.value(xi), cj.value(xj));
  }

  static boolean commonPowerLaw(ScoreCurve a, ScoreCurve b) {
    return a instanceof PowerLawCurve && b instanceof PowerLawCurve && ((PowerLawCurve) a).sameScale((PowerLawCurve) b);
  }

  static boolean commonExponential(ScoreCurve a, ScoreCurve b) {
    return a instanceof ExponentialSaturationCurve && b instanceof ExponentialSaturationCurve
        && ((ExponentialSaturationCurve) a).ceiling() == ((ExponentialSaturationCurve) b).ceiling();
  }

  /** 0-based rank of model {@code i} when the models play total efforts {@code x}. */
  public static int rank(Game g, double[] x, int i) {
    int r = 0;
    for (int j = 0; j < g.size(); j++) {
      if (j != i && above(g, j, x[j], i, x[i])) {
        r++;
      }
    }
    return r;
  }
}
