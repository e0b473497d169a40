package org.lbgame.kernel;

/** Exact hypothesis checks on the discrete tables (C1, C2, C3, cost shape, rewards). */
public final class Validity {

    private Validity() {
    }

    /** Whether every row of {@code score} has length {@code tau + horizon + 1} or more and every cost row {@code horizon + 1} or more. */
    public static boolean wellFormed(long[][] score, long[][] cost, long[] reward, int tau, int horizon) {
        if (tau < 0 || horizon < 0 || score.length == 0 || cost.length != score.length
                || reward.length != score.length) {
            return false;
        }
        for (int i = 0; i < score.length; i++) {
            if (score[i] == null || cost[i] == null || score[i].length <= tau + horizon
                    || cost[i].length <= horizon) {
                return false;
            }
        }
        return true;
    }

    /** C1 at total effort {@code x}: {@code score[i][x] > score[i+1][x]} for every {@code i}. */
    public static boolean columnStrictlyDecreasing(long[][] score, int x) {
        for (int i = 0; i + 1 < score.length; i++) {
            if (score[i][x] <= score[i + 1][x]) {
                return false;
            }
        }
        return true;
    }

    /** C2, first half: {@code row[x] <= row[x+1]} for every {@code x}. */
    public static boolean rowNondecreasing(long[] row) {
        for (int x = 0; x + 1 < row.length; x++) {
            if (row[x] > row[x + 1]) {
                return false;
            }
        }
        return true;
    }

    /** C2, second half: nonincreasing increments, {@code row[x+1] - row[x] <= row[x] - row[x-1]}. */
    public static boolean rowConcave(long[] row) {
        for (int x = 1; x + 1 < row.length; x++) {
            if (row[x + 1] - row[x] > row[x] - row[x - 1]) {
                return false;
            }
        }
        return true;
    }

    /** Convexity: nondecreasing increments, {@code row[e+1] - row[e] >= row[e] - row[e-1]}. */
    public static boolean rowConvex(long[] row) {
        for (int e = 1; e + 1 < row.length; e++) {
            if (row[e + 1] - row[e] < row[e] - row[e - 1]) {
                return false;
            }
        }
        return true;
    }

    /** Strictly increasing: {@code row[e] < row[e+1]} for every {@code e} (positive cost of any effort). */
    public static boolean rowStrictlyIncreasing(long[] row) {
        for (int e = 0; e + 1 < row.length; e++) {
            if (row[e] >= row[e + 1]) {
                return false;
            }
        }
        return true;
    }

    /** Rewards non-increasing in rank: {@code reward[r] >= reward[r+1]}. */
    public static boolean rewardsNonIncreasing(long[] reward) {
        for (int r = 0; r + 1 < reward.length; r++) {
            if (reward[r] < reward[r + 1]) {
                return false;
            }
        }
        return true;
    }

    /** Whether every value of {@code row} lies within {@code Bounds.MAX_VALUE} in magnitude. */
    public static boolean rowBounded(long[] row) {
        for (int x = 0; x < row.length; x++) {
            if (row[x] < -Bounds.MAX_VALUE || row[x] > Bounds.MAX_VALUE) {
                return false;
            }
        }
        return true;
    }

    /** Discrete reach inverse {@code X(s)}: least {@code x} with {@code row[x] >= s}, or {@code row.length} (standing for +inf). */
    public static int reach(long[] row, long s) {
        for (int x = 0; x < row.length; x++) {
            if (row[x] >= s) {
                return x;
            }
        }
        return row.length;
    }

    /**
     * C3 on the discrete reach inverses for models {@code i < m}: {@code D(s) = X_m(s) - X_i(s)} nondecreasing in
     * {@code s}, checked at every value of either row (the only points where either inverse changes).
     */
    public static boolean effortGapsNondecreasing(long[] rowI, long[] rowM) {
        long[] values = new long[rowI.length + rowM.length];
        for (int x = 0; x < rowI.length; x++) {
            values[x] = rowI[x];
        }
        for (int x = 0; x < rowM.length; x++) {
            values[rowI.length + x] = rowM[x];
        }
        for (int a = 0; a < values.length; a++) {
            for (int b = 0; b < values.length; b++) {
                if (values[a] < values[b] && !gapOrdered(rowI, rowM, values[a], values[b])) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether {@code D(v) <= D(w)} for {@code v < w}, with +inf for an unreachable score of the weaker model. */
    private static boolean gapOrdered(long[] rowI, long[] rowM, long v, long w) {
        int mw = reach(rowM, w);
        if (mw == rowM.length) {
            return true; // D(w) = +inf
        }
        int iw = reach(rowI, w);
        if (iw == rowI.length) {
            return false; // the weaker model reaches a score the stronger never does: D(w) = -inf
        }
        int mv = reach(rowM, v);
        int iv = reach(rowI, v);
        return mv - iv <= mw - iw;
    }

    /** C3 for every pair of models {@code i < m} of {@code score}. */
    public static boolean c3Holds(long[][] score) {
        for (int i = 0; i < score.length; i++) {
            for (int m = i + 1; m < score.length; m++) {
                if (!effortGapsNondecreasing(score[i], score[m])) {
                    return false;
                }
            }
        }
        return true;
    }
}
