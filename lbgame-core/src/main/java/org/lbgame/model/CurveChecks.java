package org.lbgame.model;

import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * Checks of C1, C2, C3 on the score curves: analytic for the power law (common floor, ceiling and
 * offset for C1/C3) and exponential saturation, exact on the points for tabulated curves, otherwise on a
 * stated dense grid. Every computed number that decides a verdict is an enclosure (double intervals, then
 * {@link BigInterval#DIGITS}-digit intervals where doubles leave it open) or an exact rational: "fails" is
 * reported only when proved, and a check that precision cannot decide is "undecided within precision", with its
 * bound (docs/precision.md).
 */
final class CurveChecks {
  /** Number of grid intervals. */
  static final int GRID = 4096;
  /** Largest total effort on the effort grid. */
  static final double GRID_MAX_EFFORT = 1e12;
  /** How grid checks are described in reports. */
  static final String GRID_NOTE = "checked on " + (GRID + 1) + " log-spaced efforts in [0, 1e12], each comparison in"
      + " double intervals (a failure is reported only when proved): evidence between the points, not proof";

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

  static void check(Game g, java.util.function.Consumer<HypothesisCheck> out) {
    check(g, 0, g.size(), out, out, out);
  }

  /** The C1 and C3 checks of the pairs ending in models {@code from..to-1}, and the C2 checks of those models. */
  static void check(Game g, int from, int to, java.util.function.Consumer<HypothesisCheck> c1s,
      java.util.function.Consumer<HypothesisCheck> c2s, java.util.function.Consumer<HypothesisCheck> c3s) {
    for (int i = Math.max(1, from); i < to; i++) {
      c1s.accept(c1(g.curve(i - 1), g.curve(i), i - 1, i));
    }
    for (int i = from; i < to; i++) {
      c2s.accept(c2(g.curve(i), i));
    }
    for (int i = Math.max(1, from); i < to; i++) {
      c3s.accept(C3Checks.c3(g.curve(i - 1), g.curve(i), i - 1, i));
    }
  }

  // ---- C1 -----------------------------------------------------------------------------------

  static HypothesisCheck c1(ScoreCurve p, ScoreCurve q, int ip, int iq) {
    int[] m = {ip, iq};
    if (p instanceof PowerLawCurve && q instanceof PowerLawCurve && ((PowerLawCurve) p).sameScale((PowerLawCurve) q)) {
      PowerLawCurve a = (PowerLawCurve) p;
      PowerLawCurve b = (PowerLawCurve) q;
      // z_p(t) - z_q(t) = (a_p - a_q) + (b_p - b_q) t must stay > 0 for t = log(x0 + x) >= log(x0)
      Real<?> d0 = Enclosed.of(new Enclosed.Formula() {
        @Override
        public <T extends Real<T>> T at(T one) {
          // (a_p - a_q) + (b_p - b_q) log x0: equal parameters cancel exactly (a tie is then proved, not left open)
          T slopes = one.constant(a.b()).minus(one.constant(b.b()));
          return one.constant(a.a()).minus(one.constant(b.a())).plus(slopes.times(one.constant(a.offset()).log()));
        }
      });
      CheckBound bound = CheckBound.of("logit gap z_stronger(0) - z_weaker(0)", d0);
      if (d0.isZero() || d0.signum() < 0) {
        return HypothesisCheck.fails(Hypothesis.C1, m, 0, "effort", CheckMethod.ANALYTIC,
            "logit of the weaker model is not below the stronger one's at zero effort (proved)", bound);
      }
      if (d0.signum() == 0) {
        return HypothesisCheck.undecided(Hypothesis.C1, m, 0, "effort", CheckMethod.ANALYTIC,
            "undecided within precision: the logit gap at zero effort is not decided in " + BigInterval.DIGITS
                + " digits", bound);
      }
      if (a.b() < b.b()) {
        double x = Math.exp(Math.log(a.offset()) + d0.mid() / (b.b() - a.b())) - a.offset();
        return HypothesisCheck.fails(Hypothesis.C1, m, beyond(p, q, x), "effort", CheckMethod.ANALYTIC,
            "b of the weaker model is larger: the curves cross at x = " + x, bound);
      }
      return HypothesisCheck.holds(Hypothesis.C1, m, CheckMethod.ANALYTIC,
          "common L, U, x0; logit gap > 0 at zero effort (proved) and b weakly decreasing", bound);
    }
    if (commonExponential(p, q)) {
      ExponentialSaturationCurve a = (ExponentialSaturationCurve) p;
      ExponentialSaturationCurve b = (ExponentialSaturationCurve) q;
      // f_p > f_q iff (log(U-L_q) - log(U-L_p)) + (k_p - k_q) x > 0; the first term has the sign of L_p - L_q
      if (!(b.floor() < a.floor())) {
        return HypothesisCheck.fails(Hypothesis.C1, m, 0, "effort", CheckMethod.ANALYTIC,
            "floor of the weaker model is not below the stronger one's (exact comparison)");
      }
      if (a.rate() < b.rate()) {
        double d0 = Math.log(b.ceiling() - b.floor()) - Math.log(a.ceiling() - a.floor());
        double x = d0 / (b.rate() - a.rate());
        return HypothesisCheck.fails(Hypothesis.C1, m, beyond(p, q, x), "effort", CheckMethod.ANALYTIC,
            "rate of the weaker model is larger: the curves meet at x = " + x);
      }
      return HypothesisCheck.holds(Hypothesis.C1, m, CheckMethod.ANALYTIC,
          "common ceiling; floor strictly lower and rate weakly lower for the weaker model (exact comparisons)");
    }
    if (p instanceof TabulatedCurve && q instanceof TabulatedCurve) {
      // the difference is linear between the union of the knots and constant after the last
      TabulatedCurve a = (TabulatedCurve) p;
      TabulatedCurve b = (TabulatedCurve) q;
      for (double x : union(a.xs(), b.xs())) {
        BigFraction fp = ExactTables.value(a.xs(), a.ys(), x);
        BigFraction fq = ExactTables.value(b.xs(), b.ys(), x);
        if (fp.compareTo(fq) <= 0) {
          return HypothesisCheck.fails(Hypothesis.C1, m, x, "effort", CheckMethod.EXACT_ON_POINTS,
              "f = " + fq.doubleValue() + " of the weaker model is not below " + fp.doubleValue() + " (exact)");
        }
      }
      return HypothesisCheck.holds(Hypothesis.C1, m, CheckMethod.EXACT_ON_POINTS,
          "strictly above at every knot of both tables, in exact rationals (the difference is linear between knots)");
    }
    double open = Double.NaN;
    for (double x : effortGrid()) {
      // decided rigorously (gaps to the ceilings, double then high-precision intervals): a reported failure is real
      ScoreOrder o = ScoreOrder.of(p, x, q, x);
      if (o == ScoreOrder.BELOW || o == ScoreOrder.EQUAL) {
        return HypothesisCheck.fails(Hypothesis.C1, m, x, "effort", CheckMethod.GRID,
            "f = " + q.value(x) + " of the weaker model is not below " + p.value(x) + " (" + (o == ScoreOrder.EQUAL
                ? "equal" : "below") + ", proved in interval arithmetic)");
      }
      if (o == ScoreOrder.UNDECIDED && Double.isNaN(open)) {
        open = x;
      }
    }
    if (p.saturation() < q.saturation()) {
      return HypothesisCheck.fails(Hypothesis.C1, m, Double.POSITIVE_INFINITY, "effort", CheckMethod.GRID,
          "the weaker model saturates higher (" + q.saturation() + " > " + p.saturation() + ")");
    }
    if (!Double.isNaN(open)) {
      BigInterval x = BigInterval.of(open, BigInterval.DIGITS);
      return HypothesisCheck.undecided(Hypothesis.C1, m, open, "effort", CheckMethod.GRID,
          "undecided within precision: the order of the two scores at x = " + open + " is not decided in "
              + BigInterval.DIGITS + " digits", CheckBound.of("score separation", ScoreOrder.separation(p, x, q, x)));
    }
    return HypothesisCheck.holds(Hypothesis.C1, m, CheckMethod.GRID, GRID_NOTE_C1);
  }

  /**
   * A total effort at or beyond {@code x} at which the weaker model's score is proved at or above the stronger's
   * (the estimate {@code x} of a crossing, pushed out until the order is proved), or {@code x} when none is found.
   */
  static double beyond(ScoreCurve p, ScoreCurve q, double x) {
    double w = Math.max(0, x);
    for (int k = 0; k < 64 && Double.isFinite(w); k++) {
      ScoreOrder o = ScoreOrder.of(p, w, q, w);
      if (o == ScoreOrder.BELOW || o == ScoreOrder.EQUAL) {
        return w;
      }
      w = w * (1 + Math.scalb(1.0, k - 40)) + Math.scalb(1.0, k - 40);
    }
    return x;
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
      Real<?> e = Enclosed.of(new Enclosed.Formula() {
        @Override
        public <T extends Real<T>> T at(T one) {
          T bb = one.constant(b);
          return c.logit(one.constant(0)).negate().exp().times(bb.minus(one).over(bb.plus(one))).minus(one);
        }
      });
      CheckBound bound = CheckBound.of("e^{-z(0)} (b-1)/(b+1) - 1", e);
      double lhs = Math.exp(-c.logit(0)) * (b - 1) / (b + 1);
      if (e.upper() <= 0) {
        return HypothesisCheck.holds(Hypothesis.C2, m, CheckMethod.ANALYTIC,
            "b > 1 but e^{-z(0)} (b-1)/(b+1) = " + lhs + " <= 1, proved (no convex S-part at x >= 0)", bound);
      }
      if (e.signum() > 0) {
        // convex where sigmoid(z) < (b-1)/(2b): from x = 0 up to the inflection
        return HypothesisCheck.fails(Hypothesis.C2, m, 0, "effort", CheckMethod.ANALYTIC,
            "S-shaped: e^{-z(0)} (b-1)/(b+1) = " + lhs + " > 1, proved; convex from x = 0 to x = " + inflection(c),
            bound);
      }
      return HypothesisCheck.undecided(Hypothesis.C2, m, 0, "effort", CheckMethod.ANALYTIC,
          "undecided within precision: e^{-z(0)} (b-1)/(b+1) = " + lhs + " is not decided against 1 in "
              + BigInterval.DIGITS + " digits", bound);
    }
    if (f instanceof ExponentialSaturationCurve) {
      return HypothesisCheck.holds(Hypothesis.C2, m, CheckMethod.ANALYTIC, "L + (U-L)(1 - e^{-kx}), k > 0, is concave");
    }
    if (f instanceof TabulatedCurve) {
      double[] x = ((TabulatedCurve) f).xs();
      double[] y = ((TabulatedCurve) f).ys();
      for (int j = 1; j + 1 < x.length; j++) {
        if (ExactTables.bend(x[j - 1], y[j - 1], x[j], y[j], x[j + 1], y[j + 1]) > 0) {
          return HypothesisCheck.fails(Hypothesis.C2, m, x[j], "effort", CheckMethod.EXACT_ON_POINTS,
              "slope rises from " + (y[j] - y[j - 1]) / (x[j] - x[j - 1]) + " to " + (y[j + 1] - y[j]) / (x[j + 1] - x[j])
                  + " at x = " + x[j] + " (exact)");
        }
      }
      return HypothesisCheck.holds(Hypothesis.C2, m, CheckMethod.EXACT_ON_POINTS,
          "slopes nonincreasing (compared in exact rationals), flat after the last point");
    }
    if (!Double.isFinite(f.saturation())) {
      return HypothesisCheck.fails(Hypothesis.C2, m, Double.POSITIVE_INFINITY, "effort", CheckMethod.ANALYTIC,
          "saturation is not finite");
    }
    double[] x = effortGrid();
    Interval prev = null;
    for (int j = 0; j + 1 < x.length; j++) {
      // f(x_{j+1}) - f(x_j) through the gaps to the ceiling, and the secant slope, as enclosures
      Interval d = f.gap(Interval.of(x[j])).minus(f.gap(Interval.of(x[j + 1])));
      Interval s = d.over(Interval.of(x[j + 1]).minus(Interval.of(x[j])));
      if (d.upper() < 0 || (prev != null && s.lower() > prev.upper())) {
        return HypothesisCheck.fails(Hypothesis.C2, m, x[j], "effort", CheckMethod.GRID,
            (d.upper() < 0 ? "decreases after x = " : "slope rises at x = ") + x[j] + " (proved in double intervals)");
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
