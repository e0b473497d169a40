package org.lbgame.solve;

import org.lbgame.model.ExponentialSaturationCurve;
import org.lbgame.model.Game;
import org.lbgame.model.PowerLawCurve;

/**
 * The one latent in which {@link Overtake} compares every pair of a game, when there is one: the
 * logit for power laws on a common scale, minus the log gap to the ceiling for exponential
 * saturation with a common ceiling. Ranking the models is then sorting one number per model.
 */
final class LatentOrder {
  private final PowerLawCurve[] powerLaws;
  private final ExponentialSaturationCurve[] exponentials;

  private LatentOrder(PowerLawCurve[] powerLaws, ExponentialSaturationCurve[] exponentials) {
    this.powerLaws = powerLaws;
    this.exponentials = exponentials;
  }

  /** The game's common latent, or null when some pair is compared otherwise. */
  static LatentOrder of(Game g) {
    int n = g.size();
    boolean pl = true;
    boolean ex = true;
    for (int i = 0; i < n; i++) {
      pl &= Overtake.commonPowerLaw(g.curve(0), g.curve(i));
      ex &= Overtake.commonExponential(g.curve(0), g.curve(i));
    }
    if (pl) {
      PowerLawCurve[] c = new PowerLawCurve[n];
      for (int i = 0; i < n; i++) {
        c[i] = (PowerLawCurve) g.curve(i);
      }
      return new LatentOrder(c, null);
    }
    if (ex) {
      ExponentialSaturationCurve[] c = new ExponentialSaturationCurve[n];
      for (int i = 0; i < n; i++) {
        c[i] = (ExponentialSaturationCurve) g.curve(i);
      }
      return new LatentOrder(null, c);
    }
    return null;
  }

  /** The power-law curves (null for exponential games). */
  PowerLawCurve[] powerLaws() {
    return powerLaws;
  }

  /** The exponential curves (null for power-law games). */
  ExponentialSaturationCurve[] exponentials() {
    return exponentials;
  }

  /** Model {@code j}'s latent at total effort {@code x}: larger is a higher score. */
  double key(int j, double x) {
    return powerLaws != null ? powerLaws[j].logit(x) : -exponentials[j].logGap(x);
  }

  /**
   * A long ordered as {@link Double#compare} orders the doubles ({@code -0.0 < 0.0}): the order in which
   * {@link Overtake#compare} ranks the latents. Negation reverses that order exactly, so minus the log
   * gap ranks as {@code Overtake} ranks the log gaps reversed.
   */
  static long compareKey(double d) {
    long bits = Double.doubleToLongBits(d);
    return bits ^ ((bits >> 63) & Long.MAX_VALUE);
  }

  /**
   * The models sorted from the top of the ranking: by key descending, equal keys by the tie rule
   * (the lower index first when ties go to the higher capability). Already sorted input, the usual
   * case (C1 at the profile), is recognized in one pass.
   */
  static int[] sortAbove(long[] ord, boolean higher) {
    int n = ord.length;
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = higher ? i : n - 1 - i;
    }
    boolean sorted = true;
    for (int q = 1; q < n && sorted; q++) {
      sorted = !before(ord, a[q], a[q - 1], higher);
    }
    if (sorted) {
      return a;
    }
    int[] tmp = new int[n];
    mergeSort(a, tmp, 0, n, ord, higher);
    return a;
  }

  /** True when model {@code a} ranks above model {@code b}. */
  private static boolean before(long[] ord, int a, int b, boolean higher) {
    if (ord[a] != ord[b]) {
      return ord[a] > ord[b];
    }
    return higher ? a < b : a > b;
  }

  private static void mergeSort(int[] a, int[] tmp, int from, int to, long[] ord, boolean higher) {
    if (to - from < 2) {
      return;
    }
    int mid = (from + to) >>> 1;
    mergeSort(a, tmp, from, mid, ord, higher);
    mergeSort(a, tmp, mid, to, ord, higher);
    if (!before(ord, a[mid], a[mid - 1], higher)) {
      return;
    }
    System.arraycopy(a, from, tmp, from, to - from);
    int i = from;
    int j = mid;
    for (int k = from; k < to; k++) {
      if (j >= to || i < mid && !before(ord, tmp[j], tmp[i], higher)) {
        a[k] = tmp[i++];
      } else {
        a[k] = tmp[j++];
      }
    }
  }
}
