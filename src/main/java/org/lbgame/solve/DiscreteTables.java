package org.lbgame.solve;

import org.lbgame.model.ExponentialSaturationCurve;
import org.lbgame.model.Game;
import org.lbgame.model.InvalidGameException;
import org.lbgame.model.PowerLawCurve;
import org.lbgame.model.ScoreCurve;

/**
 * The kernel's tables for the discrete game at {@code tau} with horizon {@code E} (DESIGN.md):
 * {@code score[i][x]}, {@code x = 0..tau+E}, as order keys of the computed latent scores;
 * {@code cost[i][e] = lambda_i c(e)} and {@code reward[r]} scaled by a common power of two.
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
  final String latent;

  private DiscreteTables(long[][] score, long[][] cost, long[] reward, int tau, int horizon, int scale,
      boolean exact, String latent) {
    this.score = score;
    this.cost = cost;
    this.reward = reward;
    this.tau = tau;
    this.horizon = horizon;
    this.scale = scale;
    this.exact = exact;
    this.latent = latent;
  }

  /** Builds the tables; too large a table is an input error on {@code --steps}. */
  public static DiscreteTables of(Game g, int tau, int horizon) {
    int n = g.size();
    long cells = (long) n * ((long) tau + horizon + 1);
    if (tau < 0 || horizon < 0 || cells > MAX_CELLS) {
      throw new InvalidGameException("--steps", "n * (tau + E + 1) must be at most " + MAX_CELLS
          + " score cells", "tau=" + tau + ", E=" + horizon + ", n=" + n);
    }
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
        cd[i][e] = g.cost(i, e);
        if (!Double.isFinite(cd[i][e])) {
          throw new InvalidGameException("cost", "must be finite on 0..E", "c(" + e + ")=" + cd[i][e]);
        }
        max = Math.max(max, Math.abs(cd[i][e]));
      }
    }
    int s = Encoding.scaleExponent(max, LIMIT_BITS);
    boolean exact = true;
    long[][] cost = new long[n][horizon + 1];
    for (int i = 0; i < n; i++) {
      for (int e = 0; e <= horizon; e++) {
        cost[i][e] = Encoding.scaled(cd[i][e], s);
        exact &= Encoding.exact(cd[i][e], s);
      }
    }
    long[] reward = new long[n];
    for (int r = 0; r < n; r++) {
      reward[r] = Encoding.scaled(g.rewards().get(r), s);
      exact &= Encoding.exact(g.rewards().get(r), s);
    }
    return new DiscreteTables(score, cost, reward, tau, horizon, s, exact, latent);
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
