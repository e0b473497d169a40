package org.lbgame.model;

import java.util.List;

/** Checks of the cost's shape: {@code c(0) = 0}, nondecreasing, convex, strictly increasing. */
final class CostChecks {
  private static final int[] NONE = new int[0];

  private CostChecks() {
  }

  static void check(CostFunction c, List<HypothesisCheck> out) {
    if (c instanceof LinearCost || c instanceof PowerCost) {
      double kappa = c instanceof LinearCost ? ((LinearCost) c).kappa() : ((PowerCost) c).kappa();
      String why = c instanceof LinearCost ? "kappa * e with kappa >= 0" : "kappa * e^p with kappa >= 0, p >= 1";
      out.add(HypothesisCheck.holds(Hypothesis.COST_ZERO_AT_ZERO, NONE, CheckMethod.ANALYTIC, why + " vanishes at 0"));
      out.add(HypothesisCheck.holds(Hypothesis.COST_NONDECREASING, NONE, CheckMethod.ANALYTIC, why + " is nondecreasing"));
      out.add(HypothesisCheck.holds(Hypothesis.COST_CONVEX, NONE, CheckMethod.ANALYTIC, why + " is convex"));
      out.add(kappa > 0
          ? HypothesisCheck.holds(Hypothesis.COST_STRICTLY_INCREASING, NONE, CheckMethod.ANALYTIC, "kappa > 0")
          : HypothesisCheck.fails(Hypothesis.COST_STRICTLY_INCREASING, NONE, 1, "effort", CheckMethod.ANALYTIC,
              "kappa = 0: every effort is free (c(1) = c(0) = 0)"));
      return;
    }
    if (c instanceof SegmentCost s) {
      pieces(s.segments(), out);
      return;
    }
    grid(c, out);
  }

  /**
   * A piecewise-linear cost or a table, decided exactly: the defining slopes of a piecewise-linear cost are compared
   * as given; a table's slopes are compared by exact cross-multiplication of its values (its tail continues the
   * last piece, so it adds no condition).
   */
  private static void pieces(Segments s, List<HypothesisCheck> out) {
    double[] e = s.knots();
    double[] c = s.values();
    double[] sl = s.slopes();
    boolean given = s.bySlopes();
    int pieces = given ? e.length : e.length - 1;
    double c0 = s.value(0);
    out.add(c0 == 0
        ? HypothesisCheck.holds(Hypothesis.COST_ZERO_AT_ZERO, NONE, CheckMethod.EXACT_ON_POINTS, "c(0) = 0")
        : HypothesisCheck.fails(Hypothesis.COST_ZERO_AT_ZERO, NONE, 0, "effort", CheckMethod.EXACT_ON_POINTS,
            "c(0) = " + c0));
    int dec = -1;
    int flat = -1;
    int bend = -1;
    for (int j = 0; j < pieces; j++) {
      // the sign of piece j's slope: as given, or of c_{j+1} - c_j (exact comparison of two doubles)
      double hi = given ? sl[j] : c[j + 1];
      double lo = given ? 0 : c[j];
      int sign = hi > lo ? 1 : hi < lo ? -1 : 0;
      if (dec < 0 && sign < 0) {
        dec = j;
      }
      if (flat < 0 && sign <= 0) {
        flat = j;
      }
      if (bend < 0 && j > 0 && (given ? sl[j] < sl[j - 1]
          : ExactTables.bend(e[j - 1], c[j - 1], e[j], c[j], e[j + 1], c[j + 1]) < 0)) {
        bend = j;
      }
    }
    String how = given ? " (the slopes as given)" : " (exact rationals)";
    out.add(dec < 0
        ? HypothesisCheck.holds(Hypothesis.COST_NONDECREASING, NONE, CheckMethod.EXACT_ON_POINTS,
            "every slope >= 0" + how)
        : HypothesisCheck.fails(Hypothesis.COST_NONDECREASING, NONE, e[dec], "effort", CheckMethod.EXACT_ON_POINTS,
            "slope " + sl[dec] + " < 0 on the piece starting at e = " + e[dec] + how));
    out.add(bend < 0
        ? HypothesisCheck.holds(Hypothesis.COST_CONVEX, NONE, CheckMethod.EXACT_ON_POINTS, "slopes nondecreasing" + how)
        : HypothesisCheck.fails(Hypothesis.COST_CONVEX, NONE, e[bend], "effort", CheckMethod.EXACT_ON_POINTS,
            "slope drops from " + sl[bend - 1] + " to " + sl[bend] + " at e = " + e[bend] + how));
    out.add(flat < 0
        ? HypothesisCheck.holds(Hypothesis.COST_STRICTLY_INCREASING, NONE, CheckMethod.EXACT_ON_POINTS,
            "every slope > 0" + how)
        : HypothesisCheck.fails(Hypothesis.COST_STRICTLY_INCREASING, NONE, e[flat], "effort",
            CheckMethod.EXACT_ON_POINTS, "slope " + sl[flat] + " <= 0 on the piece starting at e = " + e[flat] + how));
  }

  /**
   * Cost families without a shape rule: sampled on the effort grid of {@link CurveChecks#effortGrid()}, each value an
   * enclosure ({@link CostFunction#range}), so a reported failure is proved; a pass is evidence.
   */
  private static void grid(CostFunction c, List<HypothesisCheck> out) {
    double[] x = CurveChecks.effortGrid();
    String g = CurveChecks.GRID_NOTE;
    Interval c0 = c.range(Interval.of(0));
    out.add(c0.isZero() ? HypothesisCheck.holds(Hypothesis.COST_ZERO_AT_ZERO, NONE, CheckMethod.ANALYTIC, "c(0) = 0")
        : c0.signum() != 0 ? HypothesisCheck.fails(Hypothesis.COST_ZERO_AT_ZERO, NONE, 0, "effort", CheckMethod.ANALYTIC,
            "c(0) = " + c.cost(0), CheckBound.of("c(0)", c0))
        : HypothesisCheck.undecided(Hypothesis.COST_ZERO_AT_ZERO, NONE, 0, "effort", CheckMethod.ANALYTIC,
            "undecided within precision: c(0) is not decided against 0", CheckBound.of("c(0)", c0)));
    int dec = -1;
    int flat = -1;
    int bend = -1;
    Interval prevSlope = null;
    for (int j = 0; j + 1 < x.length; j++) {
      Interval d = c.range(Interval.of(x[j + 1])).minus(c.range(Interval.of(x[j])));
      Interval slope = d.over(Interval.of(x[j + 1]).minus(Interval.of(x[j])));
      if (dec < 0 && d.upper() < 0) {
        dec = j;
      }
      if (flat < 0 && d.upper() <= 0) {
        flat = j;
      }
      if (bend < 0 && prevSlope != null && slope.upper() < prevSlope.lower()) {
        bend = j;
      }
      prevSlope = slope;
    }
    out.add(dec < 0 ? HypothesisCheck.holds(Hypothesis.COST_NONDECREASING, NONE, CheckMethod.GRID, g)
        : HypothesisCheck.fails(Hypothesis.COST_NONDECREASING, NONE, x[dec], "effort", CheckMethod.GRID,
            "cost decreases after e = " + x[dec] + " (proved in double intervals)"));
    out.add(bend < 0 ? HypothesisCheck.holds(Hypothesis.COST_CONVEX, NONE, CheckMethod.GRID, g)
        : HypothesisCheck.fails(Hypothesis.COST_CONVEX, NONE, x[bend], "effort", CheckMethod.GRID,
            "slope drops at e = " + x[bend] + " (proved in double intervals)"));
    out.add(flat < 0 ? HypothesisCheck.holds(Hypothesis.COST_STRICTLY_INCREASING, NONE, CheckMethod.GRID, g)
        : HypothesisCheck.fails(Hypothesis.COST_STRICTLY_INCREASING, NONE, x[flat], "effort", CheckMethod.GRID,
            "cost does not increase after e = " + x[flat] + " (proved in double intervals)"));
  }
}
