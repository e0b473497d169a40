package org.lbgame.kernel;

/** The all-zero profile at {@code tau}: overtake efforts and the equilibrium conditions (Def 4.4, Prop 4.5). */
public final class AllZero {

    private AllZero() {
    }

    /** {@code Delta_{k->j}}: least {@code e} in {@code 0..E} with {@code score[k][tau+e] > score[j][tau]}, or -1 if none. */
    public static int justOvertake(long[][] score, int tau, int horizon, int k, int j) {
        long target = score[j][tau];
        for (int e = 0; e <= horizon; e++) {
            if (score[k][tau + e] > target) {
                return e;
            }
        }
        return -1;
    }

    /** Rank of model {@code i} playing {@code e} while every other model plays 0. */
    public static int rankAtAllZero(long[][] score, int tau, int i, int e) {
        long si = score[i][tau + e];
        int r = 0;
        for (int j = 0; j < score.length; j++) {
            if (j != i && (score[j][tau] > si || (score[j][tau] == si && j < i))) {
                r++;
            }
        }
        return r;
    }

    /** Whether {@code C_k[Delta_{k->j}] >= r_j - r_k} for the pair {@code (j, k)}, or the overtake is beyond the horizon. */
    public static boolean jumpConditionHolds(long[][] score, long[][] cost, long[] reward, int tau, int horizon,
            int k, int j) {
        int d = justOvertake(score, tau, horizon, k, j);
        return d < 0 || cost[k][d] >= reward[j] - reward[k];
    }

    /** Adjacent condition at {@code tau}: the jump condition for every pair {@code (k-1, k)}. */
    public static boolean adjacentConditionHolds(long[][] score, long[][] cost, long[] reward, int tau, int horizon) {
        for (int k = 1; k < score.length; k++) {
            if (!jumpConditionHolds(score, cost, reward, tau, horizon, k, k - 1)) {
                return false;
            }
        }
        return true;
    }

    /** The jump condition for every {@code j < k} (every multi-rank jump). */
    public static boolean everyJumpConditionHolds(long[][] score, long[][] cost, long[] reward, int tau,
            int horizon) {
        for (int k = 1; k < score.length; k++) {
            for (int j = 0; j < k; j++) {
                if (!jumpConditionHolds(score, cost, reward, tau, horizon, k, j)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether all-zero is a PNE by definition: no model gains by any effort {@code 1..E} while the others play 0. */
    public static boolean isAllZeroPne(long[][] score, long[][] cost, long[] reward, int tau, int horizon) {
        return firstProfitableDeviation(score, cost, reward, tau, horizon) == null;
    }

    /** The first {@code {i, e}} (least {@code i}, then least {@code e}) that strictly gains from all-zero, or null. */
    public static int[] firstProfitableDeviation(long[][] score, long[][] cost, long[] reward, int tau,
            int horizon) {
        for (int i = 0; i < score.length; i++) {
            long stay = reward[rankAtAllZero(score, tau, i, 0)] - cost[i][0];
            for (int e = 1; e <= horizon; e++) {
                if (reward[rankAtAllZero(score, tau, i, e)] - cost[i][e] > stay) {
                    return new int[] {i, e};
                }
            }
        }
        return null;
    }
}
