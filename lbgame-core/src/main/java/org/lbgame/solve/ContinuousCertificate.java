package org.lbgame.solve;

import org.lbgame.model.BigInterval;
import org.lbgame.model.ExponentialSaturationCurve;
import org.lbgame.model.Game;
import org.lbgame.model.Interval;
import org.lbgame.model.Real;
import org.lbgame.model.ScoreCurve;
import org.lbgame.model.TieRule;

/**
 * A small checker of continuous-mode certificates that does not reuse the solver's overtaking code:
 * it evaluates the curves by their defining formulas ({@code ScoreCurve.value}) in double intervals
 * and, where those do not decide, in {@link #DIGITS}-digit intervals, never the gaps, latents or
 * inverses the solver uses (exponential saturation far out, where {@code e^{-k x}} is beyond any decimal
 * precision, is compared by its own {@code log(U - f)}; power laws with one floor and ceiling far below the
 * ceiling, where {@code f - L} underflows, by {@code log(f - L) = log(U - L) + log sigmoid(z)}). Above
 * {@link #INDEXED_ABOVE} models ranks are counted on the checker's own sorted index ({@link CheckerIndex}).
 * "Accepted" means the inequalities hold for the real curves; when even {@link #DIGITS} digits do not decide
 * one, the checker rejects rather than guesses.
 */
public final class ContinuousCertificate {
  /** Significant digits of the checker's high-precision re-evaluation (at least 50). */
  public static final int DIGITS = Math.max(50, BigInterval.DIGITS);
  /** How the checker evaluates, for reports. */
  public static final String BASIS = "curve values by their defining formulas (for power laws with one floor and"
      + " ceiling also log(f - L), where f - L underflows), double intervals then " + DIGITS + "-digit intervals";

  /** Above this many models the checker ranks by its own sorted index ({@link CheckerIndex}), not model by model. */
  static final int INDEXED_ABOVE = 64;

  private ContinuousCertificate() {
  }

  /** Accepts iff the profitable deviation's witness reaches the claimed rank and strictly pays, both proved. */
  public static boolean checkDeviation(Game g, double tau, Deviation d) {
    return checkDeviation(g, tau, d, null);
  }

  /** As {@link #checkDeviation(Game, double, Deviation)}, with the checker's index of the game at tau (or null). */
  static boolean checkDeviation(Game g, double tau, Deviation d, CheckerIndex index) {
    double w = d.witness();
    if (!(w >= 0) || Double.isInfinite(w)) {
      return false;
    }
    return checkDeviation(g, tau, d.model(), w, d.toRank(), index);
  }

  /** Accepts iff model {@code i} playing extra effort {@code w} from all-zero reaches {@code toRank} and strictly gains. */
  public static boolean checkDeviation(Game g, double tau, int i, double w, int toRank) {
    return checkDeviation(g, tau, i, w, toRank, null);
  }

  private static boolean checkDeviation(Game g, double tau, int i, double w, int toRank, CheckerIndex built) {
    CheckerIndex index = built != null ? built : g.size() > INDEXED_ABOVE ? CheckerIndex.of(g, tau) : null;
    int from = index != null ? index.rank(i, 0) : rankByValue(g, tau, i, 0);
    int to = index != null ? index.rank(i, w) : rankByValue(g, tau, i, w);
    if (from < 0 || to != toRank) {
      return false;
    }
    return gain(g, i, w, to, from, Interval.of(0)) > 0
        || gain(g, i, w, to, from, BigInterval.of(0, DIGITS)) > 0;
  }

  private static <T extends Real<T>> int gain(Game g, int i, double w, int to, int from, T p) {
    T lam = p.constant(g.costScale(i));
    T after = p.constant(g.rewards().get(to)).minus(lam.times(g.cost().range(p.constant(w))));
    T before = p.constant(g.rewards().get(from)).minus(lam.times(g.cost().range(p.constant(0))));
    return after.minus(before).signum();
  }

  /**
   * Accepts iff no model gains from any better rank at all-zero. For model {@code i} and the
   * {@code m}-th better rank (gain {@code G}), it takes an effort {@code d} whose cost is proved to
   * be at least {@code G}, and proves that at {@code d} model {@code i} has passed fewer than
   * {@code m} models: by monotonicity every effort reaching that rank costs at least {@code G}. Only
   * the ranks up to the number passed at the effort covering the largest gain are checked: more passes
   * need more effort, which costs more than any gain. Needs a nondecreasing cost.
   */
  public static boolean checkAllZeroPne(Game g, double tau) {
    return checkAllZeroPne(g, tau, null);
  }

  /** As {@link #checkAllZeroPne(Game, double)} with the checker's index of the game at {@code tau} (or null). */
  static boolean checkAllZeroPne(Game g, double tau, CheckerIndex built) {
    if (!g.cost().nondecreasing()) {
      return false;
    }
    int n = g.size();
    CheckerIndex index = built != null ? built : n > INDEXED_ABOVE ? CheckerIndex.of(g, tau) : null;
    for (int i = 0; i < n; i++) {
      int r0 = index != null ? index.rank(i, 0) : rankByValue(g, tau, i, 0);
      if (r0 < 0) {
        return false;
      }
      // at the effort covering the largest gain, model i has passed p models; reaching m > p of them
      // takes more effort than that (passing is monotone in effort), so it costs more than any gain
      double maxGain = 0;
      for (int m = 1; m <= r0; m++) {
        maxGain = Math.max(maxGain, g.rewards().get(r0 - m) - g.rewards().get(r0));
      }
      if (maxGain <= 0) {
        continue;
      }
      double dMax = coveringEffort(g, i, maxGain);
      int p = Double.isInfinite(dMax) ? passedAtSaturation(g, tau, i) : passed(g, tau, i, dMax, index, r0);
      if (p < 0) {
        return false;
      }
      for (int m = 1; m <= Math.min(r0, p); m++) {
        double gain = g.rewards().get(r0 - m) - g.rewards().get(r0);
        if (gain <= 0) {
          continue;
        }
        double d = coveringEffort(g, i, gain);
        int passed = Double.isInfinite(d) ? passedAtSaturation(g, tau, i) : passed(g, tau, i, d, index, r0);
        if (passed < 0 || passed >= m) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * {@link #checkAllZeroPne} for large games (the summary's check); the same check, whose ranks are already
   * limited to those the largest gain can pay for.
   */
  public static boolean checkAllZeroPneWalk(Game g, double tau) {
    return checkAllZeroPne(g, tau);
  }

  /** An extra effort whose cost increase is proved to be at least {@code gain}; {@code +inf} if none is found. */
  static double coveringEffort(Game g, int i, double gain) {
    double lambda = g.costScale(i);
    double d = g.cost().effortFor(g.cost().cost(0) + gain / lambda);
    for (int t = 0; t < 64 && Double.isFinite(d); t++) {
      if (covers(g, i, d, gain, Interval.of(0)) || covers(g, i, d, gain, BigInterval.of(0, DIGITS))) {
        return d;
      }
      d = Math.max(Math.nextUp(d), d * (1 + 0x1p-40 * (1 << Math.min(t, 30))));
    }
    return Double.POSITIVE_INFINITY;
  }

  private static <T extends Real<T>> boolean covers(Game g, int i, double d, double gain, T p) {
    T lam = p.constant(g.costScale(i));
    T extra = lam.times(g.cost().range(p.constant(d)).minus(g.cost().range(p.constant(0))));
    return extra.minus(p.constant(gain)).lower() >= 0;
  }

  /**
   * {@link #passed(Game, double, int, double)} by the index: the models above model {@code i} at all-zero
   * ({@code r0} of them) less those still above it at {@code tau + e} (a curve is nondecreasing, so a model
   * passed at zero extra effort stays passed).
   */
  private static int passed(Game g, double tau, int i, double e, CheckerIndex index, int r0) {
    if (index == null) {
      return passed(g, tau, i, e);
    }
    int r = index.rank(i, e);
    return r < 0 ? -1 : r0 - r;
  }

  /** How many models (at all-zero) model {@code i} at {@code tau + e} ranks above; -1 when not decided. */
  static int passed(Game g, double tau, int i, double e) {
    int c = 0;
    for (int j = 0; j < g.size(); j++) {
      if (j == i) {
        continue;
      }
      int base = above(g, i, tau, 0, j, tau);
      if (base < 0) {
        return -1;
      }
      if (base == 1) {
        continue;
      }
      int s = above(g, i, tau, e, j, tau);
      if (s < 0) {
        return -1;
      }
      c += s;
    }
    return c;
  }

  /** How many models model {@code i} can ever pass at any effort; -1 when not decided. */
  static int passedAtSaturation(Game g, double tau, int i) {
    ScoreCurve ci = g.curve(i);
    int c = 0;
    for (int j = 0; j < g.size(); j++) {
      if (j == i || above(g, i, tau, 0, j, tau) == 1) {
        continue;
      }
      int s = sign(g.curve(j), tau, ci.saturation());
      if (s == Integer.MIN_VALUE) {
        return -1;
      }
      // the ceiling is never reached by the closed-form families; a table reaches it at its last point
      boolean reached = ci instanceof org.lbgame.model.TabulatedCurve;
      boolean tieWins = g.tieRule() == TieRule.HIGHER_CAPABILITY ? i < j : i > j;
      c += s < 0 || (s == 0 && reached && tieWins) ? 1 : 0;
    }
    return c;
  }

  /** Sign of {@code f_j(tau) - level}: +1, -1, 0 (exactly equal), or MIN_VALUE when not decided. */
  private static int sign(ScoreCurve cj, double tau, double level) {
    Interval a = cj.value(Interval.of(tau)).minus(Interval.of(level));
    if (a.isZero()) {
      return 0;
    }
    if (a.signum() != 0) {
      return a.signum();
    }
    BigInterval b = cj.value(BigInterval.of(tau, DIGITS)).minus(BigInterval.of(level, DIGITS));
    return b.isZero() ? 0 : b.signum() != 0 ? b.signum() : Integer.MIN_VALUE;
  }

  /** 1 when model {@code i} at {@code ti + ei} ranks above model {@code j} at {@code tj}, 0 when not, -1 undecided. */
  static int above(Game g, int i, double ti, double ei, int j, double tj) {
    ScoreCurve ci = g.curve(i);
    ScoreCurve cj = g.curve(j);
    int s;
    if (ci.equals(cj) && ei == 0 && ti == tj) {
      s = 0;
    } else {
      Interval a = ci.value(Interval.of(ti).plus(Interval.of(ei))).minus(cj.value(Interval.of(tj)));
      s = a.isZero() ? 0 : a.signum() != 0 ? a.signum() : Integer.MIN_VALUE;
      if (s == Integer.MIN_VALUE && CheckerIndex.sameFloorAndCeiling(ci, cj)) {
        // one floor and ceiling: f - L in log, which stays in range far below the ceiling where f - L underflows
        s = logFloorSign(ci, ti, ei, cj, tj, Interval.of(0));
      }
      if (s == Integer.MIN_VALUE) {
        BigInterval b = ci.value(BigInterval.of(ti, DIGITS).plus(BigInterval.of(ei, DIGITS)))
            .minus(cj.value(BigInterval.of(tj, DIGITS)));
        s = b.isZero() ? 0 : b.signum() != 0 ? b.signum() : Integer.MIN_VALUE;
      }
      if (s == Integer.MIN_VALUE && CheckerIndex.sameFloorAndCeiling(ci, cj)) {
        s = logFloorSign(ci, ti, ei, cj, tj, BigInterval.of(0, DIGITS));
      }
      if (s == Integer.MIN_VALUE && ci instanceof ExponentialSaturationCurve && cj instanceof ExponentialSaturationCurve
          && ci.saturation() == cj.saturation()) {
        // e^{-k x} is beyond any decimal precision far out: the family's own log(U - f) = log(U - L) - k x instead
        ExponentialSaturationCurve p = (ExponentialSaturationCurve) ci;
        ExponentialSaturationCurve q = (ExponentialSaturationCurve) cj;
        BigInterval b = q.logGap(BigInterval.of(tj, DIGITS))
            .minus(p.logGap(BigInterval.of(ti, DIGITS).plus(BigInterval.of(ei, DIGITS))));
        s = b.isZero() ? 0 : b.signum() != 0 ? b.signum() : Integer.MIN_VALUE;
      }
    }
    if (s == Integer.MIN_VALUE) {
      return -1;
    }
    if (s != 0) {
      return s > 0 ? 1 : 0;
    }
    return (g.tieRule() == TieRule.HIGHER_CAPABILITY ? i < j : i > j) ? 1 : 0;
  }

  /**
   * The sign of {@code log(f_i - L) - log(f_j - L)} for power laws with one floor {@code L} and ceiling (the sign
   * of {@code f_i - f_j}), {@code log(f - L) = log(U - L) + log sigmoid(z)} from the defining formula;
   * MIN_VALUE when not decided.
   */
  private static <T extends Real<T>> int logFloorSign(ScoreCurve ci, double ti, double ei, ScoreCurve cj, double tj,
      T p) {
    T xi = p.constant(ti).plus(p.constant(ei));
    T d = CheckerIndex.logSigmoid(((org.lbgame.model.PowerLawCurve) ci).logit(xi))
        .minus(CheckerIndex.logSigmoid(((org.lbgame.model.PowerLawCurve) cj).logit(p.constant(tj))));
    return d.signum() != 0 ? d.signum() : Integer.MIN_VALUE;
  }

  /** Rank of model {@code i} at {@code tau + e} against the others at all-zero, by curve values; -1 when not decided. */
  public static int rankAt(Game g, double tau, int i, double e) {
    return rankByValue(g, tau, i, e);
  }

  /** As {@link #rankAt}. */
  static int rankByValue(Game g, double tau, int i, double e) {
    int r = 0;
    for (int j = 0; j < g.size(); j++) {
      if (j == i) {
        continue;
      }
      int t = aboveOther(g, j, tau, i, tau, e);
      if (t < 0) {
        return -1;
      }
      r += t;
    }
    return r;
  }

  /** 1 when model {@code j} at {@code tj} ranks above model {@code i} at {@code ti + ei}, 0 when not, -1 undecided. */
  private static int aboveOther(Game g, int j, double tj, int i, double ti, double ei) {
    int s = above(g, i, ti, ei, j, tj);
    return s < 0 ? -1 : 1 - s;
  }
}
