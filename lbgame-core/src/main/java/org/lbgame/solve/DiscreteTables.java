package org.lbgame.solve;

import org.lbgame.model.CostFunction;
import org.lbgame.model.ExponentialSaturationCurve;
import org.lbgame.model.Game;
import org.lbgame.model.InvalidGameException;
import org.lbgame.model.LinearCost;
import org.lbgame.model.PiecewiseLinearCost;
import org.lbgame.model.PowerLawCurve;
import org.lbgame.model.ScoreCurve;

/**
 * The kernel's tables for the discrete game at {@code tau} with horizon {@code E} (DESIGN.md):
 * {@code score[i][x]}, {@code x = 0..tau+E}, as order keys of the computed latent scores;
 * {@code cost[i][e] = lambda_i c(e)} and {@code reward[r]} scaled by a common power of two, exactly
 * where possible; otherwise the largest conversion error is measured and reported.
 */
public final class DiscreteTables {
  /** Largest number of score cells {@code n * (tau + E + 1)} built. */
  public static final long MAX_CELLS = 10_000_000L;
  /** Scaled rewards and costs stay within {@code 2^60} (the kernel's {@code Bounds.MAX_VALUE}). */
  public static final int LIMIT_BITS = 60;

  final long[][] score;
  final long[][] cost;
  final long[] reward;
  final int tau;
  final int horizon;
  final int scale;
  final boolean exact;
  final double error;
  final String latent;

  private DiscreteTables(long[][] score, long[][] cost, long[] reward, int tau, int horizon, int scale,
      double error, String latent) {
    this.score = score;
    this.cost = cost;
    this.reward = reward;
    this.tau = tau;
    this.horizon = horizon;
    this.scale = scale;
    this.exact = error == 0;
    this.error = error;
    this.latent = latent;
  }

  /**
   * Builds the tables; too large a table is an input error on {@code --steps} when the horizon alone is too
   * large for the game, else on {@code --tau}.
   */
  public static DiscreteTables of(Game g, int tau, int horizon) {
    return of(g, tau, horizon, "--tau", "--steps");
  }

  /**
   * Builds the tables; too large a table is an input error on {@code horizonField} when the horizon alone is
   * too large for the game, else on {@code tauField} (e.g. {@code maxTau} of a query).
   */
  public static DiscreteTables of(Game g, int tau, int horizon, String tauField, String horizonField) {
    int n = g.size();
    requireSize(n, tau, horizon, tauField, horizonField);
    int width = tau + horizon + 1;
    String latent = latent(g);
    long[][] score = new long[n][width];
    for (int i = 0; i < n; i++) {
      ScoreCurve c = g.curve(i);
      for (int x = 0; x < width; x++) {
        double v;
        if (latent.equals("logit")) {
          v = ((PowerLawCurve) c).logit(x);
        } else if (latent.equals("log-gap")) {
          v = -((ExponentialSaturationCurve) c).logGap(x);
        } else {
          v = c.value(x);
        }
        score[i][x] = Encoding.orderKey(v);
      }
    }
    double[][] cd = new double[n][horizon + 1];
    double max = g.rewards().maxAbs();
    for (int i = 0; i < n; i++) {
      for (int e = 0; e <= horizon; e++) {
        cd[i][e] = requireFinite(g.cost(i, e), e);
        max = Math.max(max, Math.abs(cd[i][e]));
      }
    }
    // one bit of headroom: shape-preserving integer costs may exceed the rounded maximum slightly
    int s = Encoding.scaleExponent(max, LIMIT_BITS - 1);
    long[][] cost = new long[n][];
    for (int i = 0; i < n; i++) {
      cost[i] = costRow(g, i, horizon, s, cd[i]);
    }
    long[] reward = new long[n];
    double[] rd = g.rewards().values();
    for (int r = 0; r < n; r++) {
      reward[r] = Encoding.scaled(rd[r], s);
    }
    double err = 0;
    for (int i = 0; i < n; i++) {
      err = Math.max(err, Encoding.error(cd[i], cost[i], s));
    }
    err = Math.max(err, Encoding.error(rd, reward, s));
    return new DiscreteTables(score, cost, reward, tau, horizon, s, err, latent);
  }

  /**
   * The input errors {@link #of} would raise, without building the tables: for callers that need no table
   * (the single profile of horizon 0 has no deviation to decide).
   */
  public static void check(Game g, int tau, int horizon, String tauField, String horizonField) {
    requireSize(g.size(), tau, horizon, tauField, horizonField);
    for (int i = 0; i < g.size(); i++) {
      for (int e = 0; e <= horizon; e++) {
        requireFinite(g.cost(i, e), e);
      }
    }
  }

  private static void requireSize(int n, int tau, int horizon, String tauField, String horizonField) {
    long cells = (long) n * ((long) tau + horizon + 1);
    if (tau < 0 || horizon < 0 || cells > MAX_CELLS) {
      boolean horizonAlone = horizon < 0 || (long) n * (horizon + 1L) > MAX_CELLS;
      throw new InvalidGameException(horizonAlone ? horizonField : tauField, "n * (tau + E + 1) must be at most "
          + MAX_CELLS + " score cells", "tau=" + tau + ", E=" + horizon + ", n=" + n);
    }
  }

  private static double requireFinite(double cost, int e) {
    if (!Double.isFinite(cost)) {
      throw new InvalidGameException("cost", "must be finite on 0..E", "c(" + e + ")=" + cost);
    }
    return cost;
  }

  /**
   * The cost row of model {@code i} in kernel units. Linear costs (and piecewise-linear ones with
   * integer breakpoints) are built from rounded integer slopes, so that rounding cannot break their
   * shape (convexity, strict increase); other costs are rounded value by value.
   */
  private static long[] costRow(Game g, int i, int horizon, int s, double[] values) {
    long[] row = new long[horizon + 1];
    CostFunction c = g.cost();
    double lambda = g.costScale(i);
    if (c instanceof LinearCost) {
      long k = Encoding.scaled(lambda * ((LinearCost) c).kappa(), s);
      for (int e = 0; e <= horizon; e++) {
        row[e] = k * e;
      }
      return row;
    }
    if (c instanceof PiecewiseLinearCost && integral(((PiecewiseLinearCost) c).breakpoints())) {
      double[] bp = ((PiecewiseLinearCost) c).breakpoints();
      double[] sl = ((PiecewiseLinearCost) c).slopes();
      int piece = 0;
      for (int e = 1; e <= horizon; e++) {
        while (piece + 1 < bp.length && bp[piece + 1] <= e - 1) {
          piece++;
        }
        row[e] = row[e - 1] + Encoding.scaled(lambda * sl[piece], s);
      }
      return row;
    }
    for (int e = 0; e <= horizon; e++) {
      row[e] = Encoding.scaled(values[e], s);
    }
    return row;
  }

  private static boolean integral(double[] v) {
    for (double d : v) {
      if (d != Math.rint(d)) {
        return false;
      }
    }
    return true;
  }

  /** Largest conversion error of any cost or reward, in kernel units (0 when exact). */
  public double errorUnits() {
    return error;
  }

  /** Kernel units of margin within which a decision (at most four converted values) may flip. */
  public long flagUnits() {
    return exact ? 0 : (long) Math.ceil(4 * error);
  }

  /** The latent the score table encodes: {@code logit}, {@code log-gap} (negated) or {@code score}. */
  static String latent(Game g) {
    boolean pl = true;
    boolean ex = true;
    for (int i = 0; i < g.size(); i++) {
      pl &= Overtake.commonPowerLaw(g.curve(0), g.curve(i));
      ex &= Overtake.commonExponential(g.curve(0), g.curve(i));
    }
    return pl ? "logit" : ex ? "log-gap" : "score";
  }

  /** Reward units per kernel unit: {@code 2^-s}. */
  public double unit() {
    return Math.scalb(1.0, -scale);
  }

  /** The power-of-two exponent {@code s}: kernel value = round(value * 2^s). */
  public int scaleExponent() {
    return scale;
  }

  /** True when every cost and reward converted without rounding. */
  public boolean exact() {
    return exact;
  }

  /** Which computed latent the score table orders: {@code logit}, {@code log-gap} or {@code score}. */
  public String latentName() {
    return latent;
  }

  /** The score table (order keys; a copy). */
  public long[][] score() {
    return deepCopy(score);
  }

  /** The cost table (a copy). */
  public long[][] cost() {
    return deepCopy(cost);
  }

  /** The reward vector (a copy). */
  public long[] reward() {
    return reward.clone();
  }

  private static long[][] deepCopy(long[][] a) {
    long[][] c = new long[a.length][];
    for (int i = 0; i < a.length; i++) {
      c[i] = a[i].clone();
    }
    return c;
  }
}
