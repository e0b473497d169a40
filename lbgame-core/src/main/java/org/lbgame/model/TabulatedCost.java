package org.lbgame.model;

/**
 * Cost through measured points {@code (e_j, c_j)}, {@code e_0 = 0 < e_1 < ...}: linear between the
 * points and extended beyond the last with the last segment's slope. Shape hypotheses (convexity,
 * {@code c(0) = 0}, monotonicity) are checked, not required.
 */
public final class TabulatedCost extends SegmentCost {
  /** Family name in game files. */
  public static final String FAMILY = "tabulated";

  private TabulatedCost(Segments segments) {
    super(segments);
  }

  /** The cost through {@code (effort[j], cost[j])}, at least two points, {@code effort[0] = 0}, strictly increasing. */
  public static TabulatedCost of(double[] effort, double[] cost) {
    double[] e = Require.knots("effort", effort, 2);
    double[] c = Require.finiteArray("cost", cost, 2);
    Require.sameLength("cost", e, c);
    int m = e.length - 1;
    double last = (c[m] - c[m - 1]) / (e[m] - e[m - 1]);
    return new TabulatedCost(new Segments(e, c, last, null));
  }

  /** The effort points (a copy). */
  public double[] efforts() {
    return segments().knots();
  }

  /** The costs at the effort points (a copy). */
  public double[] costs() {
    return segments().values();
  }

  @Override
  public String family() {
    return FAMILY;
  }

  @Override
  public String toString() {
    return "tabulated-cost(" + segments().size() + " points)";
  }
}
