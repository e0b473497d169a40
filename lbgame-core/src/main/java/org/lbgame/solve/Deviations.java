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
    Pass<Interval> fast = pass(g, tau, effort, i, Interval.of(0));
    if (!fast.open) {
      return fast.rows;
    }
    return pass(g, tau, effort, i, BigInterval.of(0, BigInterval.DIGITS)).rows;
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
  private static final class Pass<T> {
    final List<Deviation> rows = new ArrayList<>();
    boolean open;
  }

  private static <T extends Real<T>> Pass<T> pass(Game g, double tau, double[] effort, int i, T proto) {
    int n = g.size();
    Pass<T> out = new Pass<>();
    T zero = proto.constant(0);
    T tauT = proto.constant(tau);
    boolean ambiguous = false;
    List<Integer> js = new ArrayList<>();
    List<T> ts = new ArrayList<>();
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
    int k = js.size();
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
    int current = Overtake.rank(g, tau, effort, i);
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
    for (int m = 0; m <= k; m++) {
      int rank = k - m;
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
        witness = witness(g, tau, effort, i, Math.max(hi.upper(), costEffort), limit, rank);
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
  private static double witness(Game g, double tau, double[] effort, int i, double from, double limit, int rank) {
    double e = Math.max(0, from);
    double step = Math.max(Math.ulp(e), Double.MIN_NORMAL);
    for (int t = 0; t < 80 && e < limit && Double.isFinite(e); t++) {
      if (verifies(g, tau, effort, i, e, rank)) {
        return e;
      }
      e = Math.max(e + step, Math.nextUp(e));
      step *= 2;
    }
    if (Double.isFinite(limit) && limit > from) {
      double mid = from + (limit - from) / 2;
      if (verifies(g, tau, effort, i, mid, rank)) {
        return mid;
      }
    }
    return Double.NaN;
  }

  /** Model {@code i} playing {@code e} reaches exactly {@code rank} and strictly gains (both proved). */
  static boolean verifies(Game g, double tau, double[] effort, int i, double e, int rank) {
    double[] y = effort.clone();
    y[i] = e;
    if (Overtake.rank(g, tau, y, i) != rank) {
      return false;
    }
    int current = Overtake.rank(g, tau, effort, i);
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
