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
   * {@code {lo, hi}} ({@code hi = +inf} when it is an up-set), or null when it is empty (with
   * {@code log10(tau*)} in {@code {NaN, NaN, log10}} form when the root is finite but beyond doubles).
   */
  Hold holdSet(double d) {
    double u0 = x0;
    if (h(u0) >= d) {
      if (gamma <= 1) {
        return Hold.interval(0, Double.POSITIVE_INFINITY);
      }
      return Hold.interval(0, upperRoot(d, u0));
    }
    if (gamma == 1) {
      double e = Math.exp(logE);
      if (!(e > 1)) {
        return Hold.bounded(0, "gamma = 1 and E = exp((a_{k-1} - a_k)/b_k) = " + e + " <= 1: Delta_k(tau) = max(0, (E - 1)"
            + "(x0 + tau)) = 0 for every tau (the weaker model scores at least as high at every common effort)");
      }
      return Hold.interval(Math.max(0, d / (e - 1) - x0), Double.POSITIVE_INFINITY);
    }
    if (gamma < 1) {
      double inv = 1 / gamma - 1;
      double vHi = Math.max(Math.log(u0), (Math.log1p(d / u0) - logE) / inv) + 1e-9;
      UnivariateFunction phi = v -> logE + v * inv - Math.log1p(d * Math.exp(-v));
      double vLo = Math.log(u0);
      while (phi.value(vHi) < 0) {
        vHi += Math.max(1, Math.abs(vHi));
      }
      if (vHi > MAX_LOG - 1) {
        // the root may be beyond doubles: locate it in v = log(x0 + tau) first
        double v = solve(phi, vLo, vHi);
        if (v > MAX_LOG - 1) {
          return Hold.beyond(v / Math.log(10));
        }
        vHi = Math.min(vHi, v + 1e-6 * Math.max(1, v));
      }
      double tauHi = Math.exp(vHi) - x0;
      UnivariateFunction f = t -> h(x0 + t) - d;
      while (f.value(tauHi) < 0) {
        tauHi *= 2;
      }
      return Hold.interval(solve(f, 0, tauHi), Double.POSITIVE_INFINITY);
    }
    // gamma > 1: h is concave, rises to its maximum at u_m, then falls to -inf
    double logUm = (gamma / (1 - gamma)) * (Math.log(gamma) - logE);
    double um = Math.exp(logUm);
    double peak = um > u0 ? h(um) : h(u0);
    if (!(peak >= d)) {
      return Hold.bounded(Math.max(0, peak), "gamma_k = " + gamma + " > 1 (the weaker model learns faster): Delta_k(tau)"
          + " rises to at most " + Math.max(0, peak) + (um > u0 ? " (at tau = " + (um - x0) + ")" : " (at tau = 0)")
          + " and then falls to 0, below the required effort " + d);
    }
    UnivariateFunction f = t -> h(x0 + t) - d;
    double lo = solve(f, 0, um - x0);
    return Hold.interval(lo, upperRoot(d, um));
  }

  /** For {@code gamma > 1}: the tau beyond {@code u >= from} where {@code h} falls back below {@code d}. */
  private double upperRoot(double d, double from) {
    UnivariateFunction f = t -> h(x0 + t) - d;
    double a = Math.max(0, from - x0);
    double b = Math.max(1, 2 * a);
    while (f.value(b) >= 0) {
      b *= 2;
      if (Double.isInfinite(b)) {
        return Double.POSITIVE_INFINITY;
      }
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
