package org.lbgame.model;

import java.math.BigDecimal;

/**
 * The order of two scores {@code f_i(t_i + e_i)} and {@code f_j(t_j + e_j)}, decided rigorously:
 * in double intervals first, then in {@link BigInterval#DIGITS}-digit intervals, never by
 * subtracting two rounded scores. The efforts are summed exactly. Pairs of power laws on a common
 * scale are compared in their common latent (the logit); every other pair by
 * {@code (U_i - U_j) + (gap_j - gap_i)}, each gap to the ceiling computed without cancellation.
 */
public enum ScoreOrder {
  /** {@code f_i > f_j}. */
  ABOVE,
  /** {@code f_i < f_j}. */
  BELOW,
  /** {@code f_i = f_j} exactly (the same curve at the same effort, or an exact computation). */
  EQUAL,
  /** Not decided within {@link BigInterval#DIGITS} significant digits. */
  UNDECIDED;

  /** The order of {@code f_i(ti + ei)} against {@code f_j(tj + ej)}. */
  public static ScoreOrder of(ScoreCurve ci, double ti, double ei, ScoreCurve cj, double tj, double ej) {
    if (ci.equals(cj) && sameSum(ti, ei, tj, ej)) {
      return EQUAL;
    }
    ScoreOrder o = decide(separation(ci, Interval.of(ti).plus(Interval.of(ei)), cj,
        Interval.of(tj).plus(Interval.of(ej))));
    if (o != UNDECIDED) {
      return o;
    }
    int d = BigInterval.DIGITS;
    return decide(separation(ci, BigInterval.of(ti, d).plus(BigInterval.of(ei, d)), cj,
        BigInterval.of(tj, d).plus(BigInterval.of(ej, d))));
  }

  /** The order of the scores at total efforts {@code xi} and {@code xj}. */
  public static ScoreOrder of(ScoreCurve ci, double xi, ScoreCurve cj, double xj) {
    return of(ci, xi, 0, cj, xj, 0);
  }

  /** The order given by the sign of an enclosure. */
  public static <T extends Real<T>> ScoreOrder decide(T separation) {
    if (separation.isZero()) {
      return EQUAL;
    }
    int s = separation.signum();
    return s > 0 ? ABOVE : s < 0 ? BELOW : UNDECIDED;
  }

  /**
   * An enclosure of a quantity with the sign of {@code f_i(xi) - f_j(xj)}: the logit difference for
   * power laws on a common scale, otherwise the score difference written through the gaps to the ceilings.
   */
  public static <T extends Real<T>> T separation(ScoreCurve ci, T xi, ScoreCurve cj, T xj) {
    if (ci instanceof PowerLawCurve && cj instanceof PowerLawCurve
        && ((PowerLawCurve) ci).sameScale((PowerLawCurve) cj)) {
      return ((PowerLawCurve) ci).logit(xi).minus(((PowerLawCurve) cj).logit(xj));
    }
    if (ci instanceof ExponentialSaturationCurve && cj instanceof ExponentialSaturationCurve
        && ci.saturation() == cj.saturation()) {
      // a common ceiling: the log-gaps log(U - L) - k x are linear, so nothing underflows however large x is
      return ((ExponentialSaturationCurve) cj).logGap(xj).minus(((ExponentialSaturationCurve) ci).logGap(xi));
    }
    T ceilings = xi.constant(ci.saturation()).minus(xi.constant(cj.saturation()));
    return ceilings.plus(cj.gap(xj).minus(ci.gap(xi)));
  }

  /** True when {@code ti + ei == tj + ej} exactly. */
  static boolean sameSum(double ti, double ei, double tj, double ej) {
    if (ti == tj && ei == ej) {
      return true;
    }
    if (!Double.isFinite(ti) || !Double.isFinite(ei) || !Double.isFinite(tj) || !Double.isFinite(ej)) {
      return false;
    }
    return new BigDecimal(ti).add(new BigDecimal(ei)).compareTo(new BigDecimal(tj).add(new BigDecimal(ej))) == 0;
  }
}
