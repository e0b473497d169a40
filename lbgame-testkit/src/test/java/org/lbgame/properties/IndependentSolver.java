package org.lbgame.properties;

import java.util.ArrayList;
import java.util.List;
import org.lbgame.gen.TableGame;

/**
 * An independent brute-force solver of the discrete game, written from SPEC sections 1 and 5 without
 * the kernel: ranks by counting who beats whom, utilities, every profile enumerated. Rewards may be
 * per model ({@code reward[i][rank]}) for the rescaled games of Prop B.1.
 */
final class IndependentSolver {
  private final long[][] score;
  private final long[][] cost;
  private final long[][] reward;
  private final int tau;
  private final int horizon;
  private final boolean tiesToLower;

  private IndependentSolver(long[][] score, long[][] cost, long[][] reward, int tau, int horizon, boolean tiesToLower) {
    this.score = score;
    this.cost = cost;
    this.reward = reward;
    this.tau = tau;
    this.horizon = horizon;
    this.tiesToLower = tiesToLower;
  }

  static IndependentSolver of(TableGame t) {
    long[] r = t.reward();
    long[][] rr = new long[t.size()][];
    for (int i = 0; i < rr.length; i++) {
      rr[i] = r;
    }
    return new IndependentSolver(t.score(), t.cost(), rr, t.tau(), t.horizon(), false);
  }

  static IndependentSolver perModelRewards(TableGame t, long[][] rewardByModel) {
    return new IndependentSolver(t.score(), t.cost(), rewardByModel, t.tau(), t.horizon(), false);
  }

  /** The same game with ties going to the lower-capability model. */
  IndependentSolver tiesToLowerCapability() {
    return new IndependentSolver(score, cost, reward, tau, horizon, true);
  }

  int n() {
    return score.length;
  }

  /** 0-based rank of {@code i}: the number of models with a higher score, or an equal one and priority. */
  int rank(int[] effort, int i) {
    long si = score[i][tau + effort[i]];
    int r = 0;
    for (int j = 0; j < score.length; j++) {
      if (j == i) {
        continue;
      }
      long sj = score[j][tau + effort[j]];
      boolean priority = tiesToLower ? j > i : j < i;
      if (sj > si || (sj == si && priority)) {
        r++;
      }
    }
    return r;
  }

  long utility(int[] effort, int i) {
    return reward[i][rank(effort, i)] - cost[i][effort[i]];
  }

  boolean isPne(int[] effort) {
    for (int i = 0; i < n(); i++) {
      long u = utility(effort, i);
      int[] dev = effort.clone();
      for (int e = 0; e <= horizon; e++) {
        dev[i] = e;
        if (utility(dev, i) > u) {
          return false;
        }
      }
    }
    return true;
  }

  /** Every PNE, player 0's effort varying fastest. */
  List<int[]> allPne() {
    List<int[]> out = new ArrayList<>();
    int[] e = new int[n()];
    while (true) {
      if (isPne(e)) {
        out.add(e.clone());
      }
      int i = 0;
      while (i < e.length && e[i] == horizon) {
        e[i] = 0;
        i++;
      }
      if (i == e.length) {
        return out;
      }
      e[i]++;
    }
  }

  boolean allZeroIsPne() {
    return isPne(new int[n()]);
  }

  /** Least {@code e <= E} with {@code score[k][tau+e] > score[j][tau]}, -1 if none. */
  int overtake(int k, int j) {
    for (int e = 0; e <= horizon; e++) {
      if (score[k][tau + e] > score[j][tau]) {
        return e;
      }
    }
    return -1;
  }

  boolean jumpHolds(int k, int j) {
    int d = overtake(k, j);
    return d < 0 || cost[k][d] >= reward[k][j] - reward[k][k];
  }

  boolean adjacentHolds() {
    for (int k = 1; k < n(); k++) {
      if (!jumpHolds(k, k - 1)) {
        return false;
      }
    }
    return true;
  }

  boolean everyJumpHolds() {
    for (int k = 1; k < n(); k++) {
      for (int j = 0; j < k; j++) {
        if (!jumpHolds(k, j)) {
          return false;
        }
      }
    }
    return true;
  }
}
