package org.lbgame.designer;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.Map;
import java.util.RandomAccess;
import org.lbgame.model.Game;
import org.lbgame.model.PowerLawColumns;
import org.lbgame.model.PowerLawCurve;

/**
 * Every pair's {@code tau*_k} of a game of power laws on one common scale, in primitive arrays: the usual
 * pair (reward gap, a finite required effort, {@code gamma_k < 1}, the weaker model behind at zero) is
 * solved by Newton's method on {@link PowerLawPair}'s concave form, the rest by
 * {@link ContinuousThreshold}'s per-pair code, kept as objects. A list of {@link PairThreshold}s made on
 * demand, so a game of 10^6 models holds five numbers per pair.
 *
 * <p>The Newton path takes the same decisions as {@link PowerLawPair#holdSet} (the same test
 * {@code phi(log x0) >= 0} for "holds at zero"), and its root is the same root: for {@code gamma < 1},
 * {@code phi(v) = log E + v / gamma - log(e^v + d)} is increasing and concave, and
 * {@code phi <= log E + v/gamma - max(v, log d)}, so the larger root of those two lines is at or below the
 * root of {@code phi}; Newton's method from there on a concave increasing function climbs monotonically to
 * the root. It is then refined by Newton steps on {@code Delta_k(tau) - d} in {@code tau} (full relative
 * accuracy in {@code tau}, as the Brent refinement gives). A pair whose iteration does not settle goes to
 * the per-pair code.
 */
final class PowerLawThresholds extends AbstractList<PairThreshold> implements RandomAccess {
  /** The method named for the pairs solved here. */
  static final String METHOD = "closed form (SPEC section 4; Newton's method on log Delta, then in tau)";
  private static final byte ZERO = 1;
  private static final byte AT_ZERO = 2;
  private static final byte ROOT = 3;
  /** Left by the Newton path to the per-pair code ({@link #other}). */
  private static final byte OTHER = 4;
  private static final String ZERO_GAP_REASON =
      "r_{k-1} = r_k: overtaking gains nothing, so the condition c(Delta) >= 0 holds at every tau";

  private final Game game;
  private final CostLowerBound kappa;
  private final double[] gap;
  private final double[] need;
  private final double[] tauStar;
  private final byte[] kind;
  private final Map<Integer, PairThreshold> other = new HashMap<>();

  private PowerLawThresholds(Game game, CostLowerBound kappa, int pairs) {
    this.game = game;
    this.kappa = kappa;
    this.gap = new double[pairs];
    this.need = new double[pairs];
    this.tauStar = new double[pairs];
    this.kind = new byte[pairs];
  }

  /** True when every model is a power law on one common scale (floor, ceiling, offset). */
  static boolean applies(Game g) {
    if (g.powerLawColumns() != null) {
      return true;
    }
    if (!(g.curve(0) instanceof PowerLawCurve)) {
      return false;
    }
    PowerLawCurve first = (PowerLawCurve) g.curve(0);
    for (int i = 1; i < g.size(); i++) {
      if (!(g.curve(i) instanceof PowerLawCurve) || !first.sameScale((PowerLawCurve) g.curve(i))) {
        return false;
      }
    }
    return true;
  }

  /** Every pair of {@code g} (which {@link #applies}); {@code slow} solves a pair the Newton path leaves. */
  static PowerLawThresholds of(Game g, CostLowerBound kappa, java.util.function.IntFunction<PairThreshold> slow) {
    int n = g.size();
    PowerLawThresholds t = new PowerLawThresholds(g, kappa, Math.max(0, n - 1));
    // the pairs are independent: chunks of them on both cores; the pairs left over go to slow afterwards, in order
    int chunks = (n - 1 + CHUNK - 1) / CHUNK;
    java.util.stream.IntStream.range(0, chunks).parallel()
        .forEach(c -> t.solve(c * CHUNK + 1, Math.min(n, (c + 1) * CHUNK + 1)));
    for (int at = 0; at < n - 1; at++) {
      if (t.kind[at] == OTHER) {
        t.other.put(at, slow.apply(at + 1));
      }
    }
    return t;
  }

  /** Pairs per task of the parallel pass. */
  private static final int CHUNK = 1 << 14;

  /** The pairs {@code k} in {@code [from, to)} by Newton's method; those it leaves are marked {@link #OTHER}. */
  private void solve(int from, int to) {
    Game g = game;
    PowerLawColumns cols = g.powerLawColumns();
    for (int k = from; k < to; k++) {
      int at = k - 1;
      double gap = g.rewards().get(k - 1) - g.rewards().get(k);
      this.gap[at] = gap;
      if (gap <= 0) {
        kind[at] = ZERO;
        continue;
      }
      double need = g.cost().effortFor(gap / g.costScale(k));
      this.need[at] = need;
      double root;
      if (!(Double.isFinite(need) && need > 0)) {
        root = Double.NaN;
      } else if (cols != null) {
        // the columnar game's models are never made here
        root = root(cols.b(k) / cols.b(k - 1), (cols.a(k - 1) - cols.a(k)) / cols.b(k), cols.offset(), need);
      } else {
        PowerLawCurve s = (PowerLawCurve) g.curve(k - 1);
        PowerLawCurve w = (PowerLawCurve) g.curve(k);
        root = root(w.b() / s.b(), (s.a() - w.a()) / w.b(), s.offset(), need);
      }
      if (root == 0) {
        kind[at] = AT_ZERO;
      } else if (root > 0) {
        kind[at] = ROOT;
        tauStar[at] = root;
      } else {
        kind[at] = OTHER;
      }
    }
  }

  /**
   * {@code tau*} of one pair with {@code gamma < 1} and the weaker model behind at zero: 0 when the
   * condition holds at {@code tau = 0}, the root otherwise; NaN for every other case (left to the per-pair
   * code): {@code gamma >= 1}, {@code Delta0 < 0}, a root beyond the double range, or no convergence.
   */
  static double root(double gamma, double logE, double x0, double d) {
    if (!(gamma < 1) || !(gamma > 0)) {
      return Double.NaN;
    }
    double v0 = Math.log(x0);
    if (Math.exp(logE + v0 / gamma) - x0 < 0) {
      return Double.NaN;
    }
    double ld = Math.log(d);
    if (phi(logE, gamma, ld, v0) >= 0) {
      return 0;
    }
    double inv = 1 / gamma;
    double v = Math.max(v0, Math.max(-logE / (inv - 1), gamma * (ld - logE)));
    boolean settled = false;
    for (int it = 0; it < 200 && !settled; it++) {
      double f = phi(logE, gamma, ld, v);
      if (f >= 0) {
        // at the root up to rounding: Newton from the left does not pass it in exact arithmetic
        settled = true;
        break;
      }
      double next = v - f / (inv - 1 / (1 + Math.exp(ld - v)));
      if (!Double.isFinite(next)) {
        return Double.NaN;
      }
      settled = next - v <= 1e-15 * Math.max(1, Math.abs(v));
      v = Math.max(v, next);
    }
    if (!settled || v > PowerLawPair.MAX_LOG - 1) {
      return Double.NaN;
    }
    double t = Math.exp(v) - x0;
    double step = Double.POSITIVE_INFINITY;
    for (int it = 0; it < 30 && t > 0; it++) {
      double u = x0 + t;
      double eu = Math.exp(logE + Math.log(u) * inv);
      double slope = inv * eu / u - 1;
      double next = (eu - u - d) / slope;
      if (!(slope > 0) || !Double.isFinite(next)) {
        return Double.NaN;
      }
      if (Math.abs(next) >= Math.abs(step) && Math.abs(step) <= 1e-11 * t) {
        // the evaluation's rounding now moves t more than Newton does: t is the root to that accuracy
        return t;
      }
      step = next;
      t -= step;
      if (Math.abs(step) <= 1e-15 * Math.abs(t)) {
        return t > 0 ? t : Double.NaN;
      }
    }
    return t > 0 && Math.abs(step) <= 1e-11 * t ? t : Double.NaN;
  }

  /** {@code phi(v) = log E + v / gamma - log(e^v + d)}, as {@link PowerLawPair#holdSet} evaluates it. */
  private static double phi(double logE, double gamma, double ld, double v) {
    double m = Math.max(v, ld);
    return logE + v / gamma - (m + Math.log1p(Math.exp(-Math.abs(v - ld))));
  }

  @Override
  public int size() {
    return kind.length;
  }

  /** The pair {@code k = at + 1}. */
  @Override
  public PairThreshold get(int at) {
    PairThreshold o = slowPair(at);
    if (o != null) {
      return o;
    }
    int k = at + 1;
    PowerLawPair p = PowerLawPair.of((PowerLawCurve) game.curve(k - 1), (PowerLawCurve) game.curve(k));
    switch (kind[at]) {
      case ZERO:
        return new PairThreshold(k, gap[at], 0, 0, Double.POSITIVE_INFINITY, PairStatus.ZERO_GAP, "definition", true,
            ZERO_GAP_REASON, Double.NaN, prop56(p, k, gap[at], 0));
      case AT_ZERO:
        return new PairThreshold(k, gap[at], need[at], 0, Double.POSITIVE_INFINITY, PairStatus.HOLDS_AT_ZERO, METHOD,
            true, "", Double.NaN, prop56(p, k, gap[at], 0));
      default:
        return new PairThreshold(k, gap[at], need[at], tauStar[at], Double.POSITIVE_INFINITY, PairStatus.ROOT,
            METHOD, true, "", Double.NaN, prop56(p, k, gap[at], tauStar[at]));
    }
  }

  /** {@code tau*_k} of the pair at {@code at} without making its object (NaN when not finite). */
  double tauStar(int at) {
    PairThreshold o = slowPair(at);
    if (o != null) {
      return o.tauStar();
    }
    return kind[at] == ROOT ? tauStar[at] : 0;
  }

  /** Its status without making its object. */
  PairStatus status(int at) {
    PairThreshold o = slowPair(at);
    if (o != null) {
      return o.status();
    }
    return kind[at] == ZERO ? PairStatus.ZERO_GAP : kind[at] == AT_ZERO ? PairStatus.HOLDS_AT_ZERO : PairStatus.ROOT;
  }

  /** The end of its holding interval without making its object. */
  double holdsUntil(int at) {
    PairThreshold o = slowPair(at);
    return o != null ? o.holdsUntil() : Double.POSITIVE_INFINITY;
  }

  /** The per-pair code's answer for the pair at {@code at}, or null (no boxed key for the usual pairs). */
  private PairThreshold slowPair(int at) {
    return kind[at] == OTHER ? other.get(at) : null;
  }

  /** The pairs solved by the per-pair code (the unusual ones). */
  Map<Integer, PairThreshold> unusual() {
    return other;
  }

  private Prop56 prop56(PowerLawPair p, int k, double gap, double exact) {
    double kap = kappa.kappa();
    double lambda = game.costScale(k);
    double big = kap > 0 ? gap / (lambda * kap) : Double.POSITIVE_INFINITY;
    return new Prop56(p.gamma(), p.delta0(), kap, big, exact);
  }
}
