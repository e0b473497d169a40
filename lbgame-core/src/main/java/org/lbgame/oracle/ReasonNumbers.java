package org.lbgame.oracle;

/** Number formatting for reasons: integers without a fraction, others in full precision. */
final class ReasonNumbers {
  private ReasonNumbers() {
  }

  static String show(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return Double.toString(v);
  }

  /** True when {@code a} and {@code b} agree within relative tolerance {@code rel} (absolute near 0). */
  static boolean close(double a, double b, double rel) {
    if (a == b) {
      return true;
    }
    return Math.abs(a - b) <= rel * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
  }
}
