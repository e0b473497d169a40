package org.lbgame.model;

/**
 * A monotone curve through measured points {@code (x_j, y_j)}: {@code x_0 = 0 < x_1 < ...},
 * {@code y} nondecreasing. Interpolation is piecewise linear between the points and flat after the
 * last one, so {@code fbar = y_last}. Inverses are exact on the interpolant.
 */
public final class TabulatedCurve implements ScoreCurve {
  /** Family name in game files. */
  public static final String FAMILY = "tabulated";

  private final double[] x;
  private final double[] y;

  private TabulatedCurve(double[] x, double[] y) {
    this.x = x;
    this.y = y;
  }

  /** The curve through {@code (x[j], y[j])}; {@code x[0] = 0}, {@code x} strictly increasing, {@code y} nondecreasing. */
  public static TabulatedCurve of(double[] x, double[] y) {
    double[] xs = Require.knots("x", x, 1);
    double[] ys = Require.finiteArray("y", y, 1);
    Require.sameLength("y", xs, ys);
    for (int j = 1; j < ys.length; j++) {
      if (ys[j] < ys[j - 1]) {
        throw new InvalidGameException("y[" + j + "]",
            "must be >= y[" + (j - 1) + "]=" + Require.format(ys[j - 1]) + " (scores nondecreasing in effort)", ys[j]);
      }
    }
    return new TabulatedCurve(xs, ys);
  }

  /** The effort points (a copy). */
  public double[] xs() {
    return x.clone();
  }

  /** The scores at the effort points (a copy). */
  public double[] ys() {
    return y.clone();
  }

  @Override
  public double value(double e) {
    Require.effort(e);
    int m = x.length - 1;
    if (e >= x[m]) {
      return y[m];
    }
    int j = segment(e);
    double t = (e - x[j]) / (x[j + 1] - x[j]);
    return y[j] + t * (y[j + 1] - y[j]);
  }

  /** Index {@code j} with {@code x[j] <= e < x[j+1]} (requires {@code e < x_last}). */
  private int segment(double e) {
    int lo = 0;
    int hi = x.length - 1;
    while (hi - lo > 1) {
      int mid = (lo + hi) >>> 1;
      if (x[mid] <= e) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  @Override
  public <T extends Real<T>> T value(T e) {
    // nondecreasing: the ends of e give the ends of the range
    return valueAt(e.lowerEnd()).hull(valueAt(e.upperEnd()));
  }

  private <T extends Real<T>> T valueAt(T p) {
    int m = x.length - 1;
    if (p.compareTo(x[m]) >= 0) {
      return p.constant(y[m]);
    }
    int j = segmentOf(p);
    T slope = p.constant(y[j + 1]).minus(p.constant(y[j])).over(p.constant(x[j + 1]).minus(p.constant(x[j])));
    return p.constant(y[j]).plus(p.minus(p.constant(x[j])).times(slope));
  }

  /** The segment {@code j} with {@code x[j] <= p < x[j+1]} of a point {@code p < x_last}. */
  private <T extends Real<T>> int segmentOf(T p) {
    int j = 0;
    while (j + 2 < x.length && p.compareTo(x[j + 1]) >= 0) {
      j++;
    }
    return j;
  }

  @Override
  public <T extends Real<T>> T gap(T e) {
    return gapAt(e.upperEnd()).hull(gapAt(e.lowerEnd()));
  }

  private <T extends Real<T>> T gapAt(T p) {
    int m = x.length - 1;
    if (p.compareTo(x[m]) >= 0) {
      return p.constant(0);
    }
    int j = segmentOf(p);
    T top = p.constant(y[m]);
    T slope = p.constant(y[j + 1]).minus(p.constant(y[j])).over(p.constant(x[j + 1]).minus(p.constant(x[j])));
    return top.minus(p.constant(y[j])).minus(p.minus(p.constant(x[j])).times(slope));
  }

  @Override
  public <T extends Real<T>> T reachGap(T g, boolean strict) {
    return reachGapAt(g.upperEnd(), 0, strict).hull(reachGapAt(g.lowerEnd(), 0, strict));
  }

  /** The least effort where the gap falls below (to) {@code p}, searching knots from {@code j}; both branches where undecided. */
  private <T extends Real<T>> T reachGapAt(T p, int from, boolean strict) {
    T top = p.constant(y[y.length - 1]);
    for (int j = from; j < x.length; j++) {
      T d = p.minus(top.minus(p.constant(y[j])));
      int s = d.signum();
      boolean holds = s > 0 || (d.isZero() && !strict);
      boolean open = s == 0 && !d.isZero();
      if (holds || open) {
        T here = j == 0 ? p.constant(0) : crossing(p, j, top);
        return open ? here.hull(reachGapAt(p, j + 1, strict)) : here;
      }
    }
    return p.constant(Double.POSITIVE_INFINITY);
  }

  /** Where the gap equals {@code p} on segment {@code (j-1, j)}, kept inside the segment. */
  private <T extends Real<T>> T crossing(T p, int j, T top) {
    T g0 = top.minus(p.constant(y[j - 1]));
    T g1 = top.minus(p.constant(y[j]));
    T t = g0.minus(p).over(g0.minus(g1));
    T e = p.constant(x[j - 1]).plus(t.times(p.constant(x[j]).minus(p.constant(x[j - 1]))));
    return e.max(p.constant(x[j - 1])).min(p.constant(x[j]));
  }

  @Override
  public double saturation() {
    return y[y.length - 1];
  }

  @Override
  public String family() {
    return FAMILY;
  }

  @Override
  public double reach(double s) {
    if (s <= y[0]) {
      return 0;
    }
    for (int j = 1; j < y.length; j++) {
      if (y[j] >= s) {
        return interpolate(j, s);
      }
    }
    return Double.POSITIVE_INFINITY;
  }

  @Override
  public double exceed(double s) {
    if (s < y[0]) {
      return 0;
    }
    for (int j = 1; j < y.length; j++) {
      if (y[j] > s) {
        return interpolate(j, s);
      }
    }
    return Double.POSITIVE_INFINITY;
  }

  /** Effort on segment {@code (j-1, j)} where the interpolant equals {@code s}, kept inside the segment. */
  private double interpolate(int j, double s) {
    double t = (s - y[j - 1]) / (y[j] - y[j - 1]);
    double e = x[j - 1] + t * (x[j] - x[j - 1]);
    return Math.min(x[j], Math.max(x[j - 1], e));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TabulatedCurve && java.util.Arrays.equals(x, ((TabulatedCurve) o).x)
        && java.util.Arrays.equals(y, ((TabulatedCurve) o).y);
  }

  @Override
  public int hashCode() {
    return 31 * java.util.Arrays.hashCode(x) + java.util.Arrays.hashCode(y);
  }

  @Override
  public String toString() {
    return "tabulated(" + x.length + " points)";
  }
}
