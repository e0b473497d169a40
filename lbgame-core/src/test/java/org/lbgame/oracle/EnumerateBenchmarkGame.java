package org.lbgame.oracle;

import java.util.SplittableRandom;

/**
 * The benchmark's game: {@code n} models with concave integer score rows that cross within the horizon, a convex
 * cost and linear rewards ({@code crossing}); or rows too far apart to cross and no cost ({@code all-equilibria}),
 * where every profile is a PNE: the worst case of a profile-by-profile enumeration, which must try every deviation.
 */
public final class EnumerateBenchmarkGame {
  /** Score table, {@code x = 0..E}. */
  public final long[][] score;
  /** Cost rows. */
  public final long[][] cost;
  /** Rewards by rank. */
  public final long[] reward;
  /** Horizon {@code E}. */
  public final int horizon;

  private EnumerateBenchmarkGame(long[][] score, long[][] cost, long[] reward, int horizon) {
    this.score = score;
    this.cost = cost;
    this.reward = reward;
    this.horizon = horizon;
  }

  /** {@code n} models, efforts {@code 0..horizon}, seeded. */
  public static EnumerateBenchmarkGame of(int n, int horizon, long seed) {
    return of(n, horizon, seed, "crossing");
  }

  /** The game of the given kind ({@code crossing} or {@code all-equilibria}). */
  public static EnumerateBenchmarkGame of(int n, int horizon, long seed, String kind) {
    boolean apart = kind.equals("all-equilibria");
    SplittableRandom rng = new SplittableRandom(seed);
    long[][] score = new long[n][horizon + 1];
    long[][] cost = new long[n][horizon + 1];
    long[] reward = new long[n];
    for (int i = 0; i < n; i++) {
      long v = (apart ? 1_000_000L : 1000L) * (n - i);
      long inc = 200 + rng.nextInt(200);
      for (int x = 0; x <= horizon; x++) {
        score[i][x] = v;
        v += inc;
        inc = inc * (90 + rng.nextInt(10)) / 100;
      }
      for (int e = 1; e <= horizon; e++) {
        cost[i][e] = apart ? 0 : cost[i][e - 1] + 3L * e;
      }
      reward[i] = 100L * (n - 1 - i);
    }
    return new EnumerateBenchmarkGame(score, cost, reward, horizon);
  }
}
