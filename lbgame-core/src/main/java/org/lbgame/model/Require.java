package org.lbgame.model;

/** Input rules shared by the value types; every failure is an {@link InvalidGameException}. */
final class Require {
  private Require() {
  }

  /** Shortest faithful rendering of a double (integers without a trailing ".0"). */
  static String format(double v) {
    if (v == Math.rint(v) && !Double.isInfinite(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return Double.toString(v);
  }

  static double finite(String field, double v) {
    if (!Double.isFinite(v)) {
      throw new InvalidGameException(field, "must be a finite number", v);
    }
    return v;
  }

  static double positive(String field, double v) {
    finite(field, v);
    if (!(v > 0)) {
      throw new InvalidGameException(field, "must be > 0", v);
    }
    return v;
  }

  static double nonNegative(String field, double v) {
    finite(field, v);
    if (!(v >= 0)) {
      throw new InvalidGameException(field, "must be >= 0", v);
    }
    return v;
  }

  static double atLeast(String field, double v, double min) {
    finite(field, v);
    if (!(v >= min)) {
      throw new InvalidGameException(field, "must be >= " + format(min), v);
    }
    return v;
  }

  static double[] finiteArray(String field, double[] v, int minLength) {
    if (v == null || v.length < minLength) {
      throw new InvalidGameException(field, "must have at least " + minLength + " entries",
          v == null ? "null" : v.length + " entries");
    }
    for (int i = 0; i < v.length; i++) {
      if (!Double.isFinite(v[i])) {
        // the label only when it is reported: a million rewards made a million strings
        finite(field + "[" + i + "]", v[i]);
      }
    }
    return v.clone();
  }

  /** Knots of a piecewise-linear function: first knot 0, strictly increasing. */
  static double[] knots(String field, double[] x, int minLength) {
    double[] k = finiteArray(field, x, minLength);
    if (k[0] != 0) {
      throw new InvalidGameException(field + "[0]", "must be 0 (the curve starts at zero effort)", k[0]);
    }
    for (int i = 1; i < k.length; i++) {
      if (!(k[i] > k[i - 1])) {
        throw new InvalidGameException(field + "[" + i + "]",
            "must be strictly greater than " + field + "[" + (i - 1) + "]=" + format(k[i - 1]), k[i]);
      }
    }
    return k;
  }

  static void sameLength(String field, double[] a, double[] b) {
    if (a.length != b.length) {
      throw new InvalidGameException(field, "must have as many entries as the effort points (" + a.length + ")",
          b.length + " entries");
    }
  }

  static void effort(double e) {
    if (!(e >= 0)) {
      throw new IllegalArgumentException("effort must be >= 0, got " + e);
    }
  }
}
