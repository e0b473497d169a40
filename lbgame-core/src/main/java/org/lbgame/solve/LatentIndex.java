package org.lbgame.solve;

import java.util.Arrays;
import java.util.function.IntConsumer;
import org.lbgame.model.Game;
import org.lbgame.model.Interval;
import org.lbgame.model.PowerLawCurve;

/**
 * The models' scores in one profile as double enclosures of the game's common latent ({@link LatentOrder}:
 * the logit, or minus the log gap), sorted, so that how many models are proved above or below a score is
 * a binary search. The enclosures are the ones {@link org.lbgame.model.ScoreOrder} computes first (same
 * curve methods on the same exactly summed efforts), so a comparison they decide is decided the same way
 * there; only the models whose enclosure overlaps a given one need {@link Overtake#aboveState}.
 */
final class LatentIndex {
  private final LatentOrder latent;
  private final double tau;
  private final double[] lo;
  private final double[] hi;
  private final int[] byLo;
  private final double[] sortedLo;
  private final double[] sortedHi;
  private final double width;

  private LatentIndex(LatentOrder latent, double tau, double[] lo, double[] hi, double width) {
    this.latent = latent;
    this.tau = tau;
    this.lo = lo;
    this.hi = hi;
    this.width = width;
    int n = lo.length;
    long[] ord = new long[n];
    for (int j = 0; j < n; j++) {
      ord[j] = LatentOrder.compareKey(lo[j]);
    }
    // sortAbove sorts from the top down; read backwards, ascending lower ends
    int[] down = LatentOrder.sortAbove(ord, true);
    this.byLo = new int[n];
    this.sortedLo = new double[n];
    for (int q = 0; q < n; q++) {
      byLo[q] = down[n - 1 - q];
      sortedLo[q] = lo[byLo[q]];
    }
    this.sortedHi = hi.clone();
    Arrays.sort(sortedHi);
  }

  /**
   * The index of {@code g}'s models playing {@code tau + effort[j]}, or null when the game has no common
   * latent or some enclosure is unbounded or NaN (then every comparison is left to {@link Overtake}).
   */
  static LatentIndex of(Game g, double tau, double[] effort) {
    LatentOrder latent = LatentOrder.of(g);
    if (latent == null) {
      return null;
    }
    int n = g.size();
    double[] lo = new double[n];
    double[] hi = new double[n];
    double width = 0;
    for (int j = 0; j < n; j++) {
      Interval k = key(latent, j, tau, effort[j]);
      lo[j] = k.lower();
      hi[j] = k.upper();
      double w = hi[j] - lo[j];
      if (!(w < Double.POSITIVE_INFINITY)) {
        return null;
      }
      width = Math.max(width, w);
    }
    return new LatentIndex(latent, tau, lo, hi, width);
  }

  /** Model {@code i}'s latent at {@code tau + e} (summed exactly, as {@link org.lbgame.model.ScoreOrder} sums). */
  Interval key(int i, double e) {
    return key(latent, i, tau, e);
  }

  private static Interval key(LatentOrder latent, int i, double tau, double e) {
    Interval x = Interval.of(tau).plus(Interval.of(e));
    PowerLawCurve[] pl = latent.powerLaws();
    return pl != null ? pl[i].logit(x) : latent.exponentials()[i].logGap(x).negate();
  }

  /** The common latent the index is sorted by. */
  LatentOrder latent() {
    return latent;
  }

  /** The lower ends of the models' enclosures in the profile, model order (not a copy: read only). */
  double[] lowerEnds() {
    return lo;
  }

  /** The upper ends of the models' enclosures in the profile, model order (not a copy: read only). */
  double[] upperEnds() {
    return hi;
  }

  /** The lower end of model {@code j}'s enclosure in the profile. */
  double lower(int j) {
    return lo[j];
  }

  /** How many models have an enclosure entirely above {@code k} (model {@code except}'s own not counted). */
  int provedAbove(Interval k, int except) {
    int c = lo.length - upperBound(sortedLo, k.upper());
    return lo[except] > k.upper() ? c - 1 : c;
  }

  /** How many models have an enclosure entirely below {@code k} (model {@code except}'s own not counted). */
  int provedBelow(Interval k, int except) {
    int c = lowerBound(sortedHi, k.lower());
    return hi[except] < k.lower() ? c - 1 : c;
  }

  /**
   * Calls {@code each} with every model {@code j != except} whose enclosure is not entirely below
   * {@code from.lower()} and whose lower end is at most {@code to}: the models neither proved below
   * {@code from} nor proved at or above a score whose latent is at least {@code to}; then with the next
   * {@code extra} models above {@code to}, the lowest of those proved above it.
   */
  void between(Interval from, double to, int except, int extra, IntConsumer each) {
    // an enclosure reaching from.lower() starts at most width below it; one ulp more covers the rounding
    int q = lowerBound(sortedLo, Math.nextDown(from.lower() - width));
    for (; q < byLo.length && sortedLo[q] <= to; q++) {
      int j = byLo[q];
      if (j != except && hi[j] >= from.lower()) {
        each.accept(j);
      }
    }
    for (int left = extra; q < byLo.length && left > 0; q++) {
      int j = byLo[q];
      if (j != except && hi[j] >= from.lower()) {
        each.accept(j);
        left--;
      }
    }
  }

  /** The first position whose value is {@code >= v}. */
  static int lowerBound(double[] a, double v) {
    int l = 0;
    int h = a.length;
    while (l < h) {
      int m = (l + h) >>> 1;
      if (a[m] < v) {
        l = m + 1;
      } else {
        h = m;
      }
    }
    return l;
  }

  /** The first position whose value is {@code > v}. */
  static int upperBound(double[] a, double v) {
    int l = 0;
    int h = a.length;
    while (l < h) {
      int m = (l + h) >>> 1;
      if (a[m] <= v) {
        l = m + 1;
      } else {
        h = m;
      }
    }
    return l;
  }
}
