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
  public String toString() {
    return "tabulated(" + x.length + " points)";
  }
}
