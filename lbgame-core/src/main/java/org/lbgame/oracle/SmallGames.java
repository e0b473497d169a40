package org.lbgame.oracle;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Seeded generator of small discrete games for the harness (main scope, so {@code lbgame harness} needs no test
 * code): 1-4 models, horizon 1-4, tau 0-3, nondecreasing score rows in quarter steps that often tie or cross,
 * mostly convex nondecreasing costs (sometimes flat, concave or positive at zero), non-increasing rewards.
 */
public final class SmallGames {
  private SmallGames() {
  }

  /** One game with a solve (mostly), enumerate or threshold query. */
  public static Query query(SplittableRandom rng) {
    return game(rng).query();
  }

  /** One small game. */
  public static SmallGame game(SplittableRandom rng) {
    int n = 1 + rng.nextInt(4);
    int steps = 1 + rng.nextInt(4);
    int pick = rng.nextInt(10);
    String kind = pick < 7 ? Query.SOLVE : pick < 9 ? Query.ENUMERATE : Query.THRESHOLD;
    int tau = kind.equals(Query.THRESHOLD) ? 0 : rng.nextInt(4);
    int maxTau = kind.equals(Query.THRESHOLD) ? rng.nextInt(6) : -1;
    int width = (kind.equals(Query.THRESHOLD) ? maxTau : tau) + steps + 1;
    double[][] score = new double[n][width];
    double top = 4 * n + rng.nextInt(4);
    for (int i = 0; i < n; i++) {
      double v = top - i * (1 + rng.nextInt(3)) - (rng.nextInt(4) == 0 ? 0 : rng.nextInt(3));
      top = v - 0.25 * rng.nextInt(3);
      double inc = 0.25 * rng.nextInt(8);
      for (int x = 0; x < width; x++) {
        score[i][x] = v;
        v += inc;
        inc = rng.nextInt(3) == 0 ? inc : Math.max(0, inc - 0.25 * rng.nextInt(3));
      }
    }
    double[] cost = new double[Math.max(2, steps + 1)];
    double slope = 0.125 * rng.nextInt(8);
    int shape = rng.nextInt(8);
    for (int e = 1; e < cost.length; e++) {
      cost[e] = cost[e - 1] + slope;
      slope += shape == 0 ? -Math.min(slope, 0.125) : 0.125 * rng.nextInt(3);
    }
    if (shape == 1) {
      for (int e = 0; e < cost.length; e++) {
        cost[e] += 0.25;
      }
    }
    double[] reward = new double[n];
    double r = 1;
    for (int k = 0; k < n; k++) {
      reward[k] = r;
      r = Math.max(0, r - 0.25 * rng.nextInt(4));
    }
    Arrays.sort(score, (a, b) -> Double.compare(b[0], a[0]));
    return new SmallGame(score, cost, reward, kind, tau, steps, maxTau);
  }
}
