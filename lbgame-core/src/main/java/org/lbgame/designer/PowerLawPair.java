package org.lbgame.designer;

import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.lbgame.model.PowerLawCurve;

/**
 * The closed form of SPEC section 4 for one adjacent pair on a common scale (floor, ceiling, offset
 * {@code x0}): with {@code u = x0 + tau}, {@code Delta_k(tau) = max(0, E_k u^(1/gamma_k) - u)},
 * {@code E_k = exp((a_{k-1} - a_k)/b_k)}, {@code gamma_k = b_k / b_{k-1}}; for {@code x0 = 1} this is
 * SPEC's {@code (1 + Delta0_k)(1 + tau)^(1/gamma_k) - (1 + tau)}.
 */
public final class PowerLawPair {
  /** Relative accuracy of the roots (Brent, Commons Math). */
  public static final double RELATIVE_ACCURACY = 1e-13;
  /** Largest natural logarithm of {@code u} that converts to a finite double. */
  static final double MAX_LOG = Math.log(Double.MAX_VALUE);

  private final double gamma;
  private final double logE;
  private final double x0;

  private PowerLawPair(double gamma, double logE, double x0) {
    this.gamma = gamma;
    this.logE = logE;
    this.x0 = x0;
  }

  /** The pair (stronger, weaker) of curves on a common scale. */
  public static PowerLawPair of(PowerLawCurve stronger, PowerLawCurve weaker) {
    if (!stronger.sameScale(weaker)) {
      throw new IllegalArgumentException("the closed form needs a common floor, ceiling and offset");
    }
    return of(stronger.a(), stronger.b(), weaker.a(), weaker.b(), stronger.offset());
  }

  /** The pair from its parameters: stronger {@code (a_{k-1}, b_{k-1})}, weaker {@code (a_k, b_k)}, offset {@code x0}. */
  public static PowerLawPair of(double aStrong, double bStrong, double aWeak, double bWeak, double x0) {
    return new PowerLawPair(bWeak / bStrong, (aStrong - aWeak) / bWeak, x0);
  }

  /** {@code gamma_k = b_k / b_{k-1}}, the learning-rate ratio. */
  public double gamma() {
    return gamma;
  }

  /** {@code log E_k = (a_{k-1} - a_k) / b_k}. */
  public double logE() {
    return logE;
  }

  /** {@code Delta0_k = h(x0)}, the catch-up difficulty at {@code tau = 0} (negative when the weaker model starts ahead). */
  public double delta0() {
    return h(x0);
  }

  /** The unclamped {@code h(u) = E u^(1/gamma) - u}. */
  double h(double u) {
    return Math.exp(logE + Math.log(u) / gamma) - u;
  }

  /** {@code Delta_k(tau)} by the closed form. */
  public double delta(double tau) {
    return Math.max(0, h(x0 + tau));
  }

  /** True when {@code Delta_k(tau)} is nondecreasing in {@code tau} (exactly when {@code gamma_k <= 1}). */
  public boolean monotone() {
    return gamma <= 1;
  }

  /**
   * The set of {@code tau >= 0} with {@code Delta_k(tau) >= d} for a required effort {@code d > 0}:
   * an interval {@code [lo, hi]} ({@code hi = +inf} when it is an up-set), empty with the bound and the
   * reason, or a finite root beyond the double range (its {@code log10}). Solved in {@code v = log u},
   * where {@code phi(v) = log E + v / gamma - log(e^v + d)} is concave ({@code Delta >= d} iff
   * {@code phi >= 0}), so nothing overflows; roots are then refined in {@code tau} itself.
   */
  Hold holdSet(double d) {
    double v0 = Math.log(x0);
    double ld = Math.log(d);
    if (gamma == 1) {
      double em1 = Math.expm1(logE);
      if (!(em1 > 0)) {
        return Hold.bounded(0, "gamma_k = 1 and E = exp((a_{k-1} - a_k)/b_k) = " + Math.exp(logE) + " <= 1: Delta_k(tau)"
            + " = max(0, (E - 1)(x0 + tau)) = 0 for every tau (the weaker model scores at least as high at every"
            + " common effort)");
      }
      double u = d / em1;
      if (u <= x0) {
        return Hold.interval(0, Double.POSITIVE_INFINITY);
      }
      if (Double.isInfinite(u) || u > Double.MAX_VALUE / 2) {
        return Hold.beyond((ld - Math.log(em1)) / Math.log(10));
      }
      return Hold.interval(u - x0, Double.POSITIVE_INFINITY);
    }
    UnivariateFunction phi = v -> logE + v / gamma - logAddExp(v, ld);
    if (gamma < 1) {
      // phi is increasing: one crossing
      if (phi.value(v0) >= 0) {
        return Hold.interval(0, Double.POSITIVE_INFINITY);
      }
      double vHi = Math.max(v0, (Math.log1p(d / x0) - logE) / (1 / gamma - 1)) + 1e-9;
      while (phi.value(vHi) < 0) {
        vHi += Math.max(1, Math.abs(vHi));
      }
      double lo = tauRoot(phi, v0, vHi, d);
      if (Double.isNaN(lo)) {
        return Hold.beyond(solve(phi, v0, vHi) / Math.log(10));
      }
      return Hold.interval(lo, Double.POSITIVE_INFINITY);
    }
    // gamma > 1: phi rises to its maximum at e^v = d / (gamma - 1), then falls to -inf
    double vPeak = Math.max(v0, ld - Math.log(gamma - 1));
    if (phi.value(vPeak) < 0) {
      double logUm = (gamma / (1 - gamma)) * (Math.log(gamma) - logE);
      double sup = logUm > v0 ? (gamma - 1) * Math.exp(logUm) : Math.max(0, h(x0));
      return Hold.bounded(sup, "gamma_k = " + gamma + " > 1 (the weaker model learns faster): Delta_k(tau) rises to at"
          + " most " + sup + (logUm > v0 ? " (at tau = " + (Math.exp(logUm) - x0) + ")" : " (at tau = 0)")
          + " and then falls to 0, below the required effort " + d);
    }
    double lo = phi.value(v0) >= 0 ? 0 : tauRoot(phi, v0, vPeak, d);
    if (Double.isNaN(lo)) {
      return Hold.beyond(solve(phi, v0, vPeak) / Math.log(10));
    }
    double vEnd = Math.max(vPeak, logE / (1 - 1 / gamma)) + 1;
    while (phi.value(vEnd) >= 0) {
      vEnd += Math.max(1, Math.abs(vEnd));
    }
    double hi = tauRoot(phi, vPeak, vEnd, d);
    return Hold.interval(lo, Double.isNaN(hi) ? Double.POSITIVE_INFINITY : hi);
  }

  /** {@code log(e^a + e^b)} without overflow. */
  private static double logAddExp(double a, double b) {
    double m = Math.max(a, b);
    return m + Math.log1p(Math.exp(-Math.abs(a - b)));
  }

  /**
   * The crossing of {@code phi} in {@code [va, vb]} as a level {@code tau}: located in {@code v}, then
   * refined on {@code Delta_k(tau) - d} in {@code tau} (for full relative accuracy in {@code tau});
   * NaN when {@code x0 + tau} is beyond the double range.
   */
  private double tauRoot(UnivariateFunction phi, double va, double vb, double d) {
    double v = solve(phi, va, vb);
    if (v > MAX_LOG - 1) {
      return Double.NaN;
    }
    UnivariateFunction f = t -> h(x0 + t) - d;
    double guess = Math.max(0, Math.exp(v) - x0);
    double w = 1e-6 * Math.max(1, Math.abs(v));
    double a = Math.max(0, Math.exp(Math.max(va, v - w)) - x0);
    double b = Math.exp(Math.min(vb, v + w)) - x0;
    double fa = f.value(a);
    double fb = f.value(b);
    if (!(fa * fb <= 0) || !(b > a)) {
      return guess;
    }
    return solve(f, a, b);
  }

  /** Brent's method (Commons Math) on a sign-changing bracket, to {@link #RELATIVE_ACCURACY}. */
  static double solve(UnivariateFunction f, double lo, double hi) {
    double flo = f.value(lo);
    double fhi = f.value(hi);
    if (flo == 0) {
      return lo;
    }
    if (fhi == 0) {
      return hi;
    }
    BrentSolver s = new BrentSolver(RELATIVE_ACCURACY, Double.MIN_NORMAL);
    return s.solve(100_000, f, lo, hi);
  }

  /** A hold set: an interval, empty with a bound and reason, or a finite root beyond doubles. */
  static final class Hold {
    final double lo;
    final double hi;
    final double bound;
    final String reason;
    final double log10Root;

    private Hold(double lo, double hi, double bound, String reason, double log10Root) {
      this.lo = lo;
      this.hi = hi;
      this.bound = bound;
      this.reason = reason;
      this.log10Root = log10Root;
    }

    static Hold interval(double lo, double hi) {
      return new Hold(lo, hi, Double.NaN, null, Double.NaN);
    }

    static Hold bounded(double bound, String reason) {
      return new Hold(Double.NaN, Double.NaN, bound, reason, Double.NaN);
    }

    static Hold beyond(double log10) {
      return new Hold(Double.NaN, Double.NaN, Double.NaN, null, log10);
    }

    boolean empty() {
      return Double.isNaN(lo);
    }
  }
}
