package org.lbgame.solve;

import org.lbgame.model.BigInterval;
import org.lbgame.model.ExponentialSaturationCurve;
import org.lbgame.model.Game;
import org.lbgame.model.Interval;
import org.lbgame.model.Real;
import org.lbgame.model.ScoreCurve;
import org.lbgame.model.ScoreOrder;
import org.lbgame.model.TieRule;

/**
 * Overtaking in the continuous game, decided rigorously. Scores are ordered by {@link ScoreOrder}
 * (common latent or gaps to the ceilings, double intervals then high precision, efforts summed
 * exactly); overtaking efforts are enclosures of the curves' inverses applied to the overtaken
 * model's gap to the ceiling, so nothing is computed as a difference of two rounded scores.
 */
public final class Overtake {
  /** Relative width of a double enclosure above which an effort is re-evaluated in high precision. */
  public static final double REFINE = 1e-12;

  private Overtake() {
  }

  /**
   * Just-overtake effort {@code Delta_k(tau)} (Definition 4.4) for pair {@code k} (0-based, model
   * {@code k} overtaking model {@code k-1}): the middle of its tightest enclosure.
   */
  public static double justOvertakeEffort(Game g, double tau, int k) {
    return justOvertakeBound(g, tau, k).value();
  }

  /** {@code Delta_k(tau)} with its enclosure. */
  public static Bounded justOvertakeBound(Game g, double tau, int k) {
    if (k < 1 || k >= g.size()) {
      throw new IllegalArgumentException("pair index must be in 1.." + (g.size() - 1) + ", got " + k);
    }
    return thresholdBound(g, tau, k, k - 1, tau, 0);
  }

  /**
   * The least extra effort (an infimum) for model {@code i} at {@code tau + e} to rank above model
   * {@code j} at total effort {@code xj}, ties by the game's rule; {@code +inf} if never.
   */
  public static double threshold(Game g, double tau, int i, int j, double xj) {
    return thresholdBound(g, tau, i, j, xj, 0).value();
  }

  /** As {@link #threshold}, model {@code j} at total effort {@code tj + ej} (summed exactly), with its enclosure. */
  public static Bounded thresholdBound(Game g, double tau, int i, int j, double tj, double ej) {
    Interval d = effort(g, Interval.of(tau), i, j, Interval.of(tj).plus(Interval.of(ej)));
    if (!wide(d)) {
      return Bounded.of(d);
    }
    int p = BigInterval.DIGITS;
    return Bounded.of(effort(g, BigInterval.of(tau, p), i, j, BigInterval.of(tj, p).plus(BigInterval.of(ej, p))));
  }

  /** True when a double enclosure is too wide to report or decide with: then high precision is used. */
  static boolean wide(Interval d) {
    return wide(d.lower(), d.upper());
  }

  /** {@link #wide(Interval)} of the enclosure {@code [lo, hi]}. */
  static boolean wide(double lo, double hi) {
    if (lo == hi || (lo == Double.POSITIVE_INFINITY)) {
      return false;
    }
    return !(hi - lo <= REFINE * Math.max(1, Math.abs(hi)));
  }

  /**
   * An enclosure of {@code inf{e >= 0 : f_i(tau + e) > f_j(xj)}} (or {@code >=} when ties favour
   * model {@code i}): model {@code i} must bring its gap to the ceiling below
   * {@code g* = (U_i - U_j) + (U_j - f_j(xj))}; power laws on a common scale reach model {@code j}'s logit
   * instead, exponentials with a common ceiling its log gap.
   */
  public static <T extends Real<T>> T effort(Game g, T tau, int i, int j, T xj) {
    ScoreCurve ci = g.curve(i);
    ScoreCurve cj = g.curve(j);
    boolean strict = !tieFavours(g, i, j);
    if (commonExponential(ci, cj)) {
      // in log-gaps (linear in effort) nothing underflows however large tau is
      T x = ((ExponentialSaturationCurve) ci).reachLogGap(((ExponentialSaturationCurve) cj).logGap(xj));
      return x.minus(tau).max(tau.constant(0));
    }
    if (commonPowerLaw(ci, cj)) {
      // in the common logit nothing cancels, however close to the floor both models are (through the gaps,
      // (U - L)/g - 1 would lose every digit there)
      T x = ((org.lbgame.model.PowerLawCurve) ci).reachLogit(((org.lbgame.model.PowerLawCurve) cj).logit(xj));
      return x.minus(tau).max(tau.constant(0));
    }
    T target = tau.constant(ci.saturation()).minus(tau.constant(cj.saturation())).plus(cj.gap(xj));
    T x = ci.reachGap(target, strict);
    return x.minus(tau).max(tau.constant(0));
  }

  /** True when the game's tie rule ranks model {@code i} above model {@code j} at equal scores. */
  public static boolean tieFavours(Game g, int i, int j) {
    return g.tieRule() == TieRule.HIGHER_CAPABILITY ? i < j : i > j;
  }

  static boolean commonPowerLaw(ScoreCurve a, ScoreCurve b) {
    return a instanceof org.lbgame.model.PowerLawCurve && b instanceof org.lbgame.model.PowerLawCurve
        && ((org.lbgame.model.PowerLawCurve) a).sameScale((org.lbgame.model.PowerLawCurve) b);
  }

  static boolean commonExponential(ScoreCurve a, ScoreCurve b) {
    return a instanceof org.lbgame.model.ExponentialSaturationCurve
        && b instanceof org.lbgame.model.ExponentialSaturationCurve
        && ((org.lbgame.model.ExponentialSaturationCurve) a).ceiling()
            == ((org.lbgame.model.ExponentialSaturationCurve) b).ceiling();
  }

  /** The rigorous order of {@code f_i(ti + ei)} and {@code f_j(tj + ej)}. */
  public static ScoreOrder order(Game g, int i, double ti, double ei, int j, double tj, double ej) {
    return ScoreOrder.of(g.curve(i), ti, ei, g.curve(j), tj, ej);
  }

  /**
   * Whether model {@code i} at {@code ti + ei} ranks above model {@code j} at {@code tj + ej}: 1 yes,
   * 0 no, -1 not decided within precision.
   */
  public static int aboveState(Game g, int i, double ti, double ei, int j, double tj, double ej) {
    switch (order(g, i, ti, ei, j, tj, ej)) {
      case ABOVE:
        return 1;
      case BELOW:
        return 0;
      case EQUAL:
        return tieFavours(g, i, j) ? 1 : 0;
      default:
        return -1;
    }
  }

  /**
   * True when model {@code i} at total effort {@code xi} ranks above model {@code j} at {@code xj};
   * where even high precision does not decide, the middle of the enclosure decides (callers that
   * need a rigorous answer use {@link #aboveState}).
   */
  public static boolean above(Game g, int i, double xi, int j, double xj) {
    int s = aboveState(g, i, xi, 0, j, xj, 0);
    if (s >= 0) {
      return s == 1;
    }
    double m = ScoreOrder.separation(g.curve(i), Interval.of(xi), g.curve(j), Interval.of(xj)).mid();
    return m > 0 || (m == 0 && tieFavours(g, i, j));
  }

  /** Sign of {@code f_i(xi) - f_j(xj)}, decided rigorously where possible (see {@link #above}). */
  public static int compare(Game g, int i, double xi, int j, double xj) {
    switch (order(g, i, xi, 0, j, xj, 0)) {
      case ABOVE:
        return 1;
      case BELOW:
        return -1;
      case EQUAL:
        return 0;
      default:
        return (int) Math.signum(ScoreOrder.separation(g.curve(i), Interval.of(xi), g.curve(j), Interval.of(xj)).mid());
    }
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

  /**
   * 0-based rank of model {@code i} when every model {@code m} plays {@code tau + effort[m]} (summed
   * exactly), decided rigorously; -1 when some comparison is not decided within precision.
   */
  public static int rank(Game g, double tau, double[] effort, int i) {
    int r = 0;
    for (int j = 0; j < g.size(); j++) {
      if (j == i) {
        continue;
      }
      int s = aboveState(g, j, tau, effort[j], i, tau, effort[i]);
      if (s < 0) {
        return -1;
      }
      r += s;
    }
    return r;
  }
}
