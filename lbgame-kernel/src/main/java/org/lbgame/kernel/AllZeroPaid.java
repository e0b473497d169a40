package org.lbgame.kernel;

/**
 * Steps of Prop 4.5's utility side, one model at a time: a paid least overtake effort {@code Delta_{k->j}} pays for
 * every overtaking effort (cost rows nondecreasing), and then that model gains by no effort against all-zero. Their
 * composition over all models ({@code AllZeroCertificate.jumpTableSuffices}) is still open.
 *
 * <p>Every lemma states one model's facts in the one-index form ({@code score[i][tau] <= score[i][y]} rather than
 * the pairwise row hypothesis): KeY instantiates a pairwise hypothesis at every ground term of a sequent and stalls,
 * and it does not find the instance {@code (tau, tau + y)} on its own.
 */
public final class AllZeroPaid {

    private AllZeroPaid() {
    }

    /**
     * JUMP => REACH: false when {@code Delta_{k->j}} exists and is not paid for; when true (under a nondecreasing
     * cost row), every effort by which {@code k} overtakes {@code j} is paid for: {@code C_k[x] >= r_j - r_k}.
     */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null;
      @   requires 0 <= j && j < k && k < score.length && k < cost.length && k < reward.length;
      @   requires 0 <= tau && 0 <= horizon && score[k] != null && score[j] != null && cost[k] != null;
      @   requires tau + horizon < score[k].length && tau < score[j].length && horizon < cost[k].length;
      @   requires (\forall int x; 0 <= x && x <= horizon;
      @       -Bounds.MAX_VALUE <= cost[k][x] && cost[k][x] <= Bounds.MAX_VALUE);
      @   requires -Bounds.MAX_VALUE <= reward[j] && reward[j] <= Bounds.MAX_VALUE;
      @   requires -Bounds.MAX_VALUE <= reward[k] && reward[k] <= Bounds.MAX_VALUE;
      @   requires (\forall int a, b; 0 <= a && a <= b && b <= horizon; cost[k][a] <= cost[k][b]);
      @   ensures \result ==> (\forall int x; 0 <= x && x <= horizon;
      @       score[k][tau + x] > score[j][tau] ==> cost[k][x] >= reward[j] - reward[k]);
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean reachFromJump(long[][] score, long[][] cost,
            long[] reward, int tau, int horizon, int k, int j) {
        int d = AllZero.justOvertake(score, tau, horizon, k, j);
        if (d >= 0 && cost[k][d] < reward[j] - reward[k]) {
            return false;
        }
        int x = 0;
        /*@ loop_invariant 0 <= x && x <= horizon + 1 && (\forall int y; 0 <= y && y < x;
          @       score[k][tau + y] > score[j][tau] ==> cost[k][y] >= reward[j] - reward[k]);
          @ decreases horizon + 1 - x;
          @*/
        /*+KeY@ loop_writes \strictly_nothing; @*/
        /*-KeY@ loop_writes x; @*/
        while (x <= horizon) {
            //@ assert score[k][tau + x] > score[j][tau] ==> (0 <= d && d <= x);
            //@ assert (0 <= d && d <= x) ==> cost[k][d] <= cost[k][x];
            x++;
        }
        return true;
    }

    /** Lemma: model {@code i} gains by no effort {@code 1..E} when every overtaking effort is paid for. */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null;
      @   requires cost.length == score.length && reward.length == score.length;
      @   requires 0 <= i && i < score.length && 0 <= tau && 0 <= horizon;
      @   requires (\forall int m; 0 <= m && m < score.length; score[m] != null && tau < score[m].length);
      @   requires tau + horizon < score[i].length && cost[i] != null && horizon < cost[i].length;
      @   requires tau + horizon < 2147483647;
      @   requires cost[i][0] == 0 && (\forall int y; tau <= y && y <= tau + horizon; score[i][tau] <= score[i][y]);
      @   requires (\forall int y; 0 <= y && y <= horizon; 0 <= cost[i][y] && cost[i][y] <= Bounds.MAX_VALUE);
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   requires (\forall int a, b; 0 <= a && a < b && b < score.length; score[a][tau] > score[b][tau]);
      @   requires (\forall int a, b; 0 <= a && a <= b && b < reward.length; reward[a] >= reward[b]);
      @   requires (\forall int j; 0 <= j && j < i; (\forall int y; 0 <= y && y <= horizon;
      @       score[i][tau + y] > score[j][tau] ==> cost[i][y] >= reward[j] - reward[i]));
      @   ensures \result && (\forall int x; 1 <= x && x <= horizon;
      @       reward[AllZero.rankAtAllZero(score, tau, i, x)] - cost[i][x]
      @           <= reward[AllZero.rankAtAllZero(score, tau, i, 0)] - cost[i][0]);
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean modelNoGain(long[][] score, long[][] cost,
            long[] reward, int tau, int horizon, int i) {
        int stay = rankUnderC1Value(score, tau, i, 0);
        //@ assert stay == i;
        int x = 1;
        /*@ loop_invariant 1 <= x && x <= horizon + 1 && (\forall int y; 1 <= y && y < x;
          @       reward[AllZero.rankAtAllZero(score, tau, i, y)] - cost[i][y] <= reward[stay] - cost[i][0]);
          @ decreases horizon + 1 - x;
          @*/
        /*+KeY@ loop_writes \strictly_nothing; @*/
        /*-KeY@ loop_writes x; @*/
        while (x <= horizon) {
            // The instances at x that the rank's C1 facts need (KeY does not find them in the quantified rows).
            //@ assert score[i][tau] <= score[i][tau + x];
            //@ assert 0 <= cost[i][x] && cost[i][x] <= Bounds.MAX_VALUE;
            //@ assert (\forall int j; 0 <= j && j < i; score[i][tau + x] > score[j][tau] ==> cost[i][x] >= reward[j] - reward[i]);
            int rank = rankUnderC1Value(score, tau, i, x);
            // Under C1 the overtaken models are rank..i-1, and r_rank is the largest of their rewards.
            //@ assert rank < i ==> score[i][tau + x] > score[rank][tau] && cost[i][x] >= reward[rank] - reward[i];
            x++;
        }
        return true;
    }

    /** Lemma: the pairwise row hypotheses of model {@code i} in the one-index form (always true). */
    /*@ public normal_behavior
      @   requires score != null && cost != null;
      @   requires 0 <= i && i < score.length && 0 <= tau && 0 <= horizon && i < cost.length;
      @   requires tau + horizon < score[i].length && cost[i] != null && horizon < cost[i].length;
      @   requires tau + horizon < 2147483647;
      @   requires cost[i][0] == 0 && (\forall int a, b; 0 <= a && a <= b && b <= horizon; cost[i][a] <= cost[i][b])
      @       && (\forall int a, b; tau <= a && a <= b && b <= tau + horizon; score[i][a] <= score[i][b]);
      @   requires (\forall int y; 0 <= y && y < cost[i].length;
      @       -Bounds.MAX_VALUE <= cost[i][y] && cost[i][y] <= Bounds.MAX_VALUE);
      @   ensures \result;
      @   ensures cost[i][0] == 0 && (\forall int y; tau <= y && y <= tau + horizon; score[i][tau] <= score[i][y]);
      @   ensures (\forall int y; 0 <= y && y <= horizon; 0 <= cost[i][y] && cost[i][y] <= Bounds.MAX_VALUE);
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean rowFactsAt(long[][] score, long[][] cost,
            int tau, int horizon, int i) {
        return true;
    }

    /** The all-zero rank as the query {@code rankAtAllZero(...)}, with its C1 facts and without the count. */
    /*@ public normal_behavior
      @   requires score != null && 0 <= i && i < score.length && 0 <= tau && 0 <= e;
      @   requires (\forall int m; 0 <= m && m < score.length; score[m] != null && tau < score[m].length);
      @   requires tau + e < score[i].length;
      @   ensures \result == AllZero.rankAtAllZero(score, tau, i, e) && 0 <= \result && \result < score.length;
      @   ensures ((\forall int a, b; 0 <= a && a < b && b < score.length; score[a][tau] > score[b][tau])
      @         && score[i][tau] <= score[i][tau + e])
      @       ==> (\result <= i
      @         && (\forall int j; 0 <= j && j < \result; score[j][tau] >= score[i][tau + e])
      @         && (\result < i ==> score[\result][tau] < score[i][tau + e]));
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ int rankUnderC1Value(long[][] score, int tau, int i,
            int e) {
        return AllZero.rankAtAllZero(score, tau, i, e);
    }
}
