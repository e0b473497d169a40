package org.lbgame.oracle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A small discrete game given by exact tables (scores at every integer total effort, costs at every integer
 * effort, rewards by rank; dyadic values) with one query about it: what the harness generates and shrinks.
 */
public final class SmallGame {
  private final double[][] score;
  private final double[] cost;
  private final double[] reward;
  private final String kind;
  private final int tau;
  private final int steps;
  private final int maxTau;

  SmallGame(double[][] score, double[] cost, double[] reward, String kind, int tau, int steps, int maxTau) {
    this.score = score;
    this.cost = cost;
    this.reward = reward;
    this.kind = kind;
    this.tau = tau;
    this.steps = steps;
    this.maxTau = maxTau;
  }

  /** Number of models. */
  public int size() {
    return score.length;
  }

  /** The query (and its game, built by {@link TableGames}). */
  public Query query() {
    int width = (kind.equals(Query.THRESHOLD) ? maxTau : tau) + steps + 1;
    double[][] s = new double[score.length][];
    for (int i = 0; i < s.length; i++) {
      s[i] = Arrays.copyOf(score[i], width);
      for (int x = score[i].length; x < width; x++) {
        s[i][x] = score[i][score[i].length - 1];
      }
    }
    double[] c = Arrays.copyOf(cost, Math.max(2, steps + 1));
    var game = TableGames.game("generated", "", s, c, reward);
    switch (kind) {
      case Query.THRESHOLD:
        return Query.threshold(game, steps, maxTau);
      case Query.ENUMERATE:
        return Query.enumerate(game, tau, steps);
      default:
        return Query.solve(game, tau, steps);
    }
  }

  /** Smaller games, most aggressive first: fewer models, shorter horizon, smaller tau, simpler values. */
  public List<SmallGame> shrinks() {
    List<SmallGame> out = new ArrayList<>();
    int n = score.length;
    int width = (kind.equals(Query.THRESHOLD) ? maxTau : tau) + steps + 1;
    if (score[0].length > width) {
      double[][] s = new double[n][];
      for (int i = 0; i < n; i++) {
        s[i] = Arrays.copyOf(score[i], width);
      }
      out.add(new SmallGame(s, Arrays.copyOf(cost, Math.max(2, steps + 1)), reward, kind, tau, steps, maxTau));
    }
    for (int i = 0; i < n && n > 1; i++) {
      double[][] s = new double[n - 1][];
      double[] r = new double[n - 1];
      for (int j = 0, k = 0; j < n; j++) {
        if (j != i) {
          s[k] = score[j];
          r[k++] = reward[j];
        }
      }
      out.add(new SmallGame(s, cost, r, kind, tau, steps, maxTau));
    }
    if (steps > 1) {
      out.add(new SmallGame(score, cost, reward, kind, tau, steps - 1, maxTau));
    }
    if (tau > 0) {
      out.add(new SmallGame(drop(score), cost, reward, kind, tau - 1, steps, maxTau));
    }
    if (maxTau > 0) {
      out.add(new SmallGame(score, cost, reward, kind, tau, steps, maxTau - 1));
    }
    for (int i = 0; i < n; i++) {
      for (int x = 0; x < score[i].length; x++) {
        double v = Math.floor(score[i][x]);
        if (v != score[i][x] && (x == 0 || v >= score[i][x - 1])) {
          double[][] s = copy(score);
          s[i][x] = v;
          out.add(new SmallGame(s, cost, reward, kind, tau, steps, maxTau));
        }
      }
    }
    return out;
  }

  private static double[][] drop(double[][] a) {
    double[][] c = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      c[i] = a[i].length > 1 ? Arrays.copyOfRange(a[i], 1, a[i].length) : a[i].clone();
    }
    return c;
  }

  private static double[][] copy(double[][] a) {
    double[][] c = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      c[i] = a[i].clone();
    }
    return c;
  }

  /** The tables in one line each: scores per model, cost, rewards. */
  public String tables() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < score.length; i++) {
      b.append("  S[").append(i).append("] = ").append(Arrays.toString(score[i])).append('\n');
    }
    b.append("  cost = ").append(Arrays.toString(Arrays.copyOf(cost, Math.max(2, steps + 1)))).append('\n');
    return b.append("  rewards = ").append(Arrays.toString(reward)).toString();
  }

  @Override
  public String toString() {
    return kind + " n=" + score.length + " tau=" + tau + " E=" + steps + (kind.equals(Query.THRESHOLD) ? " maxTau="
        + maxTau : "");
  }
}
