package org.lbgame.oracle;

import org.lbgame.kernel.Certificates;
import org.lbgame.kernel.Enumeration;
import org.lbgame.kernel.GambitIndex;
import org.lbgame.kernel.Ranking;

/**
 * Every pure equilibrium of the discrete game using its structure: a utility depends only on the rank
 * reached and one's own effort, so for each player and each profile of the others' efforts the best
 * reachable utility is computed once (a sweep over the sorted efforts at which the player passes each
 * rival), and a profile is a PNE iff every player's utility there equals that best value. This replaces the
 * kernel's profile-by-profile re-ranking of every unilateral deviation ({@code Enumeration.allPne}, the
 * reference it is cross-checked against). Same tables, same tie rule ({@code Ranking.beats}), same order.
 */
public final class FastEnumeration {
  /** Largest number of profiles {@code (E+1)^n} enumerated ({@code 2^24}). */
  public static final int MAX_PROFILES = 1 << 24;

  private FastEnumeration() {
  }

  /** {@code (E+1)^n}, or -1 above {@link #MAX_PROFILES}. */
  public static int profileCount(int n, int horizon) {
    long total = 1;
    for (int i = 0; i < n; i++) {
      total *= horizon + 1L;
      if (total > MAX_PROFILES) {
        return -1;
      }
    }
    return (int) total;
  }

  /** Every PNE profile in Gambit's order (player 0's effort varying fastest); tables as in the kernel. */
  public static int[][] allPne(long[][] score, long[][] cost, long[] reward, int tau, int horizon) {
    int[] idx = pneIndices(score, cost, reward, tau, horizon);
    int[][] out = new int[idx.length][];
    for (int k = 0; k < idx.length; k++) {
      out[k] = GambitIndex.profileAt(score.length, horizon, idx[k]);
    }
    return out;
  }

  /**
   * The Gambit indices of every PNE profile, increasing (profile {@code p} has index {@code sum p_i (E+1)^i});
   * compact: 4 bytes per equilibrium, for games where most profiles are equilibria.
   */
  public static int[] pneIndices(long[][] score, long[][] cost, long[] reward, int tau, int horizon) {
    int[][] out = {new int[16]};
    int[] found = {0};
    forEachPne(score, cost, reward, tau, horizon, idx -> {
      if (found[0] == out[0].length) {
        out[0] = java.util.Arrays.copyOf(out[0], 2 * found[0]);
      }
      out[0][found[0]++] = idx;
    });
    return java.util.Arrays.copyOf(out[0], found[0]);
  }

  /**
   * Hands the Gambit index of every PNE profile, increasing, to {@code sink} as it is found, keeping none:
   * memory is the per-player caches of best utilities, whatever the number of equilibria. With horizon
   * {@code E = 0} every player has the single effort 0, so the single profile is an equilibrium (there is
   * no unilateral deviation), found in time linear in {@code n}.
   */
  public static void forEachPne(long[][] score, long[][] cost, long[] reward, int tau, int horizon,
      java.util.function.IntConsumer sink) {
    int n = score.length;
    if (horizon == 0) {
      sink.accept(0);
      return;
    }
    int m = horizon + 1;
    int total = profileCount(n, horizon);
    if (total < 0) {
      throw new IllegalArgumentException("(E+1)^n above " + MAX_PROFILES + ": n=" + n + ", E=" + horizon);
    }
    int others = total / m;
    int[] pow = new int[n + 1];
    pow[0] = 1;
    for (int i = 0; i < n; i++) {
      pow[i + 1] = pow[i] * m;
    }
    boolean[] monotone = new boolean[n];
    for (int i = 0; i < n; i++) {
      monotone[i] = nondecreasing(score[i], tau, horizon);
    }
    // best[i][q]: player i's best utility against the others' profile q, computed on first use only
    long[][] best = new long[n][];
    boolean[][] known = new boolean[n][];
    for (int i = 1; i < n; i++) {
      best[i] = new long[others];
      known[i] = new boolean[others];
    }
    Sweep sweep = new Sweep(n, m);
    Sweep other = new Sweep(n, m);
    int[] p = new int[n];
    long[] s = new long[n];
    for (int q0 = 0; q0 < others; q0++) {
      // one block: the others fixed, player 0's effort varying; one sweep gives player 0's utility at every effort
      long best0 = sweep.run(score, cost, reward, tau, horizon, p, 0, monotone[0]);
      for (int e = 0; e < m; e++) {
        if (sweep.utility[e] < best0) {
          continue;
        }
        p[0] = e;
        int idx = e + q0 * m;
        for (int i = 0; i < n; i++) {
          s[i] = score[i][tau + p[i]];
        }
        boolean pne = true;
        for (int i = 1; i < n && pne; i++) {
          int q = idx % pow[i] + idx / pow[i + 1] * pow[i];
          if (!known[i][q]) {
            best[i][q] = other.run(score, cost, reward, tau, horizon, p, i, monotone[i]);
            known[i][q] = true;
          }
          pne = reward[rank(s, i)] - cost[i][p[i]] >= best[i][q];
        }
        if (pne) {
          sink.accept(idx);
        }
      }
      p[0] = 0;
      for (int i = 1; i < n; i++) {
        if (++p[i] < m) {
          break;
        }
        p[i] = 0;
      }
    }
  }

  /** A profitable unilateral deviation {@code {i, e}} from {@code effort} (kernel-checked), or null. */
  public static int[] profitableDeviation(long[][] score, long[][] cost, long[] reward, int tau, int horizon,
      int[] effort) {
    for (int i = 0; i < score.length; i++) {
      for (int e = 0; e <= horizon; e++) {
        if (Certificates.checkProfitableDeviation(score, cost, reward, tau, horizon, effort, i, e)) {
          return new int[] {i, e};
        }
      }
    }
    return null;
  }



  private static int rank(long[] s, int i) {
    int r = 0;
    for (int j = 0; j < s.length; j++) {
      if (j != i && Ranking.beats(s[j], j, s[i], i)) {
        r++;
      }
    }
    return r;
  }

  private static boolean nondecreasing(long[] row, int tau, int horizon) {
    for (int e = 0; e < horizon; e++) {
      if (row[tau + e] > row[tau + e + 1]) {
        return false;
      }
    }
    return true;
  }



  /** Least {@code e} at which {@code i} is not beaten by rival {@code (sj, j)}; {@code horizon + 1} if none. */
  private static int passAt(long[] row, int tau, int horizon, long sj, int j, int i) {
    int lo = 0;
    int hi = horizon + 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (Ranking.beats(sj, j, row[tau + mid], i)) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * Player {@code i}'s utility at every own effort against the others' efforts, with reusable buffers. On a
   * nondecreasing row, {@code i} passes rival {@code j} from the least effort {@code t_j} on (binary search), so
   * its rank at effort {@code e} is the number of {@code t_j > e}: one sweep over the sorted thresholds gives every
   * rank without re-ranking anybody. Other rows are re-ranked effort by effort.
   */
  private static final class Sweep {
    final long[] utility;
    private final int[] t;

    Sweep(int n, int m) {
      utility = new long[m];
      t = new int[Math.max(0, n - 1)];
    }

    /** Fills {@link #utility} for player {@code i} (the others at {@code x}) and returns its maximum. */
    long run(long[][] score, long[][] cost, long[] reward, int tau, int horizon, int[] x, int i, boolean monotone) {
      int n = score.length;
      long best = Long.MIN_VALUE;
      if (!monotone) {
        for (int e = 0; e <= horizon; e++) {
          long si = score[i][tau + e];
          int r = 0;
          for (int j = 0; j < n; j++) {
            if (j != i && Ranking.beats(score[j][tau + x[j]], j, si, i)) {
              r++;
            }
          }
          utility[e] = reward[r] - cost[i][e];
          best = Math.max(best, utility[e]);
        }
        return best;
      }
      int c = 0;
      for (int j = 0; j < n; j++) {
        if (j != i) {
          t[c++] = passAt(score[i], tau, horizon, score[j][tau + x[j]], j, i);
        }
      }
      java.util.Arrays.sort(t, 0, c);
      int passed = 0;
      for (int e = 0; e <= horizon; e++) {
        while (passed < c && t[passed] <= e) {
          passed++;
        }
        utility[e] = reward[n - 1 - passed] - cost[i][e];
        best = Math.max(best, utility[e]);
      }
      return best;
    }
  }
}
