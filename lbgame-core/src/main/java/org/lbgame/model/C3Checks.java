package org.lbgame.model;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * C3 for an adjacent pair ({@code p} stronger, {@code q} weaker): {@code D(s) = X_q(s) - X_p(s)}
 * nondecreasing in {@code s} on the clamped inverses (SPEC section 4: L, U handled, clamping included).
 * Analytic conditions are decided on enclosures, tables in exact rationals, the grid on enclosures of every
 * {@code D(s_j)}: a failure is reported only when proved, an open analytic condition is "undecided within
 * precision" with its bound, and a grid pass states the largest decrease its enclosures do not exclude.
 */
final class C3Checks {
  /** At most this many grid levels are re-evaluated in high precision where double enclosures leave a step open. */
  static final int HIGH_PRECISION_LEVELS = 64;

  private C3Checks() {
  }

  static HypothesisCheck c3(ScoreCurve p, ScoreCurve q, int ip, int iq) {
    int[] m = {ip, iq};
    if (q.saturation() > p.saturation()) {
      // on (fbar_p, fbar_q) the stronger model never reaches s but the weaker does: D = -inf there
      double s = p.saturation() + (q.saturation() - p.saturation()) / 2;
      return HypothesisCheck.fails(Hypothesis.C3, m, s, "score", CheckMethod.ANALYTIC,
          "the weaker model saturates higher: X of the stronger is +inf while the weaker's is finite");
    }
    if (p instanceof PowerLawCurve && q instanceof PowerLawCurve && ((PowerLawCurve) p).floor() == ((PowerLawCurve) q)
        .floor() && p.saturation() == q.saturation()) {
      return powerLaw((PowerLawCurve) p, (PowerLawCurve) q, m);
    }
    if (CurveChecks.commonExponential(p, q)) {
      return exponential((ExponentialSaturationCurve) p, (ExponentialSaturationCurve) q, m);
    }
    if (p instanceof TabulatedCurve && q instanceof TabulatedCurve) {
      return tables((TabulatedCurve) p, (TabulatedCurve) q, m);
    }
    return grid(p, q, m);
  }

  /** The grid's score levels: 4096 even steps from {@code min f(0)} to the lower saturation, then 8 geometric ones. */
  static double[] levels(ScoreCurve p, ScoreCurve q) {
    double lo = Math.min(p.value(0), q.value(0));
    double hi = Math.min(p.saturation(), q.saturation());
    int n = CurveChecks.GRID;
    double[] s = new double[n + 8];
    for (int j = 0; j < n; j++) {
      s[j] = lo + (hi - lo) * j / n;
    }
    for (int j = 0; j < 8; j++) {
      // approach the common saturation geometrically (to 2^-20 of the range)
      s[n + j] = hi - (hi - lo) * Math.pow(2, -13 - j);
    }
    java.util.Arrays.sort(s);
    return s;
  }

  /** An enclosure of {@code D(s) = X_q(s) - X_p(s)} in the arithmetic of {@code one}. */
  static <T extends Real<T>> T gapOfEfforts(ScoreCurve p, ScoreCurve q, double s, T one) {
    T lp = one.constant(p.saturation()).minus(one.constant(s));
    T lq = one.constant(q.saturation()).minus(one.constant(s));
    return q.reachGap(lq, false).minus(p.reachGap(lp, false));
  }

  /**
   * Any other pair: {@code D} at every level in double intervals, a step that they leave open re-evaluated in
   * {@link BigInterval#DIGITS}-digit intervals (up to {@link #HIGH_PRECISION_LEVELS} levels). A failure is a
   * level whose {@code D} is proved below an earlier level's; a pass states the largest decrease between two
   * levels that the enclosures do not exclude.
   */
  private static HypothesisCheck grid(ScoreCurve p, ScoreCurve q, int[] m) {
    double[] s = levels(p, q);
    List<Real<?>> d = new ArrayList<>();
    for (double level : s) {
      d.add(gapOfEfforts(p, q, level, Interval.of(1)));
    }
    int refined = 0;
    for (int j = 1; j < s.length && refined < HIGH_PRECISION_LEVELS; j++) {
      if (d.get(j).lower() < d.get(j - 1).upper()) {
        for (int k = j - 1; k <= j; k++) {
          if (d.get(k) instanceof Interval) {
            d.set(k, gapOfEfforts(p, q, s[k], BigInterval.of(1, BigInterval.DIGITS)));
            refined++;
          }
        }
      }
    }
    double maxLower = Double.NEGATIVE_INFINITY;
    double maxUpper = Double.NEGATIVE_INFINITY;
    double slack = 0;
    String arithmetic = refined > 0 ? "double and " + BigInterval.DIGITS + "-digit intervals" : "double intervals";
    for (int j = 0; j < s.length; j++) {
      Real<?> e = d.get(j);
      if (e.upper() < maxLower) {
        return HypothesisCheck.fails(Hypothesis.C3, m, s[j], "score", CheckMethod.GRID,
            "D = X_weaker - X_stronger falls to at most " + e.upper() + " at s = " + s[j] + " from at least " + maxLower
                + " at a lower grid level (proved in " + e.arithmetic() + ")", CheckBound.of("D(s)", e));
      }
      if (e.lower() < maxUpper) {
        slack = Math.max(slack, Interval.of(maxUpper).minus(Interval.of(e.lower())).upper());
      }
      maxLower = Math.max(maxLower, e.lower());
      maxUpper = Math.max(maxUpper, e.upper());
    }
    return HypothesisCheck.holds(Hypothesis.C3, m, CheckMethod.GRID, "D checked on " + s.length + " score levels"
        + " between min f(0) and the lower saturation, each D(s) enclosed in " + arithmetic + ": no decrease is proved"
        + (slack == 0 ? " and D is proved nondecreasing at the levels" : "; a decrease of at most " + slack
            + " between two levels is not excluded") + ": evidence between the levels, not proof",
        CheckBound.of("largest decrease of D between two grid levels not excluded", 0, slack, arithmetic));
  }

  /**
   * Two tables: {@code D} is linear in {@code s} between the knot levels of both, so it is nondecreasing iff the
   * sequence of its values at every knot level (reach) and just above it (exceed) is; compared in exact rationals.
   */
  private static HypothesisCheck tables(TabulatedCurve p, TabulatedCurve q, int[] m) {
    double sat = Math.min(p.saturation(), q.saturation());
    BigFraction prev = null;
    for (double s : CurveChecks.union(p.ys(), q.ys())) {
      if (s > sat) {
        break;
      }
      for (int side = 0; side < 2; side++) {
        if (side == 1 && s >= sat) {
          continue;
        }
        BigFraction level = ExactTables.exact(s);
        BigFraction xp = ExactTables.inverse(p.xs(), p.ys(), level, side == 1);
        BigFraction xq = ExactTables.inverse(q.xs(), q.ys(), level, side == 1);
        if (xp == null || xq == null) {
          // beyond a saturation: only s = sat with side 1, skipped above
          continue;
        }
        BigFraction dv = xq.subtract(xp);
        if (prev != null && dv.compareTo(prev) < 0) {
          return HypothesisCheck.fails(Hypothesis.C3, m, s, "score", CheckMethod.EXACT_ON_POINTS,
              "D = X_weaker - X_stronger falls from " + prev.doubleValue() + " to " + dv.doubleValue()
                  + (side == 1 ? " just above" : " at") + " s = " + s + " (exact)");
        }
        prev = prev == null || dv.compareTo(prev) > 0 ? dv : prev;
      }
    }
    return HypothesisCheck.holds(Hypothesis.C3, m, CheckMethod.EXACT_ON_POINTS,
        "D checked at every knot level of both tables and just above it, in exact rationals (D is linear between knot"
            + " levels)");
  }

  /**
   * Exponential saturation with a common ceiling: with {@code w = -log(U - s)},
   * {@code X_i = max(0, (w + log(U - L_i))/k_i)}; where both are positive, {@code D} is linear in
   * {@code w} with slope {@code 1/k_q - 1/k_p}. Decided by exact comparisons of the parameters.
   */
  private static HypothesisCheck exponential(ExponentialSaturationCurve p, ExponentialSaturationCurve q, int[] m) {
    if (q.floor() > p.floor()) {
      return HypothesisCheck.fails(Hypothesis.C3, m, (p.floor() + q.floor()) / 2, "score", CheckMethod.ANALYTIC,
          "the weaker model starts above the stronger (C1 fails at zero effort), so D falls");
    }
    if (q.rate() > p.rate()) {
      double s = p.ceiling() - (p.ceiling() - p.floor()) / Math.E;
      return HypothesisCheck.fails(Hypothesis.C3, m, s, "score", CheckMethod.ANALYTIC,
          "rate of the weaker model is larger: D falls above the stronger model's floor");
    }
    return HypothesisCheck.holds(Hypothesis.C3, m, CheckMethod.ANALYTIC,
        "common ceiling, floor and rate weakly lower for the weaker model: D nondecreasing on the clamped inverses");
  }

  /**
   * Power laws with common L and U (offsets may differ): in the logit {@code z}, {@code X_i = max(0,
   * e^{(z-a_i)/b_i} - x0_i)}, zero up to {@code z_i0 = a_i + b_i log x0_i}. Where both are positive,
   * {@code D'(z)} has the sign of {@code h(z) = log(b_p/b_q) + (z - a_q)/b_q - (z - a_p)/b_p}, linear in
   * {@code z} with slope {@code 1/b_q - 1/b_p}; at {@code z_p0} it is {@code log r + (a_p - a_q)/b_q
   * + (r - 1) log x0_p}, {@code r = b_p/b_q} (a form in which equal parameters cancel exactly).
   */
  private static HypothesisCheck powerLaw(PowerLawCurve p, PowerLawCurve q, int[] m) {
    ScoreOrder start = ScoreOrder.of(p, 0, q, 0);
    if (start == ScoreOrder.BELOW) {
      // on (zp0, zq0] the weaker model needs no effort while the stronger needs some: D = -X_p decreases
      return HypothesisCheck.fails(Hypothesis.C3, m, score(p, (p.logit(0) + q.logit(0)) / 2), "score",
          CheckMethod.ANALYTIC, "the weaker model starts above the stronger (C1 fails at zero effort, proved), so D"
              + " falls");
    }
    if (start == ScoreOrder.UNDECIDED) {
      BigInterval zero = BigInterval.of(0, BigInterval.DIGITS);
      return HypothesisCheck.undecided(Hypothesis.C3, m, score(p, p.logit(0)), "score", CheckMethod.ANALYTIC,
          "undecided within precision: which model starts higher is not decided in " + BigInterval.DIGITS + " digits",
          CheckBound.of("score separation at x = 0", ScoreOrder.separation(p, zero, q, zero)));
    }
    double zm = p.logit(0);
    double slope = 1 / q.b() - 1 / p.b();
    Real<?> h = Enclosed.of(new Enclosed.Formula() {
      @Override
      public <T extends Real<T>> T at(T one) {
        T r = one.constant(p.b()).over(one.constant(q.b()));
        T lin = one.constant(p.a()).minus(one.constant(q.a())).over(one.constant(q.b()));
        return r.log().plus(lin).plus(r.minus(one).times(one.constant(p.offset()).log()));
      }
    });
    CheckBound bound = CheckBound.of("h(z0) = log(b_p/b_q) + (z0 - a_q)/b_q - (z0 - a_p)/b_p", h);
    double hm = h.mid();
    if (q.b() > p.b()) {
      double root = zm - hm / slope;
      double zw = Math.max(zm, root) + 1;
      return HypothesisCheck.fails(Hypothesis.C3, m, score(p, zw), "score", CheckMethod.ANALYTIC,
          "b_weaker > b_stronger: the effort gap D shrinks at high scores (logit z > " + Math.max(zm, root) + ")",
          bound);
    }
    if (h.upper() < 0) {
      double zw = slope > 0 ? zm + Math.min(1, -hm / (2 * slope)) : zm + 1;
      return HypothesisCheck.fails(Hypothesis.C3, m, score(p, zw), "score", CheckMethod.ANALYTIC,
          "D falls just above the stronger model's zero-effort score (h(z0) < 0, proved)", bound);
    }
    if (h.lower() < 0) {
      return HypothesisCheck.undecided(Hypothesis.C3, m, score(p, zm), "score", CheckMethod.ANALYTIC,
          "undecided within precision: the sign of h(z0) is not decided in " + BigInterval.DIGITS + " digits", bound);
    }
    return HypothesisCheck.holds(Hypothesis.C3, m, CheckMethod.ANALYTIC,
        "common L, U: b weakly decreasing and h(z0) >= 0 (proved) on the clamped inverses", bound);
  }

  private static double score(PowerLawCurve c, double z) {
    return c.floor() + (c.ceiling() - c.floor()) * PowerLawCurve.sigmoid(z);
  }
}
