package org.lbgame.kernel;

/** Developer utility {@code u_i(e) = r_{rank_i(e)} - c_i(e_i)} on the discrete game. */
public final class Utility {

    private Utility() {
    }

    /** Utility of model {@code i} under the profile {@code effort}. */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null && effort != null;
      @   requires cost.length == score.length && reward.length == score.length && effort.length == score.length;
      @   requires 0 <= i && i < score.length && 0 <= tau;
      @   requires (\forall int m; 0 <= m && m < score.length;
      @       score[m] != null && 0 <= effort[m] && tau + effort[m] < score[m].length);
      @   requires cost[i] != null && effort[i] < cost[i].length;
      @   requires -Bounds.MAX_VALUE <= cost[i][effort[i]] && cost[i][effort[i]] <= Bounds.MAX_VALUE;
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   ensures \result == reward[Ranking.rankAfterDeviation(score, tau, effort, i, effort[i])] - cost[i][effort[i]];
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ long utility(long[][] score, long[][] cost, long[] reward, int tau, int[] effort,
            int i) {
        return deviationUtility(score, cost, reward, tau, effort, i, effort[i]);
    }

    /** Utility of model {@code i} when it alone plays {@code e} and the others play {@code effort}. */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null && effort != null;
      @   requires cost.length == score.length && reward.length == score.length && effort.length == score.length;
      @   requires 0 <= i && i < score.length && 0 <= tau && 0 <= e;
      @   requires (\forall int m; 0 <= m && m < score.length;
      @       score[m] != null && 0 <= effort[m] && tau + effort[m] < score[m].length);
      @   requires tau + e < score[i].length && cost[i] != null && e < cost[i].length;
      @   requires -Bounds.MAX_VALUE <= cost[i][e] && cost[i][e] <= Bounds.MAX_VALUE;
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   ensures \result == reward[Ranking.rankAfterDeviation(score, tau, effort, i, e)] - cost[i][e];
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ long deviationUtility(long[][] score, long[][] cost, long[] reward, int tau,
            int[] effort, int i, int e) {
        int r = Ranking.rankAfterDeviation(score, tau, effort, i, e);
        return reward[r] - cost[i][e];
    }

    /**
     * {@link #deviationUtility}, with a contract that names its result as the query {@code deviationUtility(...)}:
     * callers' proofs link the value they compute to the query their own contracts quantify over.
     */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null && effort != null;
      @   requires cost.length == score.length && reward.length == score.length && effort.length == score.length;
      @   requires 0 <= i && i < score.length && 0 <= tau && 0 <= e;
      @   requires (\forall int m; 0 <= m && m < score.length;
      @       score[m] != null && 0 <= effort[m] && tau + effort[m] < score[m].length);
      @   requires tau + e < score[i].length && cost[i] != null && e < cost[i].length;
      @   requires -Bounds.MAX_VALUE <= cost[i][e] && cost[i][e] <= Bounds.MAX_VALUE;
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   ensures \result == Utility.deviationUtility(score, cost, reward, tau, effort, i, e);
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ long deviationUtilityValue(long[][] score, long[][] cost,
            long[] reward, int tau, int[] effort, int i, int e) {
        return Utility.deviationUtility(score, cost, reward, tau, effort, i, e);
    }
}
