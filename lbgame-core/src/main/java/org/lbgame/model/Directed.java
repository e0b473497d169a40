package org.lbgame.model;

/**
 * Directed rounding of one double operation: the ends of {@link Interval}'s sums, products and quotients
 * (the rounding error recovered with TwoSum and {@code Math.fma}, so an exact result stays exact), for
 * callers that keep enclosures in primitive arrays and must get {@link Interval}'s very ends.
 */
public final class Directed {
  /** Below this magnitude a product's or quotient's error may itself be rounded: widen unconditionally. */
  private static final double TINY = 0x1p-900;

  private Directed() {
  }

  /** A double at or below {@code a + b}. */
  public static double sumDown(double a, double b) {
    double s = a + b;
    if (Double.isNaN(s)) {
      return Double.NEGATIVE_INFINITY;
    }
    if (Double.isInfinite(s)) {
      return s > 0 && Double.isFinite(a) && Double.isFinite(b) ? Double.MAX_VALUE : s;
    }
    double bb = s - a;
    double err = (a - (s - bb)) + (b - bb);
    return err < 0 ? Math.nextDown(s) : s;
  }

  /** A double at or above {@code a + b}. */
  public static double sumUp(double a, double b) {
    return -sumDown(-a, -b);
  }

  /** A double at or below {@code a * b}. */
  public static double mulDown(double a, double b) {
    double p = a * b;
    if (Double.isNaN(p)) {
      // 0 * inf: the enclosure's end is a limit; stay conservative
      return a == 0 || b == 0 ? 0 : Double.NEGATIVE_INFINITY;
    }
    if (Double.isInfinite(p)) {
      return p > 0 && Double.isFinite(a) && Double.isFinite(b) ? Double.MAX_VALUE : p;
    }
    if (Math.abs(p) < TINY && a != 0 && b != 0) {
      return Math.nextDown(p);
    }
    double err = Math.fma(a, b, -p);
    return err < 0 ? Math.nextDown(p) : p;
  }

  /** A double at or above {@code a * b}. */
  public static double mulUp(double a, double b) {
    return -mulDown(-a, b);
  }

  /** A double at or below {@code a / b}. */
  public static double divDown(double a, double b) {
    double q = a / b;
    if (Double.isNaN(q)) {
      return Double.NEGATIVE_INFINITY;
    }
    if (Double.isInfinite(q)) {
      return q > 0 && Double.isFinite(a) ? Double.MAX_VALUE : q;
    }
    if (Double.isInfinite(b)) {
      return q == 0 ? (Math.signum(a) * Math.signum(b) < 0 ? -Double.MIN_VALUE : 0) : q;
    }
    if (Math.abs(q) < TINY && a != 0) {
      return Math.nextDown(q);
    }
    // a - q b exactly; a/b - q has the sign of r / b
    double r = Math.fma(-q, b, a);
    return (r < 0) != (b < 0) && r != 0 ? Math.nextDown(q) : q;
  }

  /** A double at or above {@code a / b}. */
  public static double divUp(double a, double b) {
    return -divDown(-a, b);
  }
}
