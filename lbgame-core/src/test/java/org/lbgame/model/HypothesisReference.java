package org.lbgame.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.obermuhlner.math.big.BigDecimalMath;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * An independent evaluation of the hypotheses C1-C3 and the cost's convexity, written here from SPEC sections 1
 * and 4 without the library's enclosures: closed forms in 100 significant digits, tables in exact decimal
 * arithmetic (fractions of exact decimals, compared by cross-multiplication). Each verdict carries the value
 * that decides it, so an "undecided" check can be held to its bound.
 */
final class HypothesisReference {
  static final MathContext MC = new MathContext(100);
  /** A deciding value within this of its boundary is a tie the reference does not call either way. */
  static final BigDecimal TIE = new BigDecimal("1e-90");

  /** The reference's verdict: holds, fails, or a tie (the deciding value is 0 or within {@link #TIE} of it). */
  enum Truth { HOLDS, FAILS, TIE }

  /** A verdict and the value that decides it (null when exact comparisons decide). */
  static final class Verdict {
    final Truth truth;
    final BigDecimal value;

    Verdict(Truth truth, BigDecimal value) {
      this.truth = truth;
      this.value = value;
    }

    /** Holds iff {@code value > 0} (or {@code >= 0} when {@code closed}), a tie near 0. */
    static Verdict positive(BigDecimal value, boolean closed) {
      if (value.signum() == 0) {
        return new Verdict(closed ? Truth.HOLDS : Truth.FAILS, value);
      }
      if (value.abs().compareTo(TIE) <= 0) {
        return new Verdict(Truth.TIE, value);
      }
      return new Verdict(value.signum() > 0 ? Truth.HOLDS : Truth.FAILS, value);
    }

    static Verdict of(boolean holds) {
      return new Verdict(holds ? Truth.HOLDS : Truth.FAILS, null);
    }

    @Override
    public String toString() {
      return truth + (value == null ? "" : " (" + value.round(new MathContext(20)) + ")");
    }
  }

  private HypothesisReference() {
  }

  static BigDecimal bd(double v) {
    return new BigDecimal(v);
  }

  static BigDecimal ln(double v) {
    return v == 1 ? BigDecimal.ZERO : BigDecimalMath.log(bd(v), MC);
  }

  /** C1 for power laws on one scale: the logit gap {@code d(t) = (a_p - a_q) + (b_p - b_q) t > 0} for {@code t >= log x0}. */
  static Verdict c1(PowerLawCurve p, PowerLawCurve q) {
    BigDecimal d0 = bd(p.a()).subtract(bd(q.a())).add(bd(p.b()).subtract(bd(q.b())).multiply(ln(p.offset()), MC), MC);
    Verdict v = Verdict.positive(d0, false);
    return p.b() < q.b() && v.truth != Truth.FAILS ? new Verdict(Truth.FAILS, d0) : v;
  }

  /** C2 for a power law: {@code b <= 1}, or no convex part at {@code x >= 0}: {@code 1 - e^{-z(0)} (b-1)/(b+1) >= 0}. */
  static Verdict c2(PowerLawCurve c) {
    if (c.b() <= 1) {
      return Verdict.of(true);
    }
    BigDecimal z0 = bd(c.a()).add(bd(c.b()).multiply(ln(c.offset()), MC), MC);
    BigDecimal b = bd(c.b());
    BigDecimal lhs = BigDecimalMath.exp(z0.negate(), MC).multiply(b.subtract(BigDecimal.ONE), MC)
        .divide(b.add(BigDecimal.ONE), MC);
    return Verdict.positive(BigDecimal.ONE.subtract(lhs), true);
  }

  /**
   * C3 for power laws with one floor and ceiling: in the logit {@code z}, {@code X_i(z) = max(0, e^{(z-a_i)/b_i} -
   * x0_i)}. Fails if the weaker starts higher ({@code z_q0 > z_p0}: {@code D = -X_p} falls) or learns faster
   * ({@code D' < 0} for large {@code z}); otherwise {@code D'(z) = e^{(z-a_q)/b_q}/b_q - e^{(z-a_p)/b_p}/b_p},
   * whose log-ratio is linear and nondecreasing in {@code z}, must be {@code >= 0} at {@code z_p0}.
   */
  static Verdict c3(PowerLawCurve p, PowerLawCurve q) {
    BigDecimal zp = bd(p.a()).add(bd(p.b()).multiply(ln(p.offset()), MC), MC);
    BigDecimal zq = bd(q.a()).add(bd(q.b()).multiply(ln(q.offset()), MC), MC);
    Verdict start = Verdict.positive(zp.subtract(zq), true);
    if (start.truth != Truth.HOLDS) {
      return start;
    }
    if (q.b() > p.b()) {
      return Verdict.of(false);
    }
    BigDecimal dq = BigDecimalMath.exp(zp.subtract(bd(q.a())).divide(bd(q.b()), MC), MC).divide(bd(q.b()), MC);
    BigDecimal dp = BigDecimalMath.exp(zp.subtract(bd(p.a())).divide(bd(p.b()), MC), MC).divide(bd(p.b()), MC);
    return Verdict.positive(dq.subtract(dp).divide(dp, MC), true);
  }

  /** C1 for exponential saturation with one ceiling: floor strictly lower and rate weakly lower for the weaker. */
  static Verdict c1(ExponentialSaturationCurve p, ExponentialSaturationCurve q) {
    return Verdict.of(bd(q.floor()).compareTo(bd(p.floor())) < 0 && bd(q.rate()).compareTo(bd(p.rate())) <= 0);
  }

  /** A fraction {@code num/den} of exact decimals, {@code den > 0}. */
  static final class Frac implements Comparable<Frac> {
    final BigDecimal num;
    final BigDecimal den;

    Frac(BigDecimal num, BigDecimal den) {
      this.num = den.signum() < 0 ? num.negate() : num;
      this.den = den.abs();
    }

    static Frac of(double v) {
      return new Frac(bd(v), BigDecimal.ONE);
    }

    Frac minus(Frac o) {
      return new Frac(num.multiply(o.den).subtract(o.num.multiply(den)), den.multiply(o.den));
    }

    @Override
    public int compareTo(Frac o) {
      return num.multiply(o.den).compareTo(o.num.multiply(den));
    }
  }

  /** The interpolant through {@code (x, y)} (flat after the last point) at {@code e}, exactly. */
  static Frac value(double[] x, double[] y, double e) {
    int m = x.length - 1;
    if (e >= x[m]) {
      return Frac.of(y[m]);
    }
    int j = 0;
    while (x[j + 1] <= e) {
      j++;
    }
    // y_j + (e - x_j)(y_{j+1} - y_j)/(x_{j+1} - x_j)
    BigDecimal dx = bd(x[j + 1]).subtract(bd(x[j]));
    return new Frac(bd(y[j]).multiply(dx).add(bd(e).subtract(bd(x[j])).multiply(bd(y[j + 1]).subtract(bd(y[j])))), dx);
  }

  /** The least effort where the interpolant reaches {@code s} (exceeds it when {@code strict}); null when never. */
  static Frac inverse(double[] x, double[] y, double s, boolean strict) {
    for (int j = 0; j < x.length; j++) {
      if (y[j] > s || (y[j] == s && !strict)) {
        if (j == 0) {
          return Frac.of(0);
        }
        BigDecimal dy = bd(y[j]).subtract(bd(y[j - 1]));
        return new Frac(bd(x[j - 1]).multiply(dy).add(bd(s).subtract(bd(y[j - 1]))
            .multiply(bd(x[j]).subtract(bd(x[j - 1])))), dy);
      }
    }
    return null;
  }

  /** C1 for two tables: strictly above at every knot of both (the difference is linear between knots). */
  static Verdict c1(TabulatedCurve p, TabulatedCurve q) {
    for (double x : CurveChecks.union(p.xs(), q.xs())) {
      if (value(p.xs(), p.ys(), x).compareTo(value(q.xs(), q.ys(), x)) <= 0) {
        return Verdict.of(false);
      }
    }
    return Verdict.of(true);
  }

  /** C2 for a table: slopes nonincreasing ({@code y} is nondecreasing by input rule). */
  static Verdict c2(TabulatedCurve c) {
    double[] x = c.xs();
    double[] y = c.ys();
    for (int j = 1; j + 1 < x.length; j++) {
      Frac before = new Frac(bd(y[j]).subtract(bd(y[j - 1])), bd(x[j]).subtract(bd(x[j - 1])));
      Frac after = new Frac(bd(y[j + 1]).subtract(bd(y[j])), bd(x[j + 1]).subtract(bd(x[j])));
      if (after.compareTo(before) > 0) {
        return Verdict.of(false);
      }
    }
    return Verdict.of(true);
  }

  /** C3 for two tables: {@code D} at every knot level and just above it is nondecreasing. */
  static Verdict c3(TabulatedCurve p, TabulatedCurve q) {
    if (q.saturation() > p.saturation()) {
      // above the stronger's saturation X_p = +inf while X_q is finite: D falls to -inf
      return Verdict.of(false);
    }
    double sat = Math.min(p.saturation(), q.saturation());
    Frac prev = null;
    for (double s : CurveChecks.union(p.ys(), q.ys())) {
      for (int side = 0; side < 2 && s <= sat; side++) {
        Frac xp = inverse(p.xs(), p.ys(), s, side == 1);
        Frac xq = inverse(q.xs(), q.ys(), s, side == 1);
        if (xp == null || xq == null) {
          continue;
        }
        Frac d = xq.minus(xp);
        if (prev != null && d.compareTo(prev) < 0) {
          return Verdict.of(false);
        }
        prev = prev == null || d.compareTo(prev) > 0 ? d : prev;
      }
    }
    return Verdict.of(true);
  }

  /** Convexity of a cost given by its slopes (as given) or by a table of values (exact slopes). */
  static Verdict convex(double[] e, double[] slopesOrNull, double[] values) {
    if (slopesOrNull != null) {
      for (int j = 1; j < slopesOrNull.length; j++) {
        if (slopesOrNull[j] < slopesOrNull[j - 1]) {
          return Verdict.of(false);
        }
      }
      return Verdict.of(true);
    }
    for (int j = 1; j + 1 < e.length; j++) {
      Frac before = new Frac(bd(values[j]).subtract(bd(values[j - 1])), bd(e[j]).subtract(bd(e[j - 1])));
      Frac after = new Frac(bd(values[j + 1]).subtract(bd(values[j])), bd(e[j + 1]).subtract(bd(e[j])));
      if (after.compareTo(before) < 0) {
        return Verdict.of(false);
      }
    }
    return Verdict.of(true);
  }

  /** {@code X(s)} of a power law or exponential saturation in 100 digits: 0 at or below {@code f(0)}. */
  static BigDecimal reach(ScoreCurve c, double s) {
    if (c instanceof PowerLawCurve) {
      PowerLawCurve p = (PowerLawCurve) c;
      BigDecimal sn = bd(s).subtract(bd(p.floor())).divide(bd(p.ceiling()).subtract(bd(p.floor())), MC);
      if (sn.signum() <= 0) {
        return BigDecimal.ZERO;
      }
      BigDecimal z = BigDecimalMath.log(sn.divide(BigDecimal.ONE.subtract(sn), MC), MC);
      BigDecimal x = BigDecimalMath.exp(z.subtract(bd(p.a())).divide(bd(p.b()), MC), MC).subtract(bd(p.offset()));
      return x.max(BigDecimal.ZERO);
    }
    ExponentialSaturationCurve e = (ExponentialSaturationCurve) c;
    if (s <= e.floor()) {
      return BigDecimal.ZERO;
    }
    BigDecimal ratio = bd(e.ceiling()).subtract(bd(e.floor())).divide(bd(e.ceiling()).subtract(bd(s)), MC);
    return BigDecimalMath.log(ratio, MC).divide(bd(e.rate()), MC).max(BigDecimal.ZERO);
  }

  /** {@code D(s) = X_q(s) - X_p(s)} in 100 digits. */
  static BigDecimal effortGap(ScoreCurve p, ScoreCurve q, double s) {
    return reach(q, s).subtract(reach(p, s), MC);
  }

  /**
   * Asserts that {@code c} does not contradict {@code truth}: no "holds" the reference refutes, no "fails" it
   * confirms as holding, and "undecided" only with a bound straddling the boundary, for a value within 1e-40 of it.
   */
  static void agrees(HypothesisCheck c, Verdict truth, String what) {
    String msg = what + ": lbgame says " + c + "; 100-digit/exact reference says " + truth;
    if (c.passed()) {
      assertTrue(truth.truth != Truth.FAILS, msg);
    } else if (c.failed()) {
      assertTrue(truth.truth != Truth.HOLDS, msg);
    } else {
      // undecided: the bound straddles the boundary, and only a value too close to it for 60 digits is left open
      assertTrue(c.bound() != null && c.bound().lower() <= 0 && c.bound().upper() >= 0, msg);
      assertTrue(truth.value == null || truth.value.abs().compareTo(new BigDecimal("1e-40")) < 0, msg);
    }
  }
}
