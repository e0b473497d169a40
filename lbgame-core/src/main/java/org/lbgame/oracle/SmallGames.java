package org.lbgame.oracle;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Seeded generator of small discrete games for the harness (main scope, so {@code lbgame harness} needs no test
 * code): 1-4 models, horizon 1-4, tau 0-3, nondecreasing score rows in quarter steps that often tie or cross,
 * mostly convex nondecreasing costs (sometimes flat, concave or positive at zero), non-increasing rewards.
 *
 * <p>Random games rarely contain the few structures on which implementations go wrong, so the harness
 * interleaves them at a guaranteed rate ({@link Exposure}): try {@code t} draws exposure class
 * {@code t mod 8} when that is below 6, a random game otherwise. Each class's game is built so that one
 * known mistake necessarily gives a wrong answer on it.
 */
public final class SmallGames {
  private SmallGames() {
  }

  /** One game with a solve (mostly), enumerate or threshold query. */
  public static Query query(SplittableRandom rng) {
    return game(rng).query();
  }

  /** The known ways to get this game wrong, each with games that expose it. */
  public enum Exposure {
    /** A paying multi-rank jump while every adjacent condition holds (the adjacent-only shortcut). */
    MULTI_RANK_JUMP,
    /** The least overtaking effort only ties: a tie is not an overtake (reversed or weak ties). */
    EXACT_TIE,
    /** A cost flat at zero: costless effort that changes nothing is not a profitable deviation. */
    FLAT_COST,
    /** C1 fails at tau: the baseline ranking is not the index order. */
    C1_FAILS,
    /** An enumeration with equilibria other than all-zero. */
    NON_ZERO_PNE,
    /** A threshold query whose tau* is exactly maxTau. */
    TAU_STAR_BOUNDARY
  }

  /** Tries per cycle: the exposure classes, then random games. */
  public static final int CYCLE = 8;

  /** The game of try {@code t}: exposure class {@code t mod CYCLE} when there is one, else a random game. */
  public static SmallGame game(SplittableRandom rng, int t) {
    int c = t % CYCLE;
    return c < Exposure.values().length ? exposing(rng, Exposure.values()[c]) : game(rng);
  }

  /** A game on which the mistake {@code e} necessarily gives a wrong answer (random sizes and values around it). */
  public static SmallGame exposing(SplittableRandom rng, Exposure e) {
    double q = 0.25 * rng.nextInt(4);
    switch (e) {
      case MULTI_RANK_JUMP: {
        // model 2 jumps over both at one step; model 1 never reaches model 0; the adjacent gap is covered, the jump's not
        int steps = 1 + rng.nextInt(3);
        double[][] s = {row(10 + q, 0, steps + 1), row(8 + q, 0, steps + 1), jump(7, 11 + q, steps + 1)};
        double[] c = linear(0.75, steps);
        return new SmallGame(s, c, new double[] {1, 0.5, 0}, Query.SOLVE, 0, steps, -1);
      }
      case EXACT_TIE: {
        // model 1 ties model 0 after one step (worth it if a tie overtook) and passes it only after two (too dear)
        int tau = rng.nextInt(3);
        int steps = 2 + rng.nextInt(2);
        double top = 5 + q;
        double[][] s = {row(top, 0, tau + steps + 1), tieThenPass(top - 1, tau, tau + steps + 1)};
        double[] c = new double[steps + 1];
        c[1] = 0.25;
        for (int k = 2; k <= steps; k++) {
          c[k] = 2 + k;
        }
        return new SmallGame(s, c, new double[] {1, 0}, Query.SOLVE, tau, steps, -1);
      }
      case FLAT_COST: {
        // rows far apart: nobody can overtake; effort is free at first, so equal utilities abound
        int n = 1 + rng.nextInt(3);
        int steps = 1 + rng.nextInt(3);
        double[][] s = new double[n][];
        for (int i = 0; i < n; i++) {
          s[i] = row(10 * (n - i) + q, 0, steps + 1);
        }
        double[] c = new double[steps + 1];
        for (int k = 2; k <= steps; k++) {
          c[k] = 0.25 * (k - 1);
        }
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
          r[i] = n - i;
        }
        return new SmallGame(s, c, r, Query.SOLVE, 0, steps, -1);
      }
      case C1_FAILS: {
        // the weaker model starts ahead; the stronger one re-overtakes it cheaply with one step
        int steps = 1 + rng.nextInt(3);
        double[][] s = {jump(4 + q, 6 + q, steps + 1), row(5 + q, 0, steps + 1)};
        return new SmallGame(s, linear(0.25, steps), new double[] {1, 0}, Query.SOLVE, 0, steps, -1);
      }
      case NON_ZERO_PNE: {
        // nobody can overtake and the first step is free: profiles with a costless step are PNE too
        int n = 2 + rng.nextInt(2);
        int steps = 1 + rng.nextInt(2);
        double[][] s = new double[n][];
        for (int i = 0; i < n; i++) {
          s[i] = row(10 * (n - i) + q, 0, steps + 1);
        }
        double[] c = new double[Math.max(2, steps + 1)];
        for (int k = 2; k <= steps; k++) {
          c[k] = k - 1;
        }
        double[] r = new double[n];
        r[0] = 1;
        return new SmallGame(s, c, r, Query.ENUMERATE, 0, steps, -1);
      }
      default: {
        // Delta(tau) = tau + 2 steps: reachable (and cheap) up to tau = E - 2, beyond the horizon from tau = E - 1
        int steps = 2 + rng.nextInt(3);
        int maxTau = steps - 1;
        int width = maxTau + steps + 1;
        double[][] s = {row(10 + q, 2, width), row(9 + q, 1, width)};
        return new SmallGame(s, linear(0.125, steps), new double[] {1, 0}, Query.THRESHOLD, 0, steps, maxTau);
      }
    }
  }

  private static double[] row(double start, double slope, int width) {
    double[] r = new double[width];
    for (int x = 0; x < width; x++) {
      r[x] = start + slope * x;
    }
    return r;
  }

  private static double[] jump(double start, double after, int width) {
    double[] r = new double[width];
    for (int x = 0; x < width; x++) {
      r[x] = x == 0 ? start : after;
    }
    return r;
  }

  /** Below {@code top + 1} until {@code tau}, equal to it at {@code tau + 1}, above from {@code tau + 2}. */
  private static double[] tieThenPass(double start, int tau, int width) {
    double[] r = new double[width];
    for (int x = 0; x < width; x++) {
      r[x] = x <= tau ? start : x == tau + 1 ? start + 1 : start + 2;
    }
    return r;
  }

  private static double[] linear(double slope, int steps) {
    double[] c = new double[Math.max(2, steps + 1)];
    for (int k = 0; k < c.length; k++) {
      c[k] = slope * k;
    }
    return c;
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
