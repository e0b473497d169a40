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
    if (c instanceof PiecewiseLinearCost || c instanceof TabulatedCost) {
      Segments s = c instanceof PiecewiseLinearCost ? ((PiecewiseLinearCost) c).segments()
          : ((TabulatedCost) c).segments();
      pieces(s, out);
      return;
    }
    grid(c, out);
  }

  private static void pieces(Segments s, List<HypothesisCheck> out) {
    double[] e = s.knots();
    double[] sl = s.slopes();
    double c0 = s.value(0);
    out.add(c0 == 0
        ? HypothesisCheck.holds(Hypothesis.COST_ZERO_AT_ZERO, NONE, CheckMethod.EXACT_ON_POINTS, "c(0) = 0")
        : HypothesisCheck.fails(Hypothesis.COST_ZERO_AT_ZERO, NONE, 0, "effort", CheckMethod.EXACT_ON_POINTS,
            "c(0) = " + c0));
    int dec = -1;
    int flat = -1;
    int bend = -1;
    for (int j = 0; j < sl.length; j++) {
      if (dec < 0 && sl[j] < 0) {
        dec = j;
      }
      if (flat < 0 && !(sl[j] > 0)) {
        flat = j;
      }
      if (bend < 0 && j > 0 && sl[j] < sl[j - 1]) {
        bend = j;
      }
    }
    out.add(dec < 0
        ? HypothesisCheck.holds(Hypothesis.COST_NONDECREASING, NONE, CheckMethod.EXACT_ON_POINTS, "every slope >= 0")
        : HypothesisCheck.fails(Hypothesis.COST_NONDECREASING, NONE, e[dec], "effort", CheckMethod.EXACT_ON_POINTS,
            "slope " + sl[dec] + " < 0 on the piece starting at e = " + e[dec]));
    out.add(bend < 0
        ? HypothesisCheck.holds(Hypothesis.COST_CONVEX, NONE, CheckMethod.EXACT_ON_POINTS, "slopes nondecreasing")
        : HypothesisCheck.fails(Hypothesis.COST_CONVEX, NONE, e[bend], "effort", CheckMethod.EXACT_ON_POINTS,
            "slope drops from " + sl[bend - 1] + " to " + sl[bend] + " at e = " + e[bend]));
    out.add(flat < 0
        ? HypothesisCheck.holds(Hypothesis.COST_STRICTLY_INCREASING, NONE, CheckMethod.EXACT_ON_POINTS,
            "every slope > 0")
        : HypothesisCheck.fails(Hypothesis.COST_STRICTLY_INCREASING, NONE, e[flat], "effort",
            CheckMethod.EXACT_ON_POINTS, "slope " + sl[flat] + " <= 0 on the piece starting at e = " + e[flat]));
  }

  /** Cost families without a shape rule: sampled on the effort grid of {@link CurveChecks#effortGrid()}. */
  private static void grid(CostFunction c, List<HypothesisCheck> out) {
    double[] x = CurveChecks.effortGrid();
    String g = CurveChecks.GRID_NOTE;
    double c0 = c.cost(0);
    out.add(c0 == 0 ? HypothesisCheck.holds(Hypothesis.COST_ZERO_AT_ZERO, NONE, CheckMethod.ANALYTIC, "c(0) = 0")
        : HypothesisCheck.fails(Hypothesis.COST_ZERO_AT_ZERO, NONE, 0, "effort", CheckMethod.ANALYTIC, "c(0) = " + c0));
    int dec = -1;
    int flat = -1;
    int bend = -1;
    double prevSlope = Double.NEGATIVE_INFINITY;
    for (int j = 0; j + 1 < x.length; j++) {
      double d = c.cost(x[j + 1]) - c.cost(x[j]);
      double slope = d / (x[j + 1] - x[j]);
      if (dec < 0 && d < 0) {
        dec = j;
      }
      if (flat < 0 && !(d > 0)) {
        flat = j;
      }
      if (bend < 0 && slope < prevSlope - 1e-9 * Math.abs(prevSlope)) {
        bend = j;
      }
      prevSlope = slope;
    }
    out.add(dec < 0 ? HypothesisCheck.holds(Hypothesis.COST_NONDECREASING, NONE, CheckMethod.GRID, g)
        : HypothesisCheck.fails(Hypothesis.COST_NONDECREASING, NONE, x[dec], "effort", CheckMethod.GRID,
            "cost decreases after e = " + x[dec]));
    out.add(bend < 0 ? HypothesisCheck.holds(Hypothesis.COST_CONVEX, NONE, CheckMethod.GRID, g)
        : HypothesisCheck.fails(Hypothesis.COST_CONVEX, NONE, x[bend], "effort", CheckMethod.GRID,
            "slope drops at e = " + x[bend]));
    out.add(flat < 0 ? HypothesisCheck.holds(Hypothesis.COST_STRICTLY_INCREASING, NONE, CheckMethod.GRID, g)
        : HypothesisCheck.fails(Hypothesis.COST_STRICTLY_INCREASING, NONE, x[flat], "effort", CheckMethod.GRID,
            "cost does not increase after e = " + x[flat]));
  }
}
