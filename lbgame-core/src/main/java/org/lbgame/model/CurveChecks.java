package org.lbgame.model;

import java.util.List;

/**
 * Checks of C1, C2, C3 on the score curves: analytic for the power law (common floor, ceiling and
 * offset for C1/C3), exact on the points for tabulated curves, otherwise on a stated dense grid.
 */
final class CurveChecks {
  /** Number of grid intervals. */
  static final int GRID = 4096;
  /** Largest total effort on the effort grid. */
  static final double GRID_MAX_EFFORT = 1e12;
  /** Relative tolerance of grid and point comparisons of computed doubles. */
  static final double TOLERANCE = 1e-9;
  /** How grid checks are described in reports. */
  static final String GRID_NOTE = "checked on " + (GRID + 1) + " log-spaced efforts in [0, 1e12] (double arithmetic,"
      + " relative tolerance 1e-9; points where both curves are within 1e-9 of saturation skipped): evidence, not proof";

  /** How the C1 grid check is described: every point's order is proved, the grid itself is the evidence. */
  static final String GRID_NOTE_C1 = "checked on " + (GRID + 1) + " log-spaced efforts in [0, 1e12], each order proved in"
      + " interval arithmetic (gaps to the ceilings; " + BigInterval.DIGITS + "-digit where doubles do not decide):"
      + " evidence between the points, not proof";

  private CurveChecks() {
  }

  /** Efforts {@code expm1(j/GRID * log1p(1e12))}, {@code j = 0..GRID}. */
  static double[] effortGrid() {
    double[] x = new double[GRID + 1];
    double top = Math.log1p(GRID_MAX_EFFORT);
    for (int j = 0; j <= GRID; j++) {
      x[j] = Math.expm1(top * j / GRID);
    }
    return x;
  }

  static void check(Game g, List<HypothesisCheck> out) {
    for (int i = 1; i < g.size(); i++) {
      out.add(c1(g.curve(i - 1), g.curve(i), i - 1, i));
    }
    for (int i = 0; i < g.size(); i++) {
      out.add(c2(g.curve(i), i));
    }
    for (int i = 1; i < g.size(); i++) {
      out.add(C3Checks.c3(g.curve(i - 1), g.curve(i), i - 1, i));
    }
  }

  // ---- C1 -----------------------------------------------------------------------------------

  static HypothesisCheck c1(ScoreCurve p, ScoreCurve q, int ip, int iq) {
    int[] m = {ip, iq};
    if (p instanceof PowerLawCurve && q instanceof PowerLawCurve && ((PowerLawCurve) p).sameScale((PowerLawCurve) q)) {
      PowerLawCurve a = (PowerLawCurve) p;
      PowerLawCurve b = (PowerLawCurve) q;
      // z_p(t) - z_q(t) = (a_p - a_q) + (b_p - b_q) t must stay > 0 for t = log(x0 + x) >= log(x0)
      double t0 = Math.log(a.offset());
      double d0 = (a.a() - b.a()) + (a.b() - b.b()) * t0;
      if (!(d0 > 0)) {
        return HypothesisCheck.fails(Hypothesis.C1, m, 0, "effort", CheckMethod.ANALYTIC,
            "logit of the weaker model is not below the stronger one's at zero effort");
      }
      if (a.b() < b.b()) {
        double x = Math.exp(t0 + d0 / (b.b() - a.b())) - a.offset();
        return HypothesisCheck.fails(Hypothesis.C1, m, x, "effort", CheckMethod.ANALYTIC,
            "b of the weaker model is larger: the curves cross at x = " + x);
      }
      return HypothesisCheck.holds(Hypothesis.C1, m, CheckMethod.ANALYTIC,
          "common L, U, x0; logit gap > 0 at zero effort and b weakly decreasing");
    }
    if (commonExponential(p, q)) {
      ExponentialSaturationCurve a = (ExponentialSaturationCurve) p;
      ExponentialSaturationCurve b = (ExponentialSaturationCurve) q;
      // f_p > f_q iff log(U - f_q) - log(U - f_p) = (log(U-L_q) - log(U-L_p)) + (k_p - k_q) x > 0
      double d0 = Math.log(b.ceiling() - b.floor()) - Math.log(a.ceiling() - a.floor());
      if (!(d0 > 0)) {
        return HypothesisCheck.fails(Hypothesis.C1, m, 0, "effort", CheckMethod.ANALYTIC,
            "floor of the weaker model is not below the stronger one's");
      }
      if (a.rate() < b.rate()) {
        double x = d0 / (b.rate() - a.rate());
        return HypothesisCheck.fails(Hypothesis.C1, m, x, "effort", CheckMethod.ANALYTIC,
            "rate of the weaker model is larger: the curves meet at x = " + x);
      }
      return HypothesisCheck.holds(Hypothesis.C1, m, CheckMethod.ANALYTIC,
          "common ceiling; floor strictly lower and rate weakly lower for the weaker model");
    }
    if (p instanceof TabulatedCurve && q instanceof TabulatedCurve) {
      // the difference is linear between the union of the knots and constant after the last
      double[] xs = union(((TabulatedCurve) p).xs(), ((TabulatedCurve) q).xs());
      for (double x : xs) {
        if (!(p.value(x) > q.value(x))) {
          return HypothesisCheck.fails(Hypothesis.C1, m, x, "effort", CheckMethod.EXACT_ON_POINTS,
              "f = " + q.value(x) + " of the weaker model is not below " + p.value(x));
        }
      }
      return HypothesisCheck.holds(Hypothesis.C1, m, CheckMethod.EXACT_ON_POINTS,
          "strictly above at every knot of both tables (the difference is linear between knots)");
    }
    int open = 0;
    for (double x : effortGrid()) {
      // decided rigorously (gaps to the ceilings, double then high-precision intervals): a reported failure is real
      ScoreOrder o = ScoreOrder.of(p, x, q, x);
      if (o == ScoreOrder.BELOW || o == ScoreOrder.EQUAL) {
        return HypothesisCheck.fails(Hypothesis.C1, m, x, "effort", CheckMethod.GRID,
            "f = " + q.value(x) + " of the weaker model is not below " + p.value(x) + " (" + (o == ScoreOrder.EQUAL
                ? "equal" : "below") + ", proved in interval arithmetic)");
      }
      open += o == ScoreOrder.UNDECIDED ? 1 : 0;
    }
    if (p.saturation() < q.saturation()) {
      return HypothesisCheck.fails(Hypothesis.C1, m, Double.POSITIVE_INFINITY, "effort", CheckMethod.GRID,
          "the weaker model saturates higher (" + q.saturation() + " > " + p.saturation() + ")");
    }
    return HypothesisCheck.holds(Hypothesis.C1, m, CheckMethod.GRID, GRID_NOTE_C1 + (open == 0 ? ""
        : "; at " + open + " grid point(s) the order was not decided within " + BigInterval.DIGITS + " digits"));
  }

  // ---- C2 -----------------------------------------------------------------------------------

  static HypothesisCheck c2(ScoreCurve f, int i) {
    int[] m = {i};
    if (f instanceof PowerLawCurve) {
      PowerLawCurve c = (PowerLawCurve) f;
      double b = c.b();
      if (b <= 1) {
        return HypothesisCheck.holds(Hypothesis.C2, m, CheckMethod.ANALYTIC, "b <= 1: concave for every a");
      }
      // concave iff b (1 - 2 sigmoid(z(0))) <= 1, i.e. e^{-z(0)} (b - 1)/(b + 1) <= 1, z(0) = a + b log x0
      double z0 = c.logit(0);
      double lhs = Math.exp(-z0) * (b - 1) / (b + 1);
      if (lhs <= 1) {
        return HypothesisCheck.holds(Hypothesis.C2, m, CheckMethod.ANALYTIC,
            "b > 1 but e^{-z(0)} (b-1)/(b+1) = " + lhs + " <= 1 (no convex S-part at x >= 0)");
      }
      // convex where sigmoid(z) < (b-1)/(2b): from x = 0 up to the inflection
      return HypothesisCheck.fails(Hypothesis.C2, m, 0, "effort", CheckMethod.ANALYTIC,
          "S-shaped: e^{-z(0)} (b-1)/(b+1) = " + lhs + " > 1, convex from x = 0 to x = " + inflection(c));
    }
    if (f instanceof ExponentialSaturationCurve) {
      return HypothesisCheck.holds(Hypothesis.C2, m, CheckMethod.ANALYTIC, "L + (U-L)(1 - e^{-kx}), k > 0, is concave");
    }
    if (f instanceof TabulatedCurve) {
      double[] x = ((TabulatedCurve) f).xs();
      double[] y = ((TabulatedCurve) f).ys();
      double prev = Double.POSITIVE_INFINITY;
      for (int j = 0; j + 1 < x.length; j++) {
        double s = (y[j + 1] - y[j]) / (x[j + 1] - x[j]);
        if (s > prev) {
          return HypothesisCheck.fails(Hypothesis.C2, m, x[j], "effort", CheckMethod.EXACT_ON_POINTS,
              "slope rises from " + prev + " to " + s + " at x = " + x[j]);
        }
        prev = s;
      }
      return HypothesisCheck.holds(Hypothesis.C2, m, CheckMethod.EXACT_ON_POINTS,
          "slopes nonincreasing, flat after the last point");
    }
    if (!Double.isFinite(f.saturation())) {
      return HypothesisCheck.fails(Hypothesis.C2, m, Double.POSITIVE_INFINITY, "effort", CheckMethod.ANALYTIC,
          "saturation is not finite");
    }
    double[] x = effortGrid();
    double prev = Double.POSITIVE_INFINITY;
    for (int j = 0; j + 1 < x.length; j++) {
      double d = f.value(x[j + 1]) - f.value(x[j]);
      double s = d / (x[j + 1] - x[j]);
      if (d < 0 || s > prev + TOLERANCE * Math.abs(prev)) {
        return HypothesisCheck.fails(Hypothesis.C2, m, x[j], "effort", CheckMethod.GRID,
            d < 0 ? "decreases after x = " + x[j] : "slope rises at x = " + x[j]);
      }
      prev = s;
    }
    return HypothesisCheck.holds(Hypothesis.C2, m, CheckMethod.GRID, GRID_NOTE);
  }

  /** Total effort where the power law's S-part ends: {@code sigmoid(z) = (b-1)/(2b)}. */
  private static double inflection(PowerLawCurve c) {
    double p = (c.b() - 1) / (2 * c.b());
    return c.reachLogit(Math.log(p / (1 - p)));
  }

  static boolean near(double f, double sat) {
    return Math.abs(sat - f) <= TOLERANCE * (1 + Math.abs(sat));
  }

  static boolean commonExponential(ScoreCurve p, ScoreCurve q) {
    return p instanceof ExponentialSaturationCurve && q instanceof ExponentialSaturationCurve
        && ((ExponentialSaturationCurve) p).ceiling() == ((ExponentialSaturationCurve) q).ceiling();
  }

  static double[] union(double[] a, double[] b) {
    double[] all = new double[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    java.util.Arrays.sort(all);
    int k = 0;
    for (int j = 0; j < all.length; j++) {
      if (k == 0 || all[j] != all[k - 1]) {
        all[k++] = all[j];
      }
    }
    return java.util.Arrays.copyOf(all, k);
  }
}
