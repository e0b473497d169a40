package org.lbgame.solve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.lbgame.model.BigInterval;
import org.lbgame.model.Game;
import org.lbgame.model.Interval;
import org.lbgame.model.Real;

/**
 * Every unilateral deviation of one model from a profile of extra efforts, in the continuous game.
 * Model {@code i}'s score is nondecreasing in its effort, so the efforts {@code [0, inf)} split into
 * intervals {@code [T_m, T_{m+1})} of constant rank, {@code T_m} the m-th smallest overtaking
 * threshold; on each, the supremum utility is {@code r_rank - lambda_i inf c}. This is the definition
 * of a PNE, checked without the adjacent shortcut.
 *
 * <p>Every margin is an enclosure: the thresholds are enclosed in double intervals and the order
 * statistics taken of their ends, so the sign of a margin is proved, not estimated. A model whose
 * margins are not all decided in doubles is re-evaluated in {@link BigInterval#DIGITS}-digit
 * intervals; what that leaves open is "undecided within precision", with its bound.
 */
public final class Deviations {
  private Deviations() {
  }

  /**
   * One {@link Deviation} per rank interval of model {@code i} against {@code effort} (extra efforts
   * over {@code tau}), best rank last; the interval containing the current effort is included.
   */
  public static List<Deviation> of(Game g, double tau, double[] effort, int i) {
    return rows(g, tau, effort, i, null).rows;
  }

  /** The rows in doubles, then in high precision when some margin was left open. */
  static Pass<?> rows(Game g, double tau, double[] effort, int i, Scope scope) {
    Pass<Interval> fast = pass(g, tau, effort, i, Interval.of(0), scope);
    if (!fast.open) {
      return fast;
    }
    return pass(g, tau, effort, i, BigInterval.of(0, BigInterval.DIGITS), scope);
  }

  /**
   * The part of model {@code i}'s rows that {@link JumpScan} computes: the rivals that are neither below
   * it at zero extra effort nor proved out of reach below {@code cut} (an extra effort at which every
   * cost exceeds every gain), with what the caller decided about all of them. Rows whose threshold is
   * proved at or above {@code cut} are not listed; their count is {@link Pass#pruned}. Witnesses are left
   * to {@link JumpScan#witnessed}, from {@link Pass#from} below {@link Pass#limit}.
   */
  static final class Scope {
    final int[] rivals;
    final int total;
    final int current;
    final boolean ambiguous;
    final double cut;

    Scope(int[] rivals, int total, int current, boolean ambiguous, double cut) {
      this.rivals = rivals;
      this.total = total;
      this.current = current;
      this.ambiguous = ambiguous;
      this.cut = cut;
    }
  }

  /** Every model's deviations from {@code effort}, in model order. */
  public static List<Deviation> all(Game g, double tau, double[] effort) {
    List<Deviation> out = new ArrayList<>();
    for (int i = 0; i < g.size(); i++) {
      out.addAll(of(g, tau, effort, i));
    }
    return out;
  }

  /** True when no deviation from {@code effort} pays or is undecided: a PNE, proved. */
  public static boolean isPne(Game g, double tau, double[] effort) {
    for (int i = 0; i < g.size(); i++) {
      for (Deviation d : of(g, tau, effort, i)) {
        if (!d.status().safe()) {
          return false;
        }
      }
    }
    return true;
  }

  /** The rows of one model in one arithmetic, and whether some margin was left open. */
  static final class Pass<T> {
    final List<Deviation> rows = new ArrayList<>();
    boolean open;
    /** With a scope: jumps to a better rank not listed because their threshold is proved at or above the cut. */
    int pruned;
    /** With a scope: where each listed row's witness search starts (NaN: no witness to find) and ends. */
    final List<double[]> witnessRange = new ArrayList<>();
  }

  private static <T extends Real<T>> Pass<T> pass(Game g, double tau, double[] effort, int i, T proto, Scope scope) {
    int n = g.size();
    Pass<T> out = new Pass<>();
    T zero = proto.constant(0);
    T tauT = proto.constant(tau);
    boolean ambiguous = scope != null && scope.ambiguous;
    List<Integer> js = new ArrayList<>();
    List<T> ts = new ArrayList<>();
    if (scope != null) {
      for (int j : scope.rivals) {
        js.add(j);
        ts.add(Overtake.effort(g, tauT, i, j, tauT.plus(proto.constant(effort[j]))));
      }
    } else {
      for (int j = 0; j < n; j++) {
        if (j == i) {
          continue;
        }
        int s = Overtake.aboveState(g, i, tau, 0, j, tau, effort[j]);
        ambiguous |= s < 0;
        if (s != 1) {
          js.add(j);
          ts.add(Overtake.effort(g, tauT, i, j, tauT.plus(proto.constant(effort[j]))));
        }
      }
    }
    int k = js.size();
    int total = scope != null ? scope.total : k;
    Integer[] order = new Integer[k];
    for (int m = 0; m < k; m++) {
      order[m] = m;
    }
    Arrays.sort(order, Comparator.<Integer>comparingDouble(m -> ts.get(m).mid()).thenComparingInt(js::get));
    List<T> lows = new ArrayList<>();
    List<T> highs = new ArrayList<>();
    for (T t : ts) {
      lows.add(t.lowerEnd());
      highs.add(t.upperEnd());
    }
    Comparator<T> exact = (a, b) -> a.minus(b).signum();
    lows.sort(exact);
    highs.sort(exact);
    int current = scope != null ? scope.current : Overtake.rank(g, tau, effort, i);
    if (current < 0) {
      ambiguous = true;
      current = Overtake.rank(g, tauWith(tau, effort), i);
    }
    double lambda = g.costScale(i);
    T lam = proto.constant(lambda);
    boolean monotone = g.cost().nondecreasing();
    T currentCost = lam.times(g.cost().range(proto.constant(effort[i])));
    double currentCostValue = lambda * g.cost().cost(effort[i]);
    double currentReward = g.rewards().get(current);
    int firstPruned = k + 1;
    for (int m = 0; m <= k; m++) {
      if (scope != null && m > 0 && !(lows.get(m - 1).lower() <= scope.cut)) {
        // the m-th least threshold of all the rivals is at least min(this low, cut) = cut: see JumpScan
        firstPruned = m;
        break;
      }
      int rank = total - m;
      int passes = m == 0 ? -1 : js.get(order[m - 1]);
      double gain = g.rewards().get(rank) - currentReward;
      T lo = m == 0 ? zero : lows.get(m - 1);
      T hi = m == 0 ? zero : highs.get(m - 1);
      double estimate = m == 0 ? 0 : ts.get(order[m - 1]).mid();
      // the curves' inverses return an enclosure of +inf (or, in decimals, beyond the double range) when never
      if (lo.lower() >= Double.MAX_VALUE / 2) {
        Bounded inf = Bounded.exact(Double.POSITIVE_INFINITY);
        out.rows.add(new Deviation(i, current, rank, passes, inf.value(), inf.value(), Double.POSITIVE_INFINITY,
            currentCostValue, gain, Status.UNREACHABLE, Double.NaN, inf, inf));
        if (scope != null) {
          out.witnessRange.add(new double[] {Double.NaN, Double.NaN});
        }
        continue;
      }
      T cost;
      double costEffort = estimate;
      if (monotone) {
        cost = lam.times(g.cost().range(lo.hull(hi)));
      } else {
        // a cost that decreases somewhere: its infimum over the rank interval, from the double search (not rigorous)
        double next = m < k ? lows.get(m).lower() : Double.POSITIVE_INFINITY;
        double[] inf = g.cost().infimumOn(estimate, Math.max(estimate, next));
        costEffort = inf[1];
        double c = lambda * inf[0];
        double slack = 1e-12 * Math.max(1, Math.abs(c));
        cost = proto.constant(c - slack).hull(proto.constant(c + slack));
      }
      T margin = cost.minus(currentCost).minus(proto.constant(gain));
      Status s = margin.lower() >= 0 ? Status.HOLDS : margin.upper() < 0 ? Status.FAILS : Status.UNDECIDED;
      if (ambiguous) {
        s = Status.UNDECIDED;
      }
      out.open |= s == Status.UNDECIDED;
      double witness = Double.NaN;
      if (s == Status.FAILS) {
        double limit = m < k ? lows.get(m).lower() : Double.POSITIVE_INFINITY;
        if (scope != null) {
          out.witnessRange.add(new double[] {Math.max(hi.upper(), costEffort), limit});
        } else {
          witness = witness(g, tau, effort, i, Math.max(hi.upper(), costEffort), limit, rank);
        }
      } else if (scope != null) {
        out.witnessRange.add(new double[] {Double.NaN, Double.NaN});
      }
      Bounded eb = Bounded.of(lo.hull(hi));
      Bounded mb = Bounded.of(margin);
      double costValue = Bounded.of(cost).value();
      if (m > 0 && Overtake.wide(Interval.of(eb.lower(), eb.upper()))) {
        // decided, but too wide to report: the threshold itself in high precision, for the printed estimate
        Bounded hp = Overtake.thresholdBound(g, tau, i, passes, tau, effort[passes]);
        if (hp.lower() >= eb.lower() && hp.upper() <= eb.upper()) {
          eb = hp;
          costValue = monotone ? lambda * g.cost().cost(hp.value()) : costValue;
          mb = mb.withValue(costValue - currentCostValue - gain);
        }
      }
      out.rows.add(new Deviation(i, current, rank, passes, eb.value(), monotone ? eb.value() : costEffort,
          costValue, currentCostValue, gain, s, witness, eb, mb));
    }
    if (scope != null) {
      // rows firstPruned..total are not listed; those reaching a better rank (total - m < current) are jumps
      out.pruned = Math.max(0, total - Math.max(firstPruned, total - current + 1) + 1);
    }
    return out;
  }

  private static double[] tauWith(double tau, double[] effort) {
    double[] x = new double[effort.length];
    for (int j = 0; j < x.length; j++) {
      x[j] = tau + effort[j];
    }
    return x;
  }

  /**
   * A double extra effort at or above {@code from} and below {@code limit} at which model {@code i}
   * is proved to reach rank {@code rank} and to gain strictly; NaN if none of the tried ones is.
   */
  static double witness(Game g, double tau, double[] effort, int i, double from, double limit, int rank) {
    return witness(g, tau, effort, i, from, limit, rank, (y, m) -> Overtake.rank(g, tau, y, m));
  }

  /** Rank of model {@code m} when the models play extra efforts {@code y} (rigorous; -1 when not decided). */
  interface Ranker {
    int rank(double[] y, int m);
  }

  /** As {@link #witness(Game, double, double[], int, double, double, int)}, ranks counted by {@code ranker}. */
  static double witness(Game g, double tau, double[] effort, int i, double from, double limit, int rank,
      Ranker ranker) {
    double e = Math.max(0, from);
    double step = Math.max(Math.ulp(e), Double.MIN_NORMAL);
    for (int t = 0; t < 80 && e < limit && Double.isFinite(e); t++) {
      if (verifies(g, effort, i, e, rank, ranker)) {
        return e;
      }
      e = Math.max(e + step, Math.nextUp(e));
      step *= 2;
    }
    if (Double.isFinite(limit) && limit > from) {
      double mid = from + (limit - from) / 2;
      if (verifies(g, effort, i, mid, rank, ranker)) {
        return mid;
      }
    }
    return Double.NaN;
  }

  /** Model {@code i} playing {@code e} reaches exactly {@code rank} and strictly gains (both proved). */
  static boolean verifies(Game g, double tau, double[] effort, int i, double e, int rank) {
    return verifies(g, effort, i, e, rank, (y, m) -> Overtake.rank(g, tau, y, m));
  }

  private static boolean verifies(Game g, double[] effort, int i, double e, int rank, Ranker ranker) {
    double[] y = effort.clone();
    y[i] = e;
    if (ranker.rank(y, i) != rank) {
      return false;
    }
    int current = ranker.rank(effort, i);
    if (current < 0) {
      return false;
    }
    return gains(g, i, e, rank, effort[i], current, Interval.of(0)) > 0
        || gains(g, i, e, rank, effort[i], current, BigInterval.of(0, BigInterval.DIGITS)) > 0;
  }

  /** The sign of {@code (r_rank - lambda c(e)) - (r_current - lambda c(e0))}, 0 when not decided. */
  static <T extends Real<T>> int gains(Game g, int i, double e, int rank, double e0, int current, T proto) {
    T lam = proto.constant(g.costScale(i));
    T after = proto.constant(g.rewards().get(rank)).minus(lam.times(g.cost().range(proto.constant(e))));
    T before = proto.constant(g.rewards().get(current)).minus(lam.times(g.cost().range(proto.constant(e0))));
    return after.minus(before).signum();
  }
}
