package org.lbgame.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Every hypothesis verdict against {@link HypothesisReference} (100 digits, exact decimals) on random curves and
 * costs, a third of them built on the knife-edge of their condition (a margin of about one ulp, or an exact tie):
 * lbgame never says "holds" where the reference proves a failure or "fails" where it proves the condition, and
 * "undecided" only with a bound that straddles the boundary for a value too close to it for 60 digits.
 */
class HypothesisAgreementTest {
  private static final int GAMES = 300;

  /** Counts of lbgame's statuses, so the test shows it exercised every outcome. */
  private final int[] seen = new int[3];
  /** Verdicts decided only in high precision (the double enclosure straddled the boundary). */
  private int highPrecision;

  private void agree(HypothesisCheck c, HypothesisReference.Verdict truth, String what) {
    HypothesisReference.agrees(c, truth, what);
    seen[c.passed() ? 0 : c.failed() ? 1 : 2]++;
    if (!c.undecided() && c.bound() != null && c.bound().arithmetic().contains("-digit")) {
      highPrecision++;
    }
  }

  @Test
  void powerLawC1C2C3AgreeWithTheHundredDigitReference() {
    Random r = new Random(23);
    for (int t = 0; t < GAMES; t++) {
      double lo = t % 2 == 0 ? 0 : -1;
      double x0 = t % 3 == 0 ? 1 : 0.25 + 4 * r.nextDouble();
      double bq = 0.2 + 2.5 * r.nextDouble();
      double bp = r.nextInt(3) == 0 ? bq : 0.2 + 2.5 * r.nextDouble();
      double aq = -3 + 6 * r.nextDouble();
      double ap;
      switch (t % 3) {
        case 0: // tie or near-tie of the logit gap at zero effort: (a_p - a_q) + (b_p - b_q) log x0 = 0 in doubles
          ap = aq - (bp - bq) * Math.log(x0) + (r.nextBoolean() ? 0 : Math.ulp(aq) * (r.nextInt(5) - 2));
          break;
        default:
          ap = aq + 3 * r.nextDouble() - 0.5;
      }
      PowerLawCurve p = PowerLawCurve.of(ap, bp, lo, 1, x0);
      PowerLawCurve q = PowerLawCurve.of(aq, bq, lo, 1, x0);
      String what = "game " + t + ": " + p + " over " + q;
      agree(CurveChecks.c1(p, q, 0, 1), HypothesisReference.c1(p, q), "C1 " + what);

      // C2 on the knife-edge: e^{-z(0)} (b-1)/(b+1) = 1 at z(0) = log((b-1)/(b+1))
      double b = 1 + 3 * r.nextDouble();
      double a = Math.log((b - 1) / (b + 1)) - b * Math.log(x0) + (t % 3 == 0 ? 0 : (r.nextDouble() - 0.5) * 1e-15);
      PowerLawCurve s = PowerLawCurve.of(a, b, lo, 1, x0);
      agree(CurveChecks.c2(s, 0), HypothesisReference.c2(s), "C2 game " + t + ": " + s);
      agree(CurveChecks.c2(p, 0), HypothesisReference.c2(p), "C2 " + what);

      // C3 with per-model offsets; on the knife-edge h(z0) = log r + (a_p - a_q)/b_q + (r - 1) log x0_p = 0
      double xp = 0.25 + 4 * r.nextDouble();
      double xq = 0.25 + 4 * r.nextDouble();
      double bw = bp * (0.5 + 0.5 * r.nextDouble());
      double ratio = bp / bw;
      double aw = t % 3 == 0 ? ap + bw * (Math.log(ratio) + (ratio - 1) * Math.log(xp)) : ap - 2 * r.nextDouble();
      PowerLawCurve cp = PowerLawCurve.of(ap, bp, lo, 1, xp);
      PowerLawCurve cq = PowerLawCurve.of(aw, t % 5 == 0 ? bp * 1.5 : bw, lo, 1, xq);
      agree(C3Checks.c3(cp, cq, 0, 1), HypothesisReference.c3(cp, cq), "C3 game " + t + ": " + cp + " over " + cq);
    }
    // a transcendental margin of doubles within 1e-60 of 0 but not 0 is not met at random: nothing stays undecided,
    // but the knife-edge games are decided only in high precision
    assertTrue(seen[0] > 0 && seen[1] > 0 && highPrecision >= 20,
        "holds/fails/undecided " + java.util.Arrays.toString(seen) + ", decided in high precision " + highPrecision);
  }

  @Test
  void exponentialC1AgreesWithExactComparisons() {
    Random r = new Random(5);
    for (int t = 0; t < GAMES; t++) {
      double lp = r.nextInt(4) * 0.25;
      double lq = r.nextInt(3) == 0 ? lp : lp - r.nextInt(4) * 0.25;
      double kp = 0.5 + r.nextInt(4) * 0.5;
      double kq = r.nextInt(3) == 0 ? kp : 0.5 + r.nextInt(4) * 0.5;
      ExponentialSaturationCurve p = ExponentialSaturationCurve.of(lp, 2, kp);
      ExponentialSaturationCurve q = ExponentialSaturationCurve.of(lq, 2, kq);
      agree(CurveChecks.c1(p, q, 0, 1), HypothesisReference.c1(p, q), "C1 exponential game " + t + ": " + p + ", " + q);
    }
    assertTrue(seen[0] > 0 && seen[1] > 0);
  }

  /** A table of {@code n} points on a coarse dyadic lattice, so equal slopes and exact ties are frequent. */
  private static TabulatedCurve table(Random r, double start) {
    int n = 2 + r.nextInt(4);
    double[] x = new double[n];
    double[] y = new double[n];
    y[0] = start;
    for (int j = 1; j < n; j++) {
      x[j] = x[j - 1] + 0.1 * (1 + r.nextInt(30));
      y[j] = y[j - 1] + r.nextInt(4) * 0.125;
    }
    return TabulatedCurve.of(x, y);
  }

  /**
   * {@code p} delayed by {@code c} above its first knot, with non-dyadic knots: {@code D = c} exactly above the
   * first level, while the interpolated efforts round differently in doubles.
   */
  private static TabulatedCurve shifted(TabulatedCurve p, double c) {
    double[] x = p.xs();
    for (int j = 1; j < x.length; j++) {
      x[j] = x[j] * 1.1 + c;
    }
    return TabulatedCurve.of(x, p.ys());
  }

  @Test
  void tableC1C2C3AgreeWithExactDecimalReference() {
    Random r = new Random(11);
    for (int t = 0; t < GAMES; t++) {
      TabulatedCurve p = table(r, 0.25 * r.nextInt(3));
      TabulatedCurve q = t % 3 == 0 ? shifted(p, 0.1 + 0.1 * r.nextInt(9)) : table(r, 0.25 * r.nextInt(2));
      String what = "table game " + t + ": " + java.util.Arrays.toString(p.xs()) + java.util.Arrays.toString(p.ys())
          + " over " + java.util.Arrays.toString(q.xs()) + java.util.Arrays.toString(q.ys());
      agree(CurveChecks.c1(p, q, 0, 1), HypothesisReference.c1(p, q), "C1 " + what);
      agree(CurveChecks.c2(p, 0), HypothesisReference.c2(p), "C2 " + what);
      agree(C3Checks.c3(p, q, 0, 1), HypothesisReference.c3(p, q), "C3 " + what);
    }
    assertTrue(seen[0] > 0 && seen[1] > 0);
  }

  /** Values whose double differences round: a third of the steps are one ulp apart from equal slopes. */
  @Test
  void costConvexityAgreesWithExactSlopes() {
    Random r = new Random(17);
    for (int t = 0; t < GAMES; t++) {
      int n = 3 + r.nextInt(4);
      double[] e = new double[n];
      double[] c = new double[n];
      double[] s = new double[n];
      s[0] = 0.1 + r.nextDouble();
      for (int j = 1; j < n; j++) {
        e[j] = e[j - 1] + 0.1 + r.nextDouble();
        s[j] = r.nextInt(3) == 0 ? s[j - 1] + Math.ulp(s[j - 1]) * (r.nextInt(3) - 1) : s[j - 1] + r.nextDouble() - 0.3;
        c[j] = c[j - 1] + s[j - 1] * (e[j] - e[j - 1]) + (r.nextInt(3) == 0 ? Math.ulp(c[j - 1] + 1) : 0);
      }
      check(PiecewiseLinearCost.of(e, s), HypothesisReference.convex(e, s, null), "piecewise-linear cost " + t);
      check(TabulatedCost.of(e, c), HypothesisReference.convex(e, null, c), "tabulated cost " + t);
    }
    assertTrue(seen[0] > 0 && seen[1] > 0);
  }

  private void check(CostFunction cost, HypothesisReference.Verdict truth, String what) {
    List<HypothesisCheck> out = new ArrayList<>();
    CostChecks.check(cost, out);
    List<HypothesisCheck> convex = new ArrayList<>();
    for (HypothesisCheck c : out) {
      if (c.hypothesis() == Hypothesis.COST_CONVEX) {
        convex.add(c);
      }
    }
    assertEquals(1, convex.size(), what);
    agree(convex.get(0), truth, "convexity of " + what);
  }
}
