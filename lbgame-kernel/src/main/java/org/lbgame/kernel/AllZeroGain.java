package org.lbgame.kernel;

/**
 * Model {@code i}'s utility against all-zero, {@code u_i(e, 0_{-i})}, and the least profitable deviation from
 * all-zero: the proved steps of {@link AllZero#isAllZeroPne} and {@link AllZero#firstProfitableDeviation}.
 */
public final class AllZeroGain {

    private AllZeroGain() {
    }

    /** Whether no effort {@code e} in {@code 1..E} strictly raises model {@code i}'s utility against all-zero. */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null;
      @   requires cost.length == score.length && reward.length == score.length;
      @   requires 0 <= i && i < score.length && 0 <= tau && 0 <= horizon;
      @   requires (\forall int m; 0 <= m && m < score.length; score[m] != null && tau < score[m].length);
      @   requires tau + horizon < score[i].length && cost[i] != null && horizon < cost[i].length;
      @   requires (\forall int e; 0 <= e && e <= horizon;
      @       -Bounds.MAX_VALUE <= cost[i][e] && cost[i][e] <= Bounds.MAX_VALUE);
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   ensures \result <==> (\forall int e; 1 <= e && e <= horizon;
      @       allZeroUtility(score, cost, reward, tau, i, e)
      @           <= allZeroUtility(score, cost, reward, tau, i, 0));
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean noGainFromAllZero(long[][] score, long[][] cost,
            long[] reward, int tau, int horizon, int i) {
        long stay = allZeroUtilityValue(score, cost, reward, tau, i, 0);
        /*@ loop_invariant 1 <= e && e <= horizon + 1
          @   && (\forall int f; 1 <= f && f < e; allZeroUtility(score, cost, reward, tau, i, f) <= stay);
          @ decreases horizon + 1 - e;
          @*/
        /*+KeY@ loop_writes \strictly_nothing; @*/
        /*-KeY@ loop_writes e; @*/
        for (int e = 1; e <= horizon; e++) {
            if (allZeroUtilityValue(score, cost, reward, tau, i, e) > stay) {
                return false;
            }
        }
        return true;
    }

    /** Model {@code i}'s utility {@code u_i(e, 0_{-i}) = r_{rank} - C_i[e]} when it plays {@code e} and the rest play 0. */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null;
      @   requires cost.length == score.length && reward.length == score.length;
      @   requires 0 <= i && i < score.length && 0 <= tau && 0 <= e;
      @   requires (\forall int m; 0 <= m && m < score.length; score[m] != null && tau < score[m].length);
      @   requires tau + e < score[i].length && cost[i] != null && e < cost[i].length;
      @   requires -Bounds.MAX_VALUE <= cost[i][e] && cost[i][e] <= Bounds.MAX_VALUE;
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   ensures \result == reward[AllZero.rankAtAllZero(score, tau, i, e)] - cost[i][e];
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ long allZeroUtility(long[][] score, long[][] cost,
            long[] reward, int tau, int i, int e) {
        return reward[AllZero.rankAtAllZeroValue(score, tau, i, e)] - cost[i][e];
    }

    /** {@link #allZeroUtility} again, with the contract {@code \result == allZeroUtility(...)} (for callers' queries). */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null;
      @   requires cost.length == score.length && reward.length == score.length;
      @   requires 0 <= i && i < score.length && 0 <= tau && 0 <= e;
      @   requires (\forall int m; 0 <= m && m < score.length; score[m] != null && tau < score[m].length);
      @   requires tau + e < score[i].length && cost[i] != null && e < cost[i].length;
      @   requires -Bounds.MAX_VALUE <= cost[i][e] && cost[i][e] <= Bounds.MAX_VALUE;
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   ensures \result == allZeroUtility(score, cost, reward, tau, i, e);
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ long allZeroUtilityValue(long[][] score, long[][] cost,
            long[] reward, int tau, int i, int e) {
        return allZeroUtility(score, cost, reward, tau, i, e);
    }

    /** Least model that strictly gains by some effort {@code 1..E} against all-zero, or {@code n} if none does. */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null;
      @   requires cost.length == score.length && reward.length == score.length && 0 <= tau && 0 <= horizon;
      @   requires (\forall int m; 0 <= m && m < score.length; score[m] != null && cost[m] != null
      @       && tau + horizon < score[m].length && horizon < cost[m].length);
      @   requires (\forall int m; 0 <= m && m < score.length; (\forall int e; 0 <= e && e <= horizon;
      @       -Bounds.MAX_VALUE <= cost[m][e] && cost[m][e] <= Bounds.MAX_VALUE));
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   ensures 0 <= \result && \result <= score.length;
      @   ensures (\forall int p; 0 <= p && p < \result; (\forall int e; 1 <= e && e <= horizon;
      @       allZeroUtility(score, cost, reward, tau, p, e) <= allZeroUtility(score, cost, reward, tau, p, 0)));
      @   ensures \result < score.length ==> !(\forall int e; 1 <= e && e <= horizon;
      @       allZeroUtility(score, cost, reward, tau, \result, e) <= allZeroUtility(score, cost, reward, tau, \result, 0));
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ int leastGainingModel(long[][] score, long[][] cost,
            long[] reward, int tau, int horizon) {
        int i = 0;
        /*@ loop_invariant 0 <= i && i <= score.length
          @   && (\forall int p; 0 <= p && p < i; (\forall int e; 1 <= e && e <= horizon;
          @       allZeroUtility(score, cost, reward, tau, p, e) <= allZeroUtility(score, cost, reward, tau, p, 0)));
          @ decreases score.length - i;
          @*/
        /*+KeY@ loop_writes \strictly_nothing; @*/
        /*-KeY@ loop_writes i; @*/
        while (i < score.length && noGainFromAllZero(score, cost, reward, tau, horizon, i)) {
            i++;
        }
        return i;
    }

    /** Least effort {@code e} in {@code 1..E} by which model {@code i} strictly gains against all-zero, or {@code E + 1}. */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null;
      @   requires cost.length == score.length && reward.length == score.length;
      @   requires 0 <= i && i < score.length && 0 <= tau && 0 <= horizon;
      @   requires (\forall int m; 0 <= m && m < score.length; score[m] != null && tau < score[m].length);
      @   requires tau + horizon < score[i].length && cost[i] != null && horizon < cost[i].length;
      @   requires (\forall int e; 0 <= e && e <= horizon;
      @       -Bounds.MAX_VALUE <= cost[i][e] && cost[i][e] <= Bounds.MAX_VALUE);
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   ensures 1 <= \result && \result <= horizon + 1;
      @   ensures \result <= horizon
      @       ==> allZeroUtility(score, cost, reward, tau, i, \result) > allZeroUtility(score, cost, reward, tau, i, 0);
      @   ensures (\forall int f; 1 <= f && f < \result;
      @       allZeroUtility(score, cost, reward, tau, i, f) <= allZeroUtility(score, cost, reward, tau, i, 0));
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ int leastGainingEffort(long[][] score, long[][] cost,
            long[] reward, int tau, int horizon, int i) {
        long stay = allZeroUtilityValue(score, cost, reward, tau, i, 0);
        int e = 1;
        /*@ loop_invariant 1 <= e && e <= horizon + 1
          @   && (\forall int f; 1 <= f && f < e; allZeroUtility(score, cost, reward, tau, i, f) <= stay);
          @ decreases horizon + 1 - e;
          @*/
        /*+KeY@ loop_writes \strictly_nothing; @*/
        /*-KeY@ loop_writes e; @*/
        while (e <= horizon && allZeroUtilityValue(score, cost, reward, tau, i, e) <= stay) {
            e++;
        }
        return e;
    }
}
