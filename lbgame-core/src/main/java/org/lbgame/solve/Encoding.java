package org.lbgame.solve;

/**
 * Maps the solver's doubles to the kernel's {@code long}s. Scores go through an order-preserving
 * map, so the kernel's comparisons are exact comparisons of the computed doubles; rewards and costs
 * through a common power-of-two scale, exact whenever the scaled value is an integer.
 */
public final class Encoding {
  private Encoding() {
  }

  /**
   * An order-preserving key: {@code orderKey(a) < orderKey(b)} iff {@code a < b}, equal iff
   * {@code a == b} ({@code -0.0} and {@code 0.0} share a key). NaN is rejected.
   */
  public static long orderKey(double d) {
    if (Double.isNaN(d)) {
      throw new IllegalArgumentException("NaN has no order key");
    }
    long bits = Double.doubleToLongBits(d == 0 ? 0.0 : d);
    // negative doubles order backwards as signed longs: flip their magnitude bits
    return bits >= 0 ? bits : bits ^ Long.MAX_VALUE;
  }

  /**
   * The largest exponent {@code s} with {@code maxAbs * 2^s <= 2^limitBits} (so scaled values fit
   * the kernel's bound), for finite {@code maxAbs >= 0}; {@code 0} when {@code maxAbs == 0}.
   */
  public static int scaleExponent(double maxAbs, int limitBits) {
    if (!(maxAbs >= 0) || Double.isInfinite(maxAbs)) {
      throw new IllegalArgumentException("scale of a non-finite magnitude " + maxAbs);
    }
    if (maxAbs == 0) {
      return 0;
    }
    int s = limitBits - Math.getExponent(maxAbs) - 1;
    while (Math.scalb(maxAbs, s) > Math.scalb(1.0, limitBits)) {
      s--;
    }
    while (Math.scalb(maxAbs, s + 1) <= Math.scalb(1.0, limitBits)) {
      s++;
    }
    return s;
  }

  /** {@code v * 2^s} rounded to the nearest long (ties to even). */
  public static long scaled(double v, int s) {
    return (long) Math.rint(Math.scalb(v, s));
  }

  /** True when {@code v * 2^s} is an integer, so {@link #scaled(double, int)} is exact. */
  public static boolean exact(double v, int s) {
    double t = Math.scalb(v, s);
    return t == Math.rint(t) && Math.scalb(t, -s) == v;
  }

  /** Largest {@code |v[j] * 2^s - table[j]|} in kernel units, computed exactly. */
  public static double error(double[] v, long[] table, int s) {
    java.math.BigDecimal max = java.math.BigDecimal.ZERO;
    for (int j = 0; j < v.length; j++) {
      java.math.BigDecimal d = new java.math.BigDecimal(Math.scalb(v[j], s))
          .subtract(java.math.BigDecimal.valueOf(table[j])).abs();
      if (d.compareTo(max) > 0) {
        max = d;
      }
    }
    return max.doubleValue();
  }
}
