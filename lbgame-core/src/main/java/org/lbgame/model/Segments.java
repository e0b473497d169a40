package org.lbgame.model;

/**
 * A continuous piecewise-linear function on {@code [0, inf)}: knots, values at knots, slope after the
 * last knot. Defined either by its values at the knots (slopes null: a table) or by its slopes from
 * {@code c(0) = 0} (the values are then rounded sums, and enclosures recompute them from the slopes).
 */
final class Segments {
  private final double[] e;
  private final double[] c;
  private final double tail;
  private final double[] slopes;

  Segments(double[] e, double[] c, double tail, double[] slopes) {
    this.e = e;
    this.c = c;
    this.tail = tail;
    this.slopes = slopes == null ? null : slopes.clone();
  }

  int size() {
    return e.length;
  }

  double[] knots() {
    return e.clone();
  }

  double[] values() {
    return c.clone();
  }

  /** Slope of piece {@code j} ({@code [e_j, e_{j+1})}), the tail slope for the last. */
  double slope(int j) {
    return j + 1 < e.length ? (c[j + 1] - c[j]) / (e[j + 1] - e[j]) : tail;
  }

  double[] slopes() {
    double[] s = new double[e.length];
    for (int j = 0; j < e.length; j++) {
      s[j] = slope(j);
    }
    return s;
  }

  double value(double x) {
    Require.effort(x);
    int m = e.length - 1;
    if (x >= e[m]) {
      return c[m] + tail * (x - e[m]);
    }
    int j = 0;
    while (e[j + 1] <= x) {
      j++;
    }
    double t = (x - e[j]) / (e[j + 1] - e[j]);
    return c[j] + t * (c[j + 1] - c[j]);
  }

  /** True when every piece (the tail included) has a slope {@code >= 0}, decided on the defining data. */
  boolean nondecreasing() {
    if (slopes != null) {
      for (double v : slopes) {
        if (v < 0) {
          return false;
        }
      }
      return true;
    }
    for (int j = 0; j + 1 < c.length; j++) {
      if (c[j + 1] < c[j]) {
        return false;
      }
    }
    return tail >= 0;
  }

  /** An enclosure of the function over every {@code x} in {@code r}: its ends and the knots inside. */
  <T extends Real<T>> T range(T r) {
    T out = valueAt(r.lowerEnd()).hull(valueAt(r.upperEnd()));
    for (double k : e) {
      if (r.compareTo(k) == 0) {
        out = out.hull(valueAt(r.constant(k)));
      }
    }
    return out;
  }

  /** An enclosure of the value at a point {@code p >= 0}, from the defining data (table values or slopes). */
  private <T extends Real<T>> T valueAt(T p) {
    int m = e.length - 1;
    int j = 0;
    while (j < m && p.compareTo(e[j + 1]) >= 0) {
      j++;
    }
    T base = knotValue(p, j);
    T slope;
    if (slopes != null) {
      slope = p.constant(slopes[j]);
    } else if (j < m) {
      slope = p.constant(c[j + 1]).minus(p.constant(c[j])).over(p.constant(e[j + 1]).minus(p.constant(e[j])));
    } else {
      slope = p.constant(c[m]).minus(p.constant(c[m - 1])).over(p.constant(e[m]).minus(p.constant(e[m - 1])));
    }
    return base.plus(p.minus(p.constant(e[j])).times(slope));
  }

  private <T extends Real<T>> T knotValue(T p, int j) {
    if (slopes == null) {
      return p.constant(c[j]);
    }
    T v = p.constant(0);
    for (int k = 0; k < j; k++) {
      v = v.plus(p.constant(slopes[k]).times(p.constant(e[k + 1]).minus(p.constant(e[k]))));
    }
    return v;
  }

  /** Least {@code x >= 0} with {@code value(x) >= v}, {@code +inf} if never. */
  double effortFor(double v) {
    if (c[0] >= v) {
      return 0;
    }
    for (int j = 1; j < e.length; j++) {
      if (c[j] >= v) {
        double t = (v - c[j - 1]) / (c[j] - c[j - 1]);
        return Math.min(e[j], Math.max(e[j - 1], e[j - 1] + t * (e[j] - e[j - 1])));
      }
    }
    int m = e.length - 1;
    if (tail <= 0) {
      return Double.POSITIVE_INFINITY;
    }
    return e[m] + (v - c[m]) / tail;
  }

  /** End of the initial interval {@code [0, x]} on which {@code value <= value(0)}. */
  double flatUntil() {
    double c0 = c[0];
    for (int j = 0; j < e.length; j++) {
      // invariant: value(x) <= c(0) on [0, e_j]
      double s = slope(j);
      if (j + 1 == e.length) {
        return s <= 0 ? Double.POSITIVE_INFINITY : e[j];
      }
      if (c[j + 1] > c0) {
        // crosses c(0) inside piece j: at e_j + (c0 - c_j)/s
        return s > 0 ? Math.max(e[j], e[j] + (c0 - c[j]) / s) : e[j];
      }
    }
    return e[e.length - 1];
  }

  /** Infimum on {@code [lo, hi)} and its argument: at {@code lo}, a knot inside, or approached at {@code hi}. */
  double[] infimumOn(double lo, double hi) {
    double best = value(lo);
    double arg = lo;
    for (double k : e) {
      if (k > lo && k < hi && value(k) < best) {
        best = value(k);
        arg = k;
      }
    }
    if (hi == Double.POSITIVE_INFINITY) {
      if (tail < 0) {
        return new double[] {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY};
      }
    } else if (value(hi) < best) {
      best = value(hi);
      arg = hi;
    }
    return new double[] {best, arg};
  }
}
