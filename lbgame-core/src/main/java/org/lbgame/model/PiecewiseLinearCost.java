package org.lbgame.model;

/**
 * Piecewise-linear cost from breakpoints {@code 0 = e_0 < e_1 < ...} and slopes: slope {@code s_j}
 * applies on {@code [e_j, e_{j+1})}, the last slope forever; {@code c(0) = 0}. Convex iff the slopes
 * are nondecreasing: that is a checked hypothesis, not an input rule.
 */
public final class PiecewiseLinearCost extends SegmentCost {
  /** Family name in game files. */
  public static final String FAMILY = "piecewise-linear";

  private PiecewiseLinearCost(Segments segments) {
    super(segments);
  }

  /** The cost with the given breakpoints ({@code breakpoints[0] = 0}, strictly increasing) and finite slopes. */
  public static PiecewiseLinearCost of(double[] breakpoints, double[] slopes) {
    double[] e = Require.knots("breakpoints", breakpoints, 1);
    double[] s = Require.finiteArray("slopes", slopes, 1);
    Require.sameLength("slopes", e, s);
    double[] c = new double[e.length];
    for (int j = 1; j < e.length; j++) {
      c[j] = c[j - 1] + s[j - 1] * (e[j] - e[j - 1]);
      Require.finite("slopes", c[j]);
    }
    return new PiecewiseLinearCost(new Segments(e, c, s[s.length - 1], s));
  }

  /** The breakpoints (a copy). */
  public double[] breakpoints() {
    return segments().knots();
  }

  /** The slopes (a copy), slope {@code j} on {@code [e_j, e_{j+1})}. */
  public double[] slopes() {
    return segments().slopes();
  }

  @Override
  public String family() {
    return FAMILY;
  }

  @Override
  public String toString() {
    return "piecewise-linear(" + segments().size() + " pieces)";
  }
}
