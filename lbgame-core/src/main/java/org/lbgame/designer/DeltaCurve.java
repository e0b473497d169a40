package org.lbgame.designer;

import org.lbgame.model.Game;
import org.lbgame.solve.Overtake;

/**
 * The paper's Figure 1 (right) as data: every {@code Delta_k(tau)} (the solver's, Definition 4.4) and
 * {@code min_k Delta_k(tau)} on a {@code tau} grid ({@code 0} then log-spaced on {@code [1, tauMax]}),
 * with {@code lambda_k c(Delta_k(tau))} beside the reward gaps.
 */
public final class DeltaCurve {
  private final Game game;
  private final double[] tau;
  private final double[][] delta;
  private final double[][] cost;
  private final double[] gap;

  private DeltaCurve(Game game, double[] tau, double[][] delta, double[][] cost, double[] gap) {
    this.game = game;
    this.tau = tau;
    this.delta = delta;
    this.cost = cost;
    this.gap = gap;
  }

  /** The curve of {@code g} at {@code points >= 2} levels up to {@code tauMax >= 1}. */
  public static DeltaCurve of(Game g, double tauMax, int points) {
    return of(g, grid(tauMax, points));
  }

  /** The curve of {@code g} at the given levels. */
  public static DeltaCurve of(Game g, double[] taus) {
    int n = g.size();
    double[][] d = new double[taus.length][n];
    double[][] c = new double[taus.length][n];
    for (int t = 0; t < taus.length; t++) {
      d[t][0] = Double.NaN;
      c[t][0] = Double.NaN;
      for (int k = 1; k < n; k++) {
        d[t][k] = Overtake.justOvertakeEffort(g, taus[t], k);
        c[t][k] = Double.isInfinite(d[t][k]) ? Double.POSITIVE_INFINITY : g.cost(k, d[t][k]);
      }
    }
    double[] gap = new double[n];
    gap[0] = Double.NaN;
    for (int k = 1; k < n; k++) {
      gap[k] = g.rewards().get(k - 1) - g.rewards().get(k);
    }
    return new DeltaCurve(g, taus.clone(), d, c, gap);
  }

  /** {@code 0}, then {@code points - 1} log-spaced levels from 1 to {@code tauMax}. */
  public static double[] grid(double tauMax, int points) {
    if (!(tauMax >= 1) || Double.isInfinite(tauMax)) {
      throw new org.lbgame.model.InvalidGameException("--tau-max", "must be a finite number >= 1", tauMax);
    }
    if (points < 2) {
      throw new org.lbgame.model.InvalidGameException("--points", "must be an integer >= 2", points);
    }
    double[] g = new double[points];
    int m = points - 1;
    for (int j = 1; j <= m; j++) {
      g[j] = m == 1 ? tauMax : Math.pow(tauMax, (double) (j - 1) / (m - 1));
    }
    g[m] = tauMax;
    return g;
  }

  /** The game. */
  public Game game() {
    return game;
  }

  /** The levels (a copy). */
  public double[] taus() {
    return tau.clone();
  }

  /** Number of levels. */
  public int size() {
    return tau.length;
  }

  /** Level {@code t}. */
  public double tau(int t) {
    return tau[t];
  }

  /** {@code Delta_k(tau_t)} ({@code k = 1..n-1}). */
  public double delta(int t, int k) {
    return delta[t][k];
  }

  /** {@code lambda_k c(Delta_k(tau_t))}. */
  public double cost(int t, int k) {
    return cost[t][k];
  }

  /** The reward gap {@code r_{k-1} - r_k}. */
  public double gap(int k) {
    return gap[k];
  }

  /** {@code min_k Delta_k(tau_t)} (+inf for a single model). */
  public double minDelta(int t) {
    double m = Double.POSITIVE_INFINITY;
    for (int k = 1; k < delta[t].length; k++) {
      m = Math.min(m, delta[t][k]);
    }
    return m;
  }

  /** The pair attaining the minimum at level {@code t} (-1 for a single model). */
  public int argminPair(int t) {
    int a = -1;
    for (int k = 1; k < delta[t].length; k++) {
      if (a < 0 || delta[t][k] < delta[t][a]) {
        a = k;
      }
    }
    return a;
  }
}
