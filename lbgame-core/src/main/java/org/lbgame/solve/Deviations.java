package org.lbgame.solve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.lbgame.model.Game;

/**
 * Every unilateral deviation of one model from a profile of extra efforts, in the continuous game.
 * Model {@code i}'s score is nondecreasing in its effort, so the efforts {@code [0, inf)} split into
 * intervals {@code [T_m, T_{m+1})} of constant rank, {@code T_m} the m-th smallest overtaking
 * threshold; on each, the supremum utility is {@code r_rank - lambda_i inf c}. This is the definition
 * of a PNE, checked without the adjacent shortcut.
 */
public final class Deviations {
  private Deviations() {
  }

  /**
   * One {@link Deviation} per rank interval of model {@code i} against {@code effort} (extra efforts
   * over {@code tau}), best rank last; the interval containing the current effort is included.
   */
  public static List<Deviation> of(Game g, double tau, double[] effort, int i, double tol) {
    int n = g.size();
    double[] x = new double[n];
    for (int j = 0; j < n; j++) {
      x[j] = tau + effort[j];
    }
    List<double[]> th = new ArrayList<>();
    for (int j = 0; j < n; j++) {
      if (j != i && !Overtake.above(g, i, tau, j, x[j])) {
        th.add(new double[] {Overtake.threshold(g, tau, i, j, x[j]), j});
      }
    }
    th.sort(Comparator.<double[]>comparingDouble(a -> a[0]).thenComparingDouble(a -> a[1]));
    int rankAtZero = th.size();
    double[] xi = x.clone();
    int current = Overtake.rank(g, x, i);
    double lambda = g.costScale(i);
    double currentCost = lambda * g.cost().cost(effort[i]);
    double currentReward = g.rewards().get(current);
    List<Deviation> out = new ArrayList<>();
    for (int m = 0; m <= th.size(); m++) {
      double lo = m == 0 ? 0 : th.get(m - 1)[0];
      double hi = m < th.size() ? th.get(m)[0] : Double.POSITIVE_INFINITY;
      int rank = rankAtZero - m;
      int passes = m == 0 ? -1 : (int) th.get(m - 1)[1];
      double gain = g.rewards().get(rank) - currentReward;
      if (lo == Double.POSITIVE_INFINITY) {
        out.add(new Deviation(i, current, rank, passes, lo, lo, Double.POSITIVE_INFINITY, currentCost, gain,
            Status.UNREACHABLE, Double.NaN));
        continue;
      }
      double[] inf = g.cost().infimumOn(lo, Math.max(lo, hi));
      double cost = lambda * inf[0];
      double margin = (cost - currentCost) - gain;
      Status s = gain <= 0 && cost >= currentCost ? Status.HOLDS : Status.of(margin, tol);
      double witness = Double.NaN;
      if (s == Status.FAILS) {
        witness = witness(g, tau, xi, i, lo, hi, inf[1], current, currentCost);
      }
      out.add(new Deviation(i, current, rank, passes, lo, inf[1], cost, currentCost, gain, s, witness));
    }
    return out;
  }

  /** The worst (smallest-margin) deviation of every model from {@code effort}, in model order. */
  public static List<Deviation> all(Game g, double tau, double[] effort, double tol) {
    List<Deviation> out = new ArrayList<>();
    for (int i = 0; i < g.size(); i++) {
      out.addAll(of(g, tau, effort, i, tol));
    }
    return out;
  }

  /** True when no deviation from {@code effort} pays or is undecided (a PNE, up to the tolerance). */
  public static boolean isPne(Game g, double tau, double[] effort, double tol) {
    for (Deviation d : all(g, tau, effort, tol)) {
      if (!d.status().safe()) {
        return false;
      }
    }
    return true;
  }

  /**
   * A verified paying effort for the row {@code [lo, hi)} of model {@code i}: preferably one that also pays
   * when ranked by the scores' values (checkable in doubles), else one that pays in the latents; NaN if none.
   */
  static double witness(Game g, double tau, double[] x, int i, double lo, double hi, double arg, int current,
      double currentCost) {
    return witness(g, tau, i, lo, hi, arg, current, currentCost, direct(g, x));
  }

  /** As {@link #witness(Game, double, double[], int, double, double, double, int, double)} with given rank counts. */
  static double witness(Game g, double tau, int i, double lo, double hi, double arg, int current, double currentCost,
      Ranks ranks) {
    double w = witness(g, tau, i, lo, hi, arg, current, currentCost, true, ranks);
    return Double.isNaN(w) ? witness(g, tau, i, lo, hi, arg, current, currentCost, false, ranks) : w;
  }

  /** The rank of one model at a trial effort against the others' fixed total efforts. */
  interface Ranks {
    /** Rank of model {@code i} at total effort {@code xi}, by the game's comparison ({@link Overtake#rank}). */
    int rank(int i, double xi);

    /** Rank of model {@code i} scoring {@code si}, by the curves' values and the tie rule. */
    int rankByValue(int i, double si);
  }

  /** Rank counts by comparing with every other model ({@code O(n)} each). */
  static Ranks direct(Game g, double[] x) {
    return new Ranks() {
      @Override
      public int rank(int i, double xi) {
        double[] y = Arrays.copyOf(x, x.length);
        y[i] = xi;
        return Overtake.rank(g, y, i);
      }

      @Override
      public int rankByValue(int i, double si) {
        int rv = 0;
        for (int j = 0; j < x.length; j++) {
          if (j != i && g.tieRule().above(j, g.curve(j).value(x[j]), i, si)) {
            rv++;
          }
        }
        return rv;
      }
    };
  }

  /**
   * A concrete effort near {@code arg} in {@code [lo, hi)} that is verified to pay: rank recomputed
   * from the curves and utility compared with the current one. NaN if none was found.
   */
  private static double witness(Game g, double tau, int i, double lo, double hi, double arg, int current,
      double currentCost, boolean byValue, Ranks ranks) {
    double u0 = g.rewards().get(current) - currentCost;
    double base = Double.isInfinite(arg) ? Math.max(1, lo) : arg;
    boolean leftward = arg == hi && hi > lo;
    if (Double.isInfinite(arg)) {
      for (double e = base; e < 1e300; e *= 4) {
        if (pays(g, tau, i, e, u0, byValue, ranks)) {
          return e;
        }
      }
      return Double.NaN;
    }
    if (!leftward && pays(g, tau, i, base, u0, byValue, ranks)) {
      return base;
    }
    double step = Math.max(Math.ulp(base), 1e-300);
    for (int k = 0; k < 1100; k++) {
      double e = leftward ? base - step : base + step;
      if (e < lo || e > hi || Double.isInfinite(e)) {
        break;
      }
      if (pays(g, tau, i, e, u0, byValue, ranks)) {
        return e;
      }
      step *= 2;
    }
    return Double.NaN;
  }

  private static boolean pays(Game g, double tau, int i, double e, double u0, boolean byValue, Ranks ranks) {
    double xi = tau + e;
    int r = ranks.rank(i, xi);
    double c = g.costScale(i) * g.cost().cost(e);
    if (!(g.rewards().get(r) - c > u0)) {
      return false;
    }
    if (!byValue) {
      return true;
    }
    return g.rewards().get(ranks.rankByValue(i, g.curve(i).value(xi))) - c > u0;
  }
}
