package org.lbgame.kernel;

/** The jump condition of one model against every higher-ranked model (a building block of the all-zero checks). */
public final class AllZeroJump {

    private AllZeroJump() {
    }

    /**
     * Whether {@link AllZero#jumpConditionHolds} holds for model {@code k} against every {@code j < k}; stated through
     * that method's proved contract (the {@code justOvertake} query), which its call then matches syntactically.
     */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null;
      @   requires 0 <= k && k < score.length && k < cost.length && reward.length == score.length;
      @   requires 0 <= tau && 0 <= horizon && score[k] != null && cost[k] != null;
      @   requires tau + horizon < score[k].length && horizon < cost[k].length;
      @   requires (\forall int j; 0 <= j && j < k; score[j] != null && tau < score[j].length);
      @   requires (\forall int e; 0 <= e && e <= horizon;
      @       -Bounds.MAX_VALUE <= cost[k][e] && cost[k][e] <= Bounds.MAX_VALUE);
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   ensures \result <==> (\forall int j; 0 <= j && j < k;
      @       (AllZero.justOvertake(score, tau, horizon, k, j) < 0
      @       || cost[k][AllZero.justOvertake(score, tau, horizon, k, j)] >= reward[j] - reward[k]));
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean jumpConditionHoldsForAllBelow(long[][] score,
            long[][] cost, long[] reward, int tau, int horizon, int k) {
        boolean ok = true;
        int j = 0;
        /*@ loop_invariant 0 <= j && j <= k
          @   && (ok <==> (\forall int p; 0 <= p && p < j;
          @       (AllZero.justOvertake(score, tau, horizon, k, p) < 0
          @       || cost[k][AllZero.justOvertake(score, tau, horizon, k, p)] >= reward[p] - reward[k])));
          @ decreases k - j;
          @*/
        /*+KeY@ loop_writes \strictly_nothing; @*/
        /*-KeY@ loop_writes ok, j; @*/
        while (ok && j < k) {
            //@ assert score[j] != null && tau < score[j].length;
            ok = AllZero.jumpConditionHolds(score, cost, reward, tau, horizon, k, j);
            j++;
        }
        return ok;
    }

    /**
     * Whether {@link AllZero#jumpConditionHolds} holds for the adjacent pair {@code (k-1, k)}; the postcondition names
     * the pair through one quantified {@code j == k - 1} (a query argument {@code k - 1} would be {@code \bigint} in
     * JML), in the same shape as {@link AllZero#adjacentConditionHolds}' loop invariant, which then matches it.
     */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null;
      @   requires 1 <= k && k < score.length && k < cost.length && reward.length == score.length;
      @   requires 0 <= tau && 0 <= horizon && score[k] != null && cost[k] != null && score[k - 1] != null;
      @   requires tau + horizon < score[k].length && horizon < cost[k].length && tau < score[k - 1].length;
      @   requires (\forall int e; 0 <= e && e <= horizon;
      @       -Bounds.MAX_VALUE <= cost[k][e] && cost[k][e] <= Bounds.MAX_VALUE);
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   ensures \result <==> (\forall int j; j == k - 1;
      @       (AllZero.justOvertake(score, tau, horizon, k, j) < 0
      @       || cost[k][AllZero.justOvertake(score, tau, horizon, k, j)] >= reward[j] - reward[k]));
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean adjacentJumpHolds(long[][] score, long[][] cost,
            long[] reward, int tau, int horizon, int k) {
        int j = k - 1;
        //@ assert 0 <= j && j < score.length && j < reward.length && k < reward.length;
        //@ assert -Bounds.MAX_VALUE <= reward[j] && reward[j] <= Bounds.MAX_VALUE;
        //@ assert -Bounds.MAX_VALUE <= reward[k] && reward[k] <= Bounds.MAX_VALUE;
        return AllZero.jumpConditionHolds(score, cost, reward, tau, horizon, k, j);
    }
}
