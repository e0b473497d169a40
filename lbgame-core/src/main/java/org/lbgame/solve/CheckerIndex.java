package org.lbgame.solve;

import java.util.Arrays;
import org.lbgame.model.Directed;
import org.lbgame.model.Game;
import org.lbgame.model.Interval;
import org.lbgame.model.PowerLawCurve;
import org.lbgame.model.Real;
import org.lbgame.model.ScoreCurve;

/**
 * The independent checker's own sorted view of the models at all-zero, so that a rank is a binary search
 * plus exact comparisons of the few models whose enclosures overlap, not {@code n} comparisons. Keys are
 * curve values by their defining formula in double intervals; for power laws with one floor {@code L} and
 * one ceiling {@code U} they are {@code log((f - L)/(U - L)) = log sigmoid(z)}, the value's distance to the
 * floor in log, because far below the ceiling {@code f - L} is beyond the double (and any decimal) range
 * while its log is not. Either key is strictly increasing in the score, so a key proved above or below
 * another decides the order of the scores. Nothing here is the solver's code: no inverse, no threshold.
 */
final class CheckerIndex {
  private final Game g;
  private final double tau;
  private final boolean logFloor;
  private final double[] lo;
  private final double[] hi;
  private final int[] byLo;
  private final double[] sortedLo;
  private final double[] sortedHi;
  private final double width;

  private CheckerIndex(Game g, double tau, boolean logFloor, double[] lo, double[] hi, double width) {
    this.g = g;
    this.tau = tau;
    this.logFloor = logFloor;
    this.lo = lo;
    this.hi = hi;
    this.width = width;
    int n = lo.length;
    this.byLo = new int[n];
    boolean descending = true;
    for (int j = 1; j < n && descending; j++) {
      descending = lo[j] < lo[j - 1];
    }
    if (descending) {
      // the usual leaderboard, in capability order at all-zero: no sort
      for (int q = 0; q < n; q++) {
        byLo[q] = n - 1 - q;
      }
    } else {
      Integer[] idx = new Integer[n];
      for (int j = 0; j < n; j++) {
        idx[j] = j;
      }
      Arrays.sort(idx, (p, q) -> Double.compare(lo[p], lo[q]));
      for (int q = 0; q < n; q++) {
        byLo[q] = idx[q];
      }
    }
    this.sortedLo = new double[n];
    for (int q = 0; q < n; q++) {
      sortedLo[q] = lo[byLo[q]];
    }
    this.sortedHi = hi.clone();
    Arrays.sort(sortedHi);
  }

  /** The index of {@code g}'s models at {@code tau}, or null when some key is unbounded or NaN. */
  static CheckerIndex of(Game g, double tau) {
    int n = g.size();
    boolean logFloor = commonPowerLaws(g);
    double[] lo = new double[n];
    double[] hi = new double[n];
    double width = 0;
    for (int j = 0; j < n; j++) {
      Interval k = key(g, logFloor, j, tau, 0);
      lo[j] = k.lower();
      hi[j] = k.upper();
      double w = Directed.sumUp(hi[j], -lo[j]);
      if (!(w < Double.POSITIVE_INFINITY)) {
        return null;
      }
      width = Math.max(width, w);
    }
    return new CheckerIndex(g, tau, logFloor, lo, hi, width);
  }

  /** True when every model is a power law with one floor and one ceiling. */
  static boolean commonPowerLaws(Game g) {
    ScoreCurve c0 = g.curve(0);
    if (!(c0 instanceof PowerLawCurve)) {
      return false;
    }
    for (int j = 1; j < g.size(); j++) {
      if (!sameFloorAndCeiling(c0, g.curve(j))) {
        return false;
      }
    }
    return true;
  }

  /** Both power laws with the same floor and ceiling: their scores are ordered as {@link #logSigmoid} orders them. */
  static boolean sameFloorAndCeiling(ScoreCurve p, ScoreCurve q) {
    return p instanceof PowerLawCurve && q instanceof PowerLawCurve
        && ((PowerLawCurve) p).floor() == ((PowerLawCurve) q).floor()
        && ((PowerLawCurve) p).ceiling() == ((PowerLawCurve) q).ceiling();
  }

  private static Interval key(Game g, boolean logFloor, int j, double tau, double e) {
    Interval x = Interval.of(tau).plus(Interval.of(e));
    return logFloor ? logSigmoid(((PowerLawCurve) g.curve(j)).logit(x)) : g.curve(j).value(x);
  }

  /**
   * An enclosure of {@code log sigmoid(z) = -log(1 + e^{-z})} for {@code z} in the enclosure {@code z}
   * (increasing in {@code z}: its ends from the ends of {@code z}, each in the form that does not overflow).
   */
  static <T extends Real<T>> T logSigmoid(T z) {
    return logSigmoidAt(z.lowerEnd()).hull(logSigmoidAt(z.upperEnd()));
  }

  private static <T extends Real<T>> T logSigmoidAt(T p) {
    // -log1p(e^{-z}) for z >= 0; z - log1p(e^{z}) below, where e^{-z} would overflow
    return p.compareTo(0) >= 0 ? p.negate().exp().log1p().negate() : p.minus(p.exp().log1p());
  }

  /**
   * How many models (at all-zero) rank above model {@code i} playing {@code tau + e}, ties by the game's rule;
   * -1 when some comparison is not decided ({@link ContinuousCertificate#rankByValue}'s answer).
   */
  int rank(int i, double e) {
    Interval k = key(g, logFloor, i, tau, e);
    if (!(k.upper() - k.lower() < Double.POSITIVE_INFINITY)) {
      return ContinuousCertificate.rankByValue(g, tau, i, e);
    }
    // keys entirely above k: those scores are strictly above
    int above = lo.length - LatentIndex.upperBound(sortedLo, k.upper());
    if (lo[i] > k.upper()) {
      above--;
    }
    // the overlapping keys, compared exactly (a key reaching k.lower() starts at most width below it)
    int q = LatentIndex.lowerBound(sortedLo, Directed.sumDown(k.lower(), -width));
    for (; q < byLo.length && sortedLo[q] <= k.upper(); q++) {
      int j = byLo[q];
      if (j != i && hi[j] >= k.lower()) {
        int s = ContinuousCertificate.above(g, i, tau, e, j, tau);
        if (s < 0) {
          return -1;
        }
        above += 1 - s;
      }
    }
    return above;
  }
}
