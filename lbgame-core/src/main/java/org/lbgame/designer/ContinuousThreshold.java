package org.lbgame.designer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoublePredicate;
import org.lbgame.model.ExponentialSaturationCurve;
import org.lbgame.model.Game;
import org.lbgame.model.Hypotheses;
import org.lbgame.model.Hypothesis;
import org.lbgame.model.PowerLawCurve;
import org.lbgame.model.ScoreCurve;
import org.lbgame.model.ValidationReport;
import org.lbgame.solve.Overtake;
import org.lbgame.solve.PairCheck;
import org.lbgame.solve.Status;

/**
 * The stabilizing threshold in the continuous game (SPEC section 2, Definition 5.4): per pair the
 * least {@code tau} with {@code lambda_k c(Delta_k(tau)) >= r_{k-1} - r_k}, and
 * {@code tau* = max_k tau*_k}. Power-law pairs on a common scale use the closed form (Brent's method
 * on SPEC's formula); other pairs bisect on the solver's {@code Delta_k(tau)} where Lemma 5.2's
 * hypotheses hold, and scan a grid (saying so) where they do not. Linear in the number of models.
 */
public final class ContinuousThreshold {
  /** Largest {@code tau} the generic search tries before saying "not found". */
  public static final double SEARCH_LIMIT = 1e15;
  /** Largest {@code tau} searched, in high precision, when a closed-form tail shows {@code Delta_k} unbounded. */
  public static final double BEYOND_LIMIT = 1e300;
  /** Grid points per decade of the fallback scan. */
  public static final int SCAN_PER_DECADE = 64;
  /** Decades below the scan's upper end covered by the fallback scan. */
  public static final int SCAN_DECADES = 12;

  private ContinuousThreshold() {
  }

  /** {@code tau*} and every {@code tau*_k} of {@code g}, with Prop 5.6 beside power-law pairs and the certificate. */
  public static ThresholdResult of(Game g) {
    return of(g, true);
  }

  /**
   * As {@link #of(Game)}; {@code certify = false} skips the certificate (which re-solves the game at
   * {@code tau*} and just below it), e.g. for benchmarks on very many models.
   */
  public static ThresholdResult of(Game g, boolean certify) {
    int n = g.size();
    Context ctx = new Context(g);
    List<PairThreshold> pairs;
    if (PowerLawThresholds.applies(g)) {
      // primitive arrays and Newton's method for the usual pairs, this class's code for the rest
      pairs = PowerLawThresholds.of(g, ctx.kappa, k -> pair(ctx, k));
    } else {
      pairs = new ArrayList<>(Math.max(0, n - 1));
      for (int k = 1; k < n; k++) {
        pairs.add(pair(ctx, k));
      }
    }
    ThresholdResult r = ThresholdResult.combine(g, pairs, ctx.kappa);
    return certify ? r.withCertificate(TauStarCertificate.continuous(g, r)) : r;
  }

  /** Every pair by the per-pair code (Brent's method for power laws), the reference of the Newton path. */
  static List<PairThreshold> perPair(Game g) {
    Context ctx = new Context(g);
    List<PairThreshold> pairs = new ArrayList<>();
    for (int k = 1; k < g.size(); k++) {
      pairs.add(pair(ctx, k));
    }
    return pairs;
  }

  /** Lazily computed shared state: the cost's linear bound and, for generic pairs, the hypothesis report. */
  private static final class Context {
    final Game g;
    final CostLowerBound kappa;
    ValidationReport report;

    Context(Game g) {
      this.g = g;
      this.kappa = CostLowerBound.of(g.cost());
    }

    ValidationReport report() {
      if (report == null) {
        report = Hypotheses.check(g);
      }
      return report;
    }
  }

  /** The threshold of pair {@code k}. */
  static PairThreshold pair(Context ctx, int k) {
    Game g = ctx.g;
    double gap = g.rewards().get(k - 1) - g.rewards().get(k);
    ScoreCurve s = g.curve(k - 1);
    ScoreCurve w = g.curve(k);
    boolean closed = s instanceof PowerLawCurve && w instanceof PowerLawCurve
        && ((PowerLawCurve) s).sameScale((PowerLawCurve) w);
    PowerLawPair p = closed ? PowerLawPair.of((PowerLawCurve) s, (PowerLawCurve) w) : null;
    if (gap <= 0) {
      return new PairThreshold(k, gap, 0, 0, Double.POSITIVE_INFINITY, PairStatus.ZERO_GAP, "definition", true,
          "r_{k-1} = r_k: overtaking gains nothing, so the condition c(Delta) >= 0 holds at every tau",
          Double.NaN, prop56(ctx, p, k, gap, 0));
    }
    double need = g.cost().effortFor(gap / g.costScale(k));
    if (closed) {
      return closedForm(ctx, p, k, gap, need);
    }
    if (s instanceof ExponentialSaturationCurve && w instanceof ExponentialSaturationCurve
        && ((ExponentialSaturationCurve) s).ceiling() == ((ExponentialSaturationCurve) w).ceiling()
        && Double.isFinite(need)) {
      return exponential(k, gap, need, ExponentialPair.of((ExponentialSaturationCurve) s, (ExponentialSaturationCurve) w));
    }
    return generic(ctx, k, gap, need, s, w);
  }

  private static PairThreshold closedForm(Context ctx, PowerLawPair p, int k, double gap, double need) {
    String method = "closed form (SPEC section 4; Brent's method, Commons Math)";
    if (Double.isInfinite(need)) {
      return new PairThreshold(k, gap, need, Double.NaN, Double.NaN, PairStatus.NO_FINITE, method, p.monotone(),
          "the cost never reaches the reward gap " + gap + " (c is bounded below it), while Delta_k(tau) is finite at"
              + " every tau (common ceiling: the weaker model can always overtake)", Double.NaN,
          prop56(ctx, p, k, gap, Double.NaN));
    }
    PowerLawPair.Hold h = p.holdSet(need);
    if (!Double.isNaN(h.log10Root)) {
      return new PairThreshold(k, gap, need, Double.NaN, Double.POSITIVE_INFINITY, PairStatus.BEYOND_RANGE, method,
          true, "gamma_k = " + p.gamma() + " is so close to 1 that tau*_k = 10^" + h.log10Root
              + " is beyond the double range: finite in theory, no stabilization in practice", h.log10Root,
          prop56(ctx, p, k, gap, Double.POSITIVE_INFINITY));
    }
    if (h.empty()) {
      String why = h.reason;
      if (p.logE() < 0) {
        why += "; the intercept decreases with capability here (a_{k-1} < a_k)";
      }
      return new PairThreshold(k, gap, need, Double.NaN, Double.NaN, PairStatus.NO_FINITE, method, p.monotone(),
          "Delta_k(tau) is bounded: " + why, Double.NaN, prop56(ctx, p, k, gap, Double.NaN));
    }
    String reason = "";
    if (!p.monotone()) {
      reason = "gamma_k = " + p.gamma() + " > 1: Delta_k(tau) is not monotone (Lemma 5.2's C3 fails for this pair); the"
          + " condition holds only on [" + h.lo + ", " + h.hi + "]";
    } else if (p.delta0() < 0) {
      reason = "the weaker model starts ahead (Delta0_k < 0: C1 fails at tau = 0), but it learns slower, so Delta_k"
          + " grows from 0";
    }
    return new PairThreshold(k, gap, need, h.lo, h.hi, h.lo == 0 ? PairStatus.HOLDS_AT_ZERO : PairStatus.ROOT, method,
        p.monotone(), reason, Double.NaN, prop56(ctx, p, k, gap, h.lo));
  }

  private static PairThreshold exponential(int k, double gap, double need, ExponentialPair e) {
    String method = "closed form (exponential saturation, common ceiling: Delta_k linear in tau)";
    PowerLawPair.Hold h = e.holdSet(need);
    boolean mono = e.slope() >= 0;
    if (h.empty()) {
      return new PairThreshold(k, gap, need, Double.NaN, Double.NaN, PairStatus.NO_FINITE, method, mono,
          "Delta_k(tau) is bounded: " + h.reason, Double.NaN, null);
    }
    String reason = Double.isFinite(h.hi) ? "the weaker model learns faster (sigma = " + e.slope() + " < 0): the"
        + " condition holds only on [" + h.lo + ", " + h.hi + "]" : "";
    return new PairThreshold(k, gap, need, h.lo, h.hi, h.lo == 0 ? PairStatus.HOLDS_AT_ZERO : PairStatus.ROOT, method,
        mono, reason, Double.NaN, null);
  }

  private static Prop56 prop56(Context ctx, PowerLawPair p, int k, double gap, double exact) {
    if (p == null) {
      return null;
    }
    double kappa = ctx.kappa.kappa();
    double lambda = ctx.g.costScale(k);
    double big = kappa > 0 ? gap / (lambda * kappa) : Double.POSITIVE_INFINITY;
    return new Prop56(p.gamma(), p.delta0(), kappa, big, exact);
  }

  private static PairThreshold generic(Context ctx, int k, double gap, double need, ScoreCurve s, ScoreCurve w) {
    Game g = ctx.g;
    // the condition as proved enclosures decide it; "undecided" (a margin within precision of 0) counts as holding
    // here, and the certificate then decides whether the candidate stands
    DoublePredicate holds = tau -> PairCheck.of(g, tau, k).status() != Status.FAILS;
    PowerLawTail tail = PowerLawTail.of(s, w);
    ValidationReport rep = ctx.report();
    boolean lemma = rep.holds(Hypothesis.C1) && rep.holds(Hypothesis.C2) && rep.holds(Hypothesis.C3);
    String bisect = "bisection on the solver's Delta_k(tau) (Lemma 5.2: C1-C3 hold, so it is nondecreasing)";
    if (holds.test(0)) {
      return new PairThreshold(k, gap, need, 0, Double.POSITIVE_INFINITY, PairStatus.HOLDS_AT_ZERO,
          "direct check at tau = 0", lemma, lemma ? "" : "Lemma 5.2's hypotheses fail: it may fail again at larger tau",
          Double.NaN, null);
    }
    double fs = s.saturation();
    double fw = w.saturation();
    double hi;
    if (fw < fs) {
      // once the stronger model's baseline reaches the weaker one's ceiling, Delta_k = +inf
      hi = s.reach(fw);
      if (Double.isInfinite(need)) {
        return new PairThreshold(k, gap, need, hi, Double.POSITIVE_INFINITY, PairStatus.SATURATION,
            "the stronger model's reach inverse at the weaker model's ceiling", true,
            "the cost never covers the gap, but from tau = X_{k-1}(fbar_k) on model k can never overtake", Double.NaN,
            null);
      }
    } else if (tail != null && tail.kind == PowerLawTail.Kind.CONSTANT) {
      return new PairThreshold(k, gap, need, Double.NaN, Double.NaN, PairStatus.NO_FINITE, "closed form (power laws"
          + " differing only by their offsets)", true, "Delta_k(tau) is bounded: " + tail.reason + ", and the condition"
          + " fails at tau = 0 (proved in interval arithmetic), so it fails at every tau", Double.NaN, null);
    } else if (Double.isInfinite(need)) {
      return new PairThreshold(k, gap, need, Double.NaN, Double.NaN, PairStatus.NO_FINITE, "saturation levels", lemma,
          "the cost never reaches the reward gap, and Delta_k(tau) stays finite (fbar_k = " + fw + " >= fbar_{k-1} = "
              + fs + ")", Double.NaN, null);
    } else if (fw > fs) {
      double bound = w.exceed(fs);
      if (need > bound) {
        return new PairThreshold(k, gap, need, Double.NaN, Double.NaN, PairStatus.NO_FINITE, "saturation levels",
            false, "Delta_k(tau) <= " + bound + " < required effort " + need + ": the weaker model saturates higher"
                + " (fbar_k = " + fw + " > fbar_{k-1} = " + fs + ", Prop 5.1 fails)", Double.NaN, null);
      }
      return scan(holds, k, gap, need, Math.max(1, bound), "the weaker model saturates higher (Prop 5.1 fails)");
    } else {
      hi = 1;
      while (hi <= SEARCH_LIMIT && !holds.test(hi)) {
        hi *= 2;
      }
      if (hi > SEARCH_LIMIT && tail != null && tail.kind == PowerLawTail.Kind.UNBOUNDED && lemma) {
        // Delta_k grows without bound: the root exists; search on in high precision (the enclosures refine themselves)
        while (hi <= BEYOND_LIMIT && !holds.test(hi)) {
          hi *= 2;
        }
        if (hi <= BEYOND_LIMIT) {
          double t = leastHolding(holds, hi / 2, hi);
          return new PairThreshold(k, gap, need, t, Double.POSITIVE_INFINITY, PairStatus.ROOT, bisect + "; beyond "
              + SEARCH_LIMIT + " in " + org.lbgame.model.BigInterval.DIGITS + "-digit intervals", true, tail.reason,
              Double.NaN, null);
        }
      }
      if (hi > SEARCH_LIMIT) {
        if (!lemma) {
          return scan(holds, k, gap, need, SEARCH_LIMIT, "Lemma 5.2's hypotheses fail");
        }
        return new PairThreshold(k, gap, need, Double.NaN, Double.NaN, PairStatus.NOT_FOUND, bisect, lemma,
            "no tau up to " + SEARCH_LIMIT + " satisfies the condition (Delta_k(" + SEARCH_LIMIT + ") = "
                + Overtake.justOvertakeEffort(g, SEARCH_LIMIT, k) + " < required " + need
                + "): " + (tail == null ? "Delta_k looks bounded; existence beyond is not decided"
                    : tail.kind == PowerLawTail.Kind.VANISHING ? "beyond, " + tail.reason + ", so the condition keeps"
                    + " failing far out; whether it holds somewhere beyond " + SEARCH_LIMIT + " is not decided"
                    : tail.reason + "; existence beyond is not decided"), Double.NaN, null);
      }
    }
    // the saturation bracket is a computed inverse: nudge it up if rounding left it just short
    for (int i = 0; i < 64 && !holds.test(hi); i++) {
      hi = hi * (1 + 1e-12) + Double.MIN_NORMAL;
    }
    if (!lemma) {
      return scan(holds, k, gap, need, hi, "Lemma 5.2's hypotheses (C1-C3) fail: " + failed(rep));
    }
    double t = leastHolding(holds, 0, hi);
    return new PairThreshold(k, gap, need, t, Double.POSITIVE_INFINITY, PairStatus.ROOT, bisect, true, "", Double.NaN,
        null);
  }

  private static String failed(ValidationReport rep) {
    StringBuilder b = new StringBuilder();
    for (Hypothesis h : new Hypothesis[] {Hypothesis.C1, Hypothesis.C2, Hypothesis.C3}) {
      if (!rep.holds(h)) {
        b.append(b.length() == 0 ? "" : ", ").append(h.label());
      }
    }
    return b.toString();
  }

  /** Bisection for the least holding {@code tau} in {@code (lo, hi]} ({@code lo} fails, {@code hi} holds), to 1e-12 relative. */
  static double leastHolding(DoublePredicate holds, double lo, double hi) {
    for (int i = 0; i < 4000 && hi - lo > 1e-12 * hi && hi - lo > Double.MIN_NORMAL; i++) {
      double mid = lo + (hi - lo) / 2;
      if (mid <= lo || mid >= hi) {
        break;
      }
      if (holds.test(mid)) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return hi;
  }

  /** The fallback when monotonicity is not guaranteed: a log grid on {@code [0, top]}, then bisection at the first crossing. */
  private static PairThreshold scan(DoublePredicate holds, int k, double gap, double need, double top, String why) {
    double[] grid = grid(top);
    int first = -1;
    for (int j = 0; j < grid.length; j++) {
      if (holds.test(grid[j])) {
        first = j;
        break;
      }
    }
    String method = "scan of " + grid.length + " grid points on [0, " + top + "] (" + SCAN_PER_DECADE
        + " per decade), then bisection";
    if (first < 0) {
      return new PairThreshold(k, gap, need, Double.NaN, Double.NaN, PairStatus.NOT_FOUND, method, false,
          why + "; no grid point up to " + top + " satisfies the condition", Double.NaN, null);
    }
    double t = first == 0 ? 0 : leastHolding(holds, grid[first - 1], grid[first]);
    double until = Double.POSITIVE_INFINITY;
    for (int j = first + 1; j < grid.length; j++) {
      if (!holds.test(grid[j])) {
        until = grid[j];
        break;
      }
    }
    return new PairThreshold(k, gap, need, t, until, t == 0 ? PairStatus.HOLDS_AT_ZERO : PairStatus.ROOT, method, false,
        why + ": monotonicity is not guaranteed, so the grid was scanned (an interval where the condition holds"
            + " between two grid points would be missed)" + (Double.isInfinite(until) ? ""
                : "; the condition fails again at the grid point " + until), Double.NaN, null);
  }

  /** 0, then {@code top * 10^(-j / SCAN_PER_DECADE)} increasing up to {@code top}. */
  static double[] grid(double top) {
    int m = SCAN_PER_DECADE * SCAN_DECADES;
    double[] g = new double[m + 2];
    for (int j = 0; j <= m; j++) {
      g[j + 1] = top * Math.pow(10, -(double) (m - j) / SCAN_PER_DECADE);
    }
    g[m + 1] = top;
    return g;
  }
}
