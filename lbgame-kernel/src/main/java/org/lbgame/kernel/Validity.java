package org.lbgame.kernel;

/** Exact hypothesis checks on the discrete tables (C1, C2, C3, cost shape, rewards). */
public final class Validity {

    private Validity() {
    }

    /** Whether the tables fit {@code tau} and {@code horizon}: score rows longer than {@code tau+E}, cost rows than {@code E}. */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null;
      @   ensures \result <==> (0 <= tau && 0 <= horizon && tau + horizon < 2147483647
      @       && score.length >= 1 && cost.length == score.length
      @       && reward.length == score.length
      @       && (\forall int m; 0 <= m && m < score.length; score[m] != null && cost[m] != null
      @           && tau + horizon < score[m].length && horizon < cost[m].length));
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean wellFormed(long[][] score, long[][] cost,
            long[] reward, int tau, int horizon) {
        boolean ok = 0 <= tau && 0 <= horizon && score.length >= 1 && cost.length == score.length
                && reward.length == score.length && tau <= 2147483646 - horizon;
        int i = 0;
        /*@ loop_invariant 0 <= i && i <= score.length
          @   && (ok <==> (0 <= tau && 0 <= horizon && score.length >= 1 && cost.length == score.length
          @       && reward.length == score.length && tau + horizon < 2147483647
          @       && (\forall int m; 0 <= m && m < i; score[m] != null && cost[m] != null
          @           && tau + horizon < score[m].length && horizon < cost[m].length)));
          @ decreases score.length - i;
          @*/
        /*+KeY@ loop_writes \strictly_nothing; @*/
        /*-KeY@ loop_writes ok, i; @*/
        while (ok && i < score.length) {
            ok = score[i] != null && cost[i] != null && score[i].length > tau + horizon && cost[i].length > horizon;
            i++;
        }
        return ok;
    }

    /** C1 at total effort {@code x}: {@code score[a][x] > score[b][x]} for every {@code a < b}. */
    /*@ public normal_behavior
      @   requires score != null && 0 <= x;
      @   requires (\forall int m; 0 <= m && m < score.length; score[m] != null && x < score[m].length);
      @   ensures \result <==> (\forall int a, b; 0 <= a && a < b && b < score.length; score[a][x] > score[b][x]);
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean columnStrictlyDecreasing(long[][] score,
            int x) {
        int i = 0;
        /*@ loop_invariant 0 <= i && (i < score.length || (score.length == 0 && i == 0))
          @   && (\forall int a, b; 0 <= a && a < b && b <= i && b < score.length; score[a][x] > score[b][x]);
          @ decreases score.length - i;
          @*/
        /*+KeY@ loop_writes \strictly_nothing; @*/
        /*-KeY@ loop_writes i; @*/
        while (i + 1 < score.length && score[i][x] > score[i + 1][x]) {
            i++;
        }
        return i + 1 >= score.length;
    }

    /** C2, first half: {@code row[a] <= row[b]} for every {@code a <= b}. */
    /*@ public normal_behavior
      @   requires row != null;
      @   ensures \result <==> (\forall int a, b; 0 <= a && a <= b && b < row.length; row[a] <= row[b]);
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean rowNondecreasing(long[] row) {
        int x = 0;
        /*@ loop_invariant 0 <= x && (x < row.length || (row.length == 0 && x == 0))
          @   && (\forall int a, b; 0 <= a && a <= b && b <= x && b < row.length; row[a] <= row[b]);
          @ decreases row.length - x;
          @*/
        /*+KeY@ loop_writes \strictly_nothing; @*/
        /*-KeY@ loop_writes x; @*/
        while (x + 1 < row.length && row[x] <= row[x + 1]) {
            x++;
        }
        return x + 1 >= row.length;
    }

    /** C2, second half: nonincreasing increments, {@code row[x+1] - row[x] <= row[x] - row[x-1]}. */
    /*@ public normal_behavior
      @   requires row != null;
      @   requires (\forall int x; 0 <= x && x < row.length;
      @       -Bounds.MAX_VALUE <= row[x] && row[x] <= Bounds.MAX_VALUE);
      @   ensures \result <==> (\forall int x; 1 <= x && x + 1 < row.length;
      @       row[x + 1] - row[x] <= row[x] - row[x - 1]);
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean rowConcave(long[] row) {
        int x = 1;
        /*@ loop_invariant 1 <= x && (x < row.length || (row.length <= 1 && x == 1))
          @   && (\forall int y; 1 <= y && y < x && y + 1 < row.length; row[y + 1] - row[y] <= row[y] - row[y - 1]);
          @ decreases row.length - x;
          @*/
        /*+KeY@ loop_writes \strictly_nothing; @*/
        /*-KeY@ loop_writes x; @*/
        while (x + 1 < row.length && row[x + 1] - row[x] <= row[x] - row[x - 1]) {
            x++;
        }
        return x + 1 >= row.length;
    }

    /** Convexity: nondecreasing increments, {@code row[e+1] - row[e] >= row[e] - row[e-1]}. */
    /*@ public normal_behavior
      @   requires row != null;
      @   requires (\forall int x; 0 <= x && x < row.length;
      @       -Bounds.MAX_VALUE <= row[x] && row[x] <= Bounds.MAX_VALUE);
      @   ensures \result <==> (\forall int x; 1 <= x && x + 1 < row.length;
      @       row[x + 1] - row[x] >= row[x] - row[x - 1]);
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean rowConvex(long[] row) {
        int x = 1;
        /*@ loop_invariant 1 <= x && (x < row.length || (row.length <= 1 && x == 1))
          @   && (\forall int y; 1 <= y && y < x && y + 1 < row.length; row[y + 1] - row[y] >= row[y] - row[y - 1]);
          @ decreases row.length - x;
          @*/
        /*+KeY@ loop_writes \strictly_nothing; @*/
        /*-KeY@ loop_writes x; @*/
        while (x + 1 < row.length && row[x + 1] - row[x] >= row[x] - row[x - 1]) {
            x++;
        }
        return x + 1 >= row.length;
    }

    /** Strictly increasing: {@code row[a] < row[b]} for every {@code a < b} (positive cost of any effort). */
    /*@ public normal_behavior
      @   requires row != null;
      @   ensures \result <==> (\forall int a, b; 0 <= a && a < b && b < row.length; row[a] < row[b]);
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean rowStrictlyIncreasing(long[] row) {
        int x = 0;
        /*@ loop_invariant 0 <= x && (x < row.length || (row.length == 0 && x == 0))
          @   && (\forall int a, b; 0 <= a && a < b && b <= x && b < row.length; row[a] < row[b]);
          @ decreases row.length - x;
          @*/
        /*+KeY@ loop_writes \strictly_nothing; @*/
        /*-KeY@ loop_writes x; @*/
        while (x + 1 < row.length && row[x] < row[x + 1]) {
            x++;
        }
        return x + 1 >= row.length;
    }

    /** Rewards non-increasing in rank: {@code reward[a] >= reward[b]} for every {@code a <= b}. */
    /*@ public normal_behavior
      @   requires reward != null;
      @   ensures \result <==> (\forall int a, b; 0 <= a && a <= b && b < reward.length; reward[a] >= reward[b]);
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean rewardsNonIncreasing(long[] reward) {
        int r = 0;
        /*@ loop_invariant 0 <= r && (r < reward.length || (reward.length == 0 && r == 0))
          @   && (\forall int a, b; 0 <= a && a <= b && b <= r && b < reward.length; reward[a] >= reward[b]);
          @ decreases reward.length - r;
          @*/
        /*+KeY@ loop_writes \strictly_nothing; @*/
        /*-KeY@ loop_writes r; @*/
        while (r + 1 < reward.length && reward[r] >= reward[r + 1]) {
            r++;
        }
        return r + 1 >= reward.length;
    }

    /** Whether every value of {@code row} lies within {@code Bounds.MAX_VALUE} in magnitude. */
    /*@ public normal_behavior
      @   requires row != null;
      @   ensures \result <==> (\forall int x; 0 <= x && x < row.length;
      @       -Bounds.MAX_VALUE <= row[x] && row[x] <= Bounds.MAX_VALUE);
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean rowBounded(long[] row) {
        int x = 0;
        /*@ loop_invariant 0 <= x && x <= row.length
          @   && (\forall int y; 0 <= y && y < x; -Bounds.MAX_VALUE <= row[y] && row[y] <= Bounds.MAX_VALUE);
          @ decreases row.length - x;
          @*/
        /*+KeY@ loop_writes \strictly_nothing; @*/
        /*-KeY@ loop_writes x; @*/
        while (x < row.length && -Bounds.MAX_VALUE <= row[x] && row[x] <= Bounds.MAX_VALUE) {
            x++;
        }
        return x >= row.length;
    }

    /** Discrete reach inverse {@code X(s)}: least {@code x} with {@code row[x] >= s}, or {@code row.length} (standing for +inf). */
    /*@ public normal_behavior
      @   requires row != null;
      @   ensures 0 <= \result && \result <= row.length;
      @   ensures (\forall int x; 0 <= x && x < \result; row[x] < s);
      @   ensures \result < row.length ==> row[\result] >= s;
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ int reach(long[] row, long s) {
        int x = 0;
        /*@ loop_invariant 0 <= x && x <= row.length && (\forall int y; 0 <= y && y < x; row[y] < s);
          @ decreases row.length - x;
          @*/
        /*+KeY@ loop_writes \strictly_nothing; @*/
        /*-KeY@ loop_writes x; @*/
        while (x < row.length && row[x] < s) {
            x++;
        }
        return x;
    }

    /**
     * C3 on the discrete reach inverses for models {@code i < m}: {@code D(s) = X_m(s) - X_i(s)} nondecreasing in
     * {@code s}, checked at every pair {@code v < w} of values of either row ({@link #gapOrdered}). These are the only
     * points where either inverse changes: {@code X(s)} is constant on each interval between consecutive values.
     */
    /*@ public normal_behavior
      @   requires rowI != null && rowM != null;
      @   requires (\forall int x; 0 <= x && x < rowI.length;
      @       -9223372036854775807L - 1 <= rowI[x] && rowI[x] <= 9223372036854775807L);
      @   requires (\forall int x; 0 <= x && x < rowM.length;
      @       -9223372036854775807L - 1 <= rowM[x] && rowM[x] <= 9223372036854775807L);
      @   ensures \result <==> (\forall int a, b; 0 <= a && a < rowI.length && 0 <= b && b < rowI.length;
      @           rowI[a] < rowI[b] ==> gapOrdered(rowI, rowM, rowI[a], rowI[b]))
      @       && (\forall int a, b; 0 <= a && a < rowI.length && 0 <= b && b < rowM.length;
      @           rowI[a] < rowM[b] ==> gapOrdered(rowI, rowM, rowI[a], rowM[b]))
      @       && (\forall int a, b; 0 <= a && a < rowM.length && 0 <= b && b < rowI.length;
      @           rowM[a] < rowI[b] ==> gapOrdered(rowI, rowM, rowM[a], rowI[b]))
      @       && (\forall int a, b; 0 <= a && a < rowM.length && 0 <= b && b < rowM.length;
      @           rowM[a] < rowM[b] ==> gapOrdered(rowI, rowM, rowM[a], rowM[b]));
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean effortGapsNondecreasing(long[] rowI,
            long[] rowM) {
        return gapsBetween(rowI, rowM, rowI, rowI) && gapsBetween(rowI, rowM, rowI, rowM)
                && gapsBetween(rowI, rowM, rowM, rowI) && gapsBetween(rowI, rowM, rowM, rowM);
    }

    /** Whether {@link #gapOrdered} holds at every pair {@code v < w} with {@code v} from {@code from}, {@code w} from {@code to}. */
    /*@ public normal_behavior
      @   requires rowI != null && rowM != null && from != null && to != null;
      @   requires (\forall int x; 0 <= x && x < from.length;
      @       -9223372036854775807L - 1 <= from[x] && from[x] <= 9223372036854775807L);
      @   requires (\forall int x; 0 <= x && x < to.length;
      @       -9223372036854775807L - 1 <= to[x] && to[x] <= 9223372036854775807L);
      @   ensures \result <==> (\forall int a, b; 0 <= a && a < from.length && 0 <= b && b < to.length;
      @       from[a] < to[b] ==> gapOrdered(rowI, rowM, from[a], to[b]));
      @   assignable \nothing;
      @*/
    private static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean gapsBetween(long[] rowI, long[] rowM,
            long[] from, long[] to) {
        /*@ loop_invariant 0 <= a && a <= from.length
          @   && (\forall int p, b; 0 <= p && p < a && 0 <= b && b < to.length;
          @       from[p] < to[b] ==> gapOrdered(rowI, rowM, from[p], to[b]));
          @ decreases from.length - a;
          @*/
        /*+KeY@ loop_writes \strictly_nothing; @*/
        /*-KeY@ loop_writes a; @*/
        for (int a = 0; a < from.length; a++) {
            if (!gapsAbove(rowI, rowM, from[a], to)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@link #gapOrdered} holds at {@code v} and every value {@code w > v} of {@code to}. */
    /*@ public normal_behavior
      @   requires rowI != null && rowM != null && to != null;
      @   requires (\forall int x; 0 <= x && x < to.length;
      @       -9223372036854775807L - 1 <= to[x] && to[x] <= 9223372036854775807L);
      @   ensures \result <==> (\forall int b; 0 <= b && b < to.length; v < to[b] ==> gapOrdered(rowI, rowM, v, to[b]));
      @   assignable \nothing;
      @*/
    private static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean gapsAbove(long[] rowI, long[] rowM, long v,
            long[] to) {
        /*@ loop_invariant 0 <= b && b <= to.length
          @   && (\forall int q; 0 <= q && q < b; v < to[q] ==> gapOrdered(rowI, rowM, v, to[q]));
          @ decreases to.length - b;
          @*/
        /*+KeY@ loop_writes \strictly_nothing; @*/
        /*-KeY@ loop_writes b; @*/
        for (int b = 0; b < to.length; b++) {
            if (v < to[b] && !gapOrderedValue(rowI, rowM, v, to[b])) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code X(s)} again, with the contract {@code \result == reach(row, s)}: a call of {@code reach} itself gives KeY
     * only the least-index facts, which do not match the query {@code reach(...)} named in {@code gapOrdered}'s
     * postcondition; this wrapper proves the uniqueness of the least index once.
     */
    /*@ public normal_behavior
      @   requires row != null;
      @   ensures \result == reach(row, s) && 0 <= \result && \result <= row.length;
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ int reachValue(long[] row, long s) {
        return reach(row, s);
    }

    /** Whether {@code D(v) <= D(w)} for {@code v < w}, with +inf for an unreachable score of the weaker model. */
    /*@ public normal_behavior
      @   requires rowI != null && rowM != null && v < w;
      @   ensures \result <==> (reach(rowM, w) == rowM.length
      @       || (reach(rowI, w) < rowI.length
      @           && reach(rowM, v) - reach(rowI, v) <= reach(rowM, w) - reach(rowI, w)));
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean gapOrdered(long[] rowI, long[] rowM, long v,
            long w) {
        int mw = reachValue(rowM, w);
        if (mw == rowM.length) {
            return true; // D(w) = +inf
        }
        int iw = reachValue(rowI, w);
        if (iw == rowI.length) {
            return false; // the weaker model reaches a score the stronger never does: D(w) = -inf
        }
        int mv = reachValue(rowM, v);
        int iv = reachValue(rowI, v);
        return mv - iv <= mw - iw;
    }

    /** {@link #gapOrdered}, with the contract naming its result as the query (for {@link #gapsAbove}). */
    /*@ public normal_behavior
      @   requires rowI != null && rowM != null && v < w;
      @   ensures \result == gapOrdered(rowI, rowM, v, w);
      @   assignable \nothing;
      @*/
    private static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean gapOrderedValue(long[] rowI, long[] rowM,
            long v, long w) {
        return gapOrdered(rowI, rowM, v, w);
    }

    /** C3 for every pair of models {@code i < m} of {@code score} ({@link #effortGapsNondecreasing}). */
    /*@ public normal_behavior
      @   requires score != null && (\forall int m; 0 <= m && m < score.length; score[m] != null);
      @   requires (\forall int m, x; 0 <= m && m < score.length && 0 <= x && x < score[m].length;
      @       -9223372036854775807L - 1 <= score[m][x] && score[m][x] <= 9223372036854775807L);
      @   ensures \result <==> (\forall int i, m; 0 <= i && i < m && m < score.length;
      @       effortGapsNondecreasing(score[i], score[m]));
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean c3Holds(long[][] score) {
        /*@ loop_invariant 0 <= i && i <= score.length
          @   && (\forall int p, m; 0 <= p && p < i && p < m && m < score.length;
          @       effortGapsNondecreasing(score[p], score[m]));
          @ decreases score.length - i;
          @*/
        /*+KeY@ loop_writes \strictly_nothing; @*/
        /*-KeY@ loop_writes i; @*/
        for (int i = 0; i < score.length; i++) {
            if (!c3HoldsBelow(score, i)) {
                return false;
            }
        }
        return true;
    }

    /** C3 for model {@code i} against every weaker model {@code m > i}. */
    /*@ public normal_behavior
      @   requires score != null && (\forall int m; 0 <= m && m < score.length; score[m] != null);
      @   requires (\forall int m, x; 0 <= m && m < score.length && 0 <= x && x < score[m].length;
      @       -9223372036854775807L - 1 <= score[m][x] && score[m][x] <= 9223372036854775807L);
      @   requires 0 <= i && i < score.length;
      @   ensures \result <==> (\forall int m; i < m && m < score.length; effortGapsNondecreasing(score[i], score[m]));
      @   assignable \nothing;
      @*/
    private static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean c3HoldsBelow(long[][] score, int i) {
        /*@ loop_invariant i < m && m <= score.length
          @   && (\forall int q; i < q && q < m; effortGapsNondecreasing(score[i], score[q]));
          @ decreases score.length - m;
          @*/
        /*+KeY@ loop_writes \strictly_nothing; @*/
        /*-KeY@ loop_writes m; @*/
        for (int m = i + 1; m < score.length; m++) {
            if (!effortGapsValue(score[i], score[m])) {
                return false;
            }
        }
        return true;
    }

    /** {@link #effortGapsNondecreasing}, with the contract naming its result as the query (for {@link #c3HoldsBelow}). */
    /*@ public normal_behavior
      @   requires rowI != null && rowM != null;
      @   requires (\forall int x; 0 <= x && x < rowI.length;
      @       -9223372036854775807L - 1 <= rowI[x] && rowI[x] <= 9223372036854775807L);
      @   requires (\forall int x; 0 <= x && x < rowM.length;
      @       -9223372036854775807L - 1 <= rowM[x] && rowM[x] <= 9223372036854775807L);
      @   ensures \result == effortGapsNondecreasing(rowI, rowM);
      @   assignable \nothing;
      @*/
    private static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean effortGapsValue(long[] rowI, long[] rowM) {
        return effortGapsNondecreasing(rowI, rowM);
    }
}
