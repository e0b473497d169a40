package org.lbgame.gen;

import java.util.Set;
import java.util.random.RandomGenerator;
import org.lbgame.model.Game;
import org.lbgame.model.Hypothesis;

/**
 * Discrete games as {@code long} tables for the kernel and for exhaustive checks: discretizations of
 * generated continuous games, an exact family satisfying the discrete C1-C3, random tables, and tables
 * breaking exactly one discrete hypothesis.
 */
public final class Tables {
  /** Rewards and costs of a continuous game are multiplied by {@code 2^20} and rounded (exact for dyadic inputs). */
  public static final double SCALE = 1 << 20;

  private Tables() {
  }

  /**
   * The discrete game of a continuous case on the integer effort grid: {@code score[i][x]} is an
   * order-preserving key of the double {@code f_i(x)} (so comparisons are exact on the computed doubles),
   * {@code cost[i][e] = round(2^20 lambda_i c(e))}, {@code reward[r] = round(2^20 r_r)}.
   */
  public static TableGame discretize(GameCase gc) {
    Game g = gc.game();
    int n = g.size();
    int xs = gc.tau() + gc.horizon() + 1;
    long[][] score = new long[n][xs];
    long[][] cost = new long[n][gc.horizon() + 1];
    long[] reward = new long[n];
    for (int i = 0; i < n; i++) {
      for (int x = 0; x < xs; x++) {
        score[i][x] = orderKey(g.curve(i).value(x));
      }
      for (int e = 0; e <= gc.horizon(); e++) {
        cost[i][e] = Math.round(SCALE * g.cost(i, e));
      }
      reward[i] = Math.round(SCALE * g.rewards().get(i));
    }
    return TableGame.of(score, cost, reward, gc.tau(), gc.horizon(), "discretized from a continuous game");
  }

  /** A {@code long} whose signed order is the order of the doubles ({@code -0.0} and {@code 0.0} equal; no NaN). */
  public static long orderKey(double d) {
    long bits = Double.doubleToLongBits(d + 0.0);
    return bits >= 0 ? bits : bits ^ Long.MAX_VALUE;
  }

  /** A valid discrete game (every {@link TableHypotheses} hypothesis holds) at the enumeration scale. */
  public static TableGame valid(RandomGenerator rng) {
    int n = 1 + rng.nextInt(0, 4);
    int horizon = 1 + rng.nextInt(0, 6);
    while (ValidGames.pow(horizon + 1, n) > 4096) {
      horizon--;
    }
    return shifted(rng, n, rng.nextInt(0, 11), horizon, true);
  }

  /** A valid discrete game except that each model has its own convex cost row (heterogeneous costs). */
  public static TableGame validHeterogeneous(RandomGenerator rng) {
    int n = 1 + rng.nextInt(0, 4);
    int horizon = 1 + rng.nextInt(0, 6);
    while (ValidGames.pow(horizon + 1, n) > 4096) {
      horizon--;
    }
    return shifted(rng, n, rng.nextInt(0, 11), horizon, false);
  }

  /**
   * The "head start" family, valid by construction: one strictly increasing concave integer sequence
   * {@code g} and offsets {@code a_1 > a_2 > ... > a_n >= 0}, {@code score[i][x] = g(a_i + x)}. Each row is
   * a window of {@code g} (C2); rows are strictly ordered (C1); {@code X_i(s) = max(0, G(s) - a_i)}, so the
   * effort gaps are {@code 0}, then rising, then constant {@code a_i - a_m} (C3). Convex strictly increasing
   * cost rows with {@code c(0) = 0} (one common row, or one row per model), non-increasing rewards.
   */
  public static TableGame shifted(RandomGenerator rng, int n, int tau, int horizon, boolean commonCost) {
    int[] a = new int[n];
    for (int i = n - 2; i >= 0; i--) {
      a[i] = a[i + 1] + 1 + rng.nextInt(0, 3);
    }
    int len = a[0] + tau + horizon + 1;
    long[] g = new long[len];
    long inc = 1 + rng.nextInt(0, 20);
    g[0] = rng.nextInt(0, 10);
    for (int y = 1; y < len; y++) {
      g[y] = g[y - 1] + inc;
      inc = Math.max(1, inc - rng.nextInt(0, 4));
    }
    long[][] score = new long[n][tau + horizon + 1];
    for (int i = 0; i < n; i++) {
      for (int x = 0; x <= tau + horizon; x++) {
        score[i][x] = g[a[i] + x];
      }
    }
    boolean common = commonCost;
    long[] shared = costRow(rng, horizon);
    long[][] cost = new long[n][];
    for (int i = 0; i < n; i++) {
      cost[i] = common ? shared.clone() : costRow(rng, horizon);
    }
    return TableGame.of(score, cost, rewards(rng, n), tau, horizon, "head-start family");
  }

  /** A convex, strictly increasing cost row with {@code c(0) = 0}: positive nondecreasing increments. */
  public static long[] costRow(RandomGenerator rng, int horizon) {
    long[] c = new long[horizon + 1];
    long inc = 1 + rng.nextInt(0, 8);
    for (int e = 1; e <= horizon; e++) {
      c[e] = c[e - 1] + inc;
      inc += rng.nextInt(0, 5);
    }
    return c;
  }

  /** Non-increasing rewards, last one {@code 0..3}, steps {@code 0..15}. */
  public static long[] rewards(RandomGenerator rng, int n) {
    long[] r = new long[n];
    r[n - 1] = rng.nextInt(0, 4);
    for (int k = n - 2; k >= 0; k--) {
      r[k] = r[k + 1] + rng.nextInt(0, 16);
    }
    return r;
  }

  /**
   * Arbitrary tables (any hypothesis may fail): random score rows and cost rows (nondecreasing four
   * times in five, otherwise going down and possibly negative) and rewards in small ranges, so that
   * ties and every corner of the kernel are reached.
   */
  public static TableGame random(RandomGenerator rng) {
    int n = 1 + rng.nextInt(0, 4);
    int horizon = 1 + rng.nextInt(0, 4);
    while (ValidGames.pow(horizon + 1, n) > 1024) {
      horizon--;
    }
    int tau = rng.nextInt(0, 4);
    long[][] score = new long[n][tau + horizon + 1];
    long[][] cost = new long[n][horizon + 1];
    long[] reward = new long[n];
    // mostly monotone rows (the interesting case); sometimes rows that go down and negative costs
    boolean wild = rng.nextInt(0, 5) == 4;
    int down = wild ? -2 : 0;
    for (int i = 0; i < n; i++) {
      for (int x = 0; x <= tau + horizon; x++) {
        score[i][x] = (x == 0 ? rng.nextInt(0, 6) : score[i][x - 1]) + rng.nextInt(down, 3);
      }
      for (int e = 0; e <= horizon; e++) {
        cost[i][e] = (e == 0 ? rng.nextInt(down, 2) : cost[i][e - 1]) + rng.nextInt(down, 4);
      }
      reward[i] = rng.nextInt(0, 6);
    }
    if (rng.nextBoolean()) {
      java.util.Arrays.sort(reward);
      for (int k = 0; k < n / 2; k++) {
        long t = reward[k];
        reward[k] = reward[n - 1 - k];
        reward[n - 1 - k] = t;
      }
    }
    return TableGame.of(score, cost, reward, tau, horizon, "random tables");
  }

  /** The discrete hypotheses {@link #invalid} can break alone. */
  public static final Set<Hypothesis> BREAKABLE = Set.of(Hypothesis.C1, Hypothesis.C2, Hypothesis.C3,
      Hypothesis.COST_CONVEX, Hypothesis.COST_ZERO_AT_ZERO, Hypothesis.COST_STRICTLY_INCREASING,
      Hypothesis.REWARDS_NONINCREASING);

  /**
   * A discrete game at the enumeration scale that violates {@code h} and satisfies every other
   * hypothesis of {@link TableHypotheses} ({@code h} one of {@link #BREAKABLE}). Built by a targeted change
   * of a valid game, then confirmed with {@link TableHypotheses} (redrawn if the change broke more).
   */
  public static TableGame invalid(RandomGenerator rng, Hypothesis h) {
    if (!BREAKABLE.contains(h)) {
      throw new IllegalArgumentException("cannot break " + h + " alone in a table game");
    }
    for (int attempt = 0; attempt < 10_000; attempt++) {
      TableGame t = breakOne(rng, h);
      if (t != null && TableHypotheses.failed(t).equals(Set.of(h))) {
        return t.withNote("breaks exactly " + h.label());
      }
    }
    throw new IllegalStateException("no table game breaking exactly " + h.label() + " found in 10000 attempts");
  }

  /** Copies row 0 to every row: a common cost. */
  private static void common(long[][] c) {
    for (int i = 1; i < c.length; i++) {
      c[i] = c[0].clone();
    }
  }

  private static TableGame breakOne(RandomGenerator rng, Hypothesis h) {
    int n = 2 + rng.nextInt(0, 3);
    int horizon = 2 + rng.nextInt(0, 3);
    while (ValidGames.pow(horizon + 1, n) > 4096) {
      horizon--;
    }
    int tau = rng.nextInt(0, 6);
    TableGame v = shifted(rng, n, tau, horizon, true);
    long[][] s = v.score();
    long[][] c = v.cost();
    long[] r = v.reward();
    switch (h) {
      case C1: {
        // two adjacent models with the same row: C1 fails (ties), the rows stay concave, D = 0 is nondecreasing
        int k = rng.nextInt(1, n);
        s[k] = s[k - 1].clone();
        break;
      }
      case C2: {
        // a convex kink in every row at the same effort keeps the head-start structure (C1, C3 hold)
        int x = 1 + rng.nextInt(0, s[0].length - 2);
        long bump = 1 + rng.nextInt(0, 20);
        for (long[] row : s) {
          for (int y = x + 1; y < row.length; y++) {
            row[y] += bump * (y - x);
          }
        }
        break;
      }
      case C3: {
        // the weakest model learns faster near the top: its score gap to the next shrinks convexly
        long[] above = s[n - 2];
        long width = 1 + rng.nextInt(0, 6);
        for (int x = 0; x < above.length; x++) {
          long left = above.length - x;
          s[n - 1][x] = above[x] - 1 - width * left * left;
        }
        break;
      }
      case COST_CONVEX: {
        // the common cost row: a cheap second step after an expensive first one
        long[] row = c[0];
        long first = 2 + rng.nextInt(0, 8);
        long later = 1 + rng.nextInt(0, (int) first - 1);
        for (int e = 1; e < row.length; e++) {
          row[e] = row[e - 1] + (e == 1 ? first : later);
        }
        common(c);
        break;
      }
      case COST_ZERO_AT_ZERO: {
        long add = 1 + rng.nextInt(0, 8);
        for (int e = 0; e < c[0].length; e++) {
          c[0][e] += add;
        }
        common(c);
        break;
      }
      case COST_STRICTLY_INCREASING: {
        // flat, then convex: free effort up to some e, then costly (the common cost row)
        int flat = 1 + rng.nextInt(0, c[0].length - 1);
        long inc = 1 + rng.nextInt(0, 5);
        for (int e = 1; e < c[0].length; e++) {
          c[0][e] = e <= flat ? 0 : c[0][e - 1] + inc;
        }
        common(c);
        break;
      }
      default: {
        int k = rng.nextInt(1, n);
        r[k] = r[k - 1] + 1 + rng.nextInt(0, 5);
        break;
      }
    }
    return TableGame.of(s, c, r, tau, horizon);
  }
}
