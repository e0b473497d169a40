package org.lbgame.model;

/**
 * C3 for an adjacent pair ({@code p} stronger, {@code q} weaker): {@code D(s) = X_q(s) - X_p(s)}
 * nondecreasing in {@code s} on the clamped inverses (SPEC section 4: L, U handled, clamping included).
 */
final class C3Checks {
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
    if (p instanceof PowerLawCurve && q instanceof PowerLawCurve && ((PowerLawCurve) p).sameScale((PowerLawCurve) q)) {
      return powerLaw((PowerLawCurve) p, (PowerLawCurve) q, m);
    }
    if (CurveChecks.commonExponential(p, q)) {
      return exponential((ExponentialSaturationCurve) p, (ExponentialSaturationCurve) q, m);
    }
    if (p instanceof TabulatedCurve && q instanceof TabulatedCurve) {
      double[] levels = CurveChecks.union(((TabulatedCurve) p).ys(), ((TabulatedCurve) q).ys());
      return sequence(p, q, m, levels, CheckMethod.EXACT_ON_POINTS,
          "D checked at every knot level of both tables and just above it (D is linear between knot levels);"
              + " relative tolerance 1e-12", 1e-12);
    }
    double lo = Math.min(p.value(0), q.value(0));
    double hi = Math.min(p.saturation(), q.saturation());
    int n = CurveChecks.GRID;
    double[] s = new double[n + 8];
    for (int j = 0; j < n; j++) {
      s[j] = lo + (hi - lo) * j / n;
    }
    for (int j = 0; j < 8; j++) {
      // approach the common saturation geometrically (to 2^-20 of the range: closer, doubles lose the inverse)
      s[n + j] = hi - (hi - lo) * Math.pow(2, -13 - j);
    }
    java.util.Arrays.sort(s);
    return sequence(p, q, m, s, CheckMethod.GRID,
        "D checked on " + s.length + " score levels between min f(0) and the lower saturation (double arithmetic,"
            + " relative tolerance 1e-9): evidence, not proof", CurveChecks.TOLERANCE);
  }

  /**
   * Exponential saturation with a common ceiling: with {@code w = -log(U - s)},
   * {@code X_i = max(0, (w + log(U - L_i))/k_i)}; where both are positive, {@code D} is linear in
   * {@code w} with slope {@code 1/k_q - 1/k_p}.
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

  /** Checks D nondecreasing along the levels (and, for exact tables, just above each level). */
  private static HypothesisCheck sequence(ScoreCurve p, ScoreCurve q, int[] m, double[] levels, CheckMethod how,
      String note, double tol) {
    double prev = Double.NEGATIVE_INFINITY;
    double sat = Math.min(p.saturation(), q.saturation());
    for (double s : levels) {
      if (s > sat) {
        break;
      }
      for (int side = 0; side < 2; side++) {
        if (side == 1 && (how != CheckMethod.EXACT_ON_POINTS || s >= sat)) {
          continue;
        }
        double xp = side == 0 ? p.reach(s) : p.exceed(s);
        double xq = side == 0 ? q.reach(s) : q.exceed(s);
        if (xp == Double.POSITIVE_INFINITY && xq == Double.POSITIVE_INFINITY) {
          return HypothesisCheck.holds(Hypothesis.C3, m, how, note);
        }
        double d = xq - xp;
        // tolerance relative to the subtracted magnitudes: the scale of the cancellation error
        if (d < prev - tol * (1 + Math.abs(prev) + Math.abs(xp) + Math.abs(xq))) {
          return HypothesisCheck.fails(Hypothesis.C3, m, s, "score", how,
              "D = X_weaker - X_stronger falls from " + prev + " to " + d + (side == 1 ? " just above" : " at")
                  + " s = " + s);
        }
        prev = Math.max(prev, d);
      }
    }
    return HypothesisCheck.holds(Hypothesis.C3, m, how, note);
  }

  /**
   * Power laws with common L, U, x0: in the logit {@code z}, {@code X_i = max(0, e^{(z-a_i)/b_i} - x0)},
   * zero up to {@code z_i0 = a_i + b_i log x0}. Where both are positive, {@code D'(z)} has the sign of
   * {@code h(z) = log(b_p/b_q) + (z - a_q)/b_q - (z - a_p)/b_p}, linear in {@code z}.
   */
  private static HypothesisCheck powerLaw(PowerLawCurve p, PowerLawCurve q, int[] m) {
    double zp0 = p.logit(0);
    double zq0 = q.logit(0);
    if (zq0 > zp0) {
      // on (zp0, zq0] the weaker model needs no effort while the stronger needs some: D = -X_p decreases
      return HypothesisCheck.fails(Hypothesis.C3, m, score(p, (zp0 + zq0) / 2), "score", CheckMethod.ANALYTIC,
          "the weaker model starts above the stronger (C1 fails at zero effort), so D falls");
    }
    double zm = zp0;
    double hm = Math.log(p.b() / q.b()) + (zm - q.a()) / q.b() - (zm - p.a()) / p.b();
    double slope = 1 / q.b() - 1 / p.b();
    if (slope < 0) {
      double root = zm - hm / slope;
      double zw = Math.max(zm, root) + 1;
      return HypothesisCheck.fails(Hypothesis.C3, m, score(p, zw), "score", CheckMethod.ANALYTIC,
          "b_weaker > b_stronger: the effort gap D shrinks at high scores (logit z > " + Math.max(zm, root) + ")");
    }
    if (hm < 0) {
      double zw = slope > 0 ? zm + Math.min(1, -hm / (2 * slope)) : zm + 1;
      return HypothesisCheck.fails(Hypothesis.C3, m, score(p, zw), "score", CheckMethod.ANALYTIC,
          "D falls just above the stronger model's zero-effort score (h(z0) = " + hm + " < 0)");
    }
    return HypothesisCheck.holds(Hypothesis.C3, m, CheckMethod.ANALYTIC,
        "common L, U, x0: b weakly decreasing and h(z0) = " + hm + " >= 0 on the clamped inverses");
  }

  private static double score(PowerLawCurve c, double z) {
    return c.floor() + (c.ceiling() - c.floor()) * PowerLawCurve.sigmoid(z);
  }
}
