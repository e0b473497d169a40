package org.lbgame.model;

import org.apache.commons.math3.fraction.BigFraction;

/**
 * Exact rational arithmetic on tabulated curves and costs: every input is a double, so values, slopes and inverses
 * at the knots are rationals, computed here without rounding ({@link BigFraction}). The table checks decide with
 * them, so "exact on the points" is exact.
 */
final class ExactTables {
  private ExactTables() {
  }

  /** The exact value of {@code d}. */
  static BigFraction exact(double d) {
    return new BigFraction(d);
  }

  /** The interpolant of {@code (x, y)} at {@code e} (flat after the last point), exactly. */
  static BigFraction value(double[] x, double[] y, double e) {
    int m = x.length - 1;
    if (e >= x[m]) {
      return exact(y[m]);
    }
    int j = 0;
    while (x[j + 1] <= e) {
      j++;
    }
    BigFraction t = exact(e).subtract(exact(x[j])).divide(exact(x[j + 1]).subtract(exact(x[j])));
    return exact(y[j]).add(t.multiply(exact(y[j + 1]).subtract(exact(y[j]))));
  }

  /**
   * The least effort at which the interpolant reaches {@code s} ({@code strict}: exceeds it), exactly; null for
   * {@code +inf} (never).
   */
  static BigFraction inverse(double[] x, double[] y, BigFraction s, boolean strict) {
    for (int j = 0; j < x.length; j++) {
      int c = exact(y[j]).compareTo(s);
      if (c > 0 || (c == 0 && !strict)) {
        if (j == 0) {
          return BigFraction.ZERO;
        }
        BigFraction t = s.subtract(exact(y[j - 1])).divide(exact(y[j]).subtract(exact(y[j - 1])));
        return exact(x[j - 1]).add(t.multiply(exact(x[j]).subtract(exact(x[j - 1]))));
      }
    }
    return null;
  }

  /**
   * The sign of {@code slope(j+1) - slope(j)} of the polyline through the three points {@code j-1, j, j+1}:
   * {@code (y2 - y1)(x1 - x0) - (y1 - y0)(x2 - x1)}, exactly.
   */
  static int bend(double x0, double y0, double x1, double y1, double x2, double y2) {
    BigFraction right = exact(y2).subtract(exact(y1)).multiply(exact(x1).subtract(exact(x0)));
    BigFraction left = exact(y1).subtract(exact(y0)).multiply(exact(x2).subtract(exact(x1)));
    return right.compareTo(left);
  }
}
