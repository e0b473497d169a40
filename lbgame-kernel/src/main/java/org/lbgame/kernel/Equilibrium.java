package org.lbgame.kernel;

/** Pure Nash equilibria of the discrete follower game at a TbT level {@code tau}. */
public final class Equilibrium {

    private Equilibrium() {
    }

    /** Whether {@code effort} is a PNE: no model strictly raises its utility by a unilateral deviation in {@code 0..E}. */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null && effort != null;
      @   requires cost.length == score.length && reward.length == score.length && effort.length == score.length;
      @   requires 0 <= tau && 0 <= horizon;
      @   requires (\forall int m; 0 <= m && m < score.length; score[m] != null && cost[m] != null
      @       && tau + horizon < score[m].length && horizon < cost[m].length
      @       && 0 <= effort[m] && effort[m] <= horizon);
      @   requires (\forall int m; 0 <= m && m < score.length; (\forall int e; 0 <= e && e <= horizon;
      @       -Bounds.MAX_VALUE <= cost[m][e] && cost[m][e] <= Bounds.MAX_VALUE));
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   ensures \result <==> (\forall int i; 0 <= i && i < score.length; (\forall int e; 0 <= e && e <= horizon;
      @       Utility.deviationUtility(score, cost, reward, tau, effort, i, e)
      @           <= Utility.deviationUtility(score, cost, reward, tau, effort, i, effort[i])));
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean isPne(long[][] score, long[][] cost,
            long[] reward, int tau, int horizon, int[] effort) {
        /*@ loop_invariant 0 <= i && i <= score.length
          @   && (\forall int p; 0 <= p && p < i; (\forall int e; 0 <= e && e <= horizon;
          @       Utility.deviationUtility(score, cost, reward, tau, effort, p, e)
          @           <= Utility.deviationUtility(score, cost, reward, tau, effort, p, effort[p])));
          @ decreases score.length - i;
          @*/
        /*+KeY@ loop_writes \strictly_nothing; @*/
        /*-KeY@ loop_writes i; @*/
        for (int i = 0; i < score.length; i++) {
            if (!noProfitableDeviation(score, cost, reward, tau, horizon, effort, i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@link #isPne}, with a contract that names its result as the query {@code isPne(...)}: callers whose proofs keep
     * queries opaque link the verdict they compute to the query their own contracts quantify over.
     */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null && effort != null;
      @   requires cost.length == score.length && reward.length == score.length && effort.length == score.length;
      @   requires 0 <= tau && 0 <= horizon;
      @   requires (\forall int m; 0 <= m && m < score.length; score[m] != null && cost[m] != null
      @       && tau + horizon < score[m].length && horizon < cost[m].length
      @       && 0 <= effort[m] && effort[m] <= horizon);
      @   requires (\forall int m; 0 <= m && m < score.length; (\forall int e; 0 <= e && e <= horizon;
      @       -Bounds.MAX_VALUE <= cost[m][e] && cost[m][e] <= Bounds.MAX_VALUE));
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   ensures \result == Equilibrium.isPne(score, cost, reward, tau, horizon, effort);
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean isPneValue(long[][] score, long[][] cost,
            long[] reward, int tau, int horizon, int[] effort) {
        return isPne(score, cost, reward, tau, horizon, effort);
    }

    /** Least effort in {@code 0..E} maximizing model {@code i}'s utility against the others' {@code effort}. */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null && effort != null;
      @   requires cost.length == score.length && reward.length == score.length && effort.length == score.length;
      @   requires 0 <= tau && 0 <= horizon && 0 <= i && i < score.length;
      @   requires (\forall int m; 0 <= m && m < score.length; score[m] != null && cost[m] != null
      @       && tau + horizon < score[m].length && horizon < cost[m].length
      @       && 0 <= effort[m] && effort[m] <= horizon);
      @   requires (\forall int m; 0 <= m && m < score.length; (\forall int e; 0 <= e && e <= horizon;
      @       -Bounds.MAX_VALUE <= cost[m][e] && cost[m][e] <= Bounds.MAX_VALUE));
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   ensures 0 <= \result && \result <= horizon;
      @   ensures (\forall int e; 0 <= e && e <= horizon;
      @       Utility.deviationUtility(score, cost, reward, tau, effort, i, e)
      @           <= Utility.deviationUtility(score, cost, reward, tau, effort, i, \result));
      @   ensures (\forall int e; 0 <= e && e < \result;
      @       Utility.deviationUtility(score, cost, reward, tau, effort, i, e)
      @           < Utility.deviationUtility(score, cost, reward, tau, effort, i, \result));
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ int bestResponse(long[][] score, long[][] cost,
            long[] reward, int tau, int horizon, int[] effort, int i) {
        return leastMaximizer(score, cost, reward, tau, horizon, effort, i);
    }

    /** Whether no deviation of model {@code i} in {@code 0..E} strictly raises its utility. */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null && effort != null;
      @   requires cost.length == score.length && reward.length == score.length && effort.length == score.length;
      @   requires 0 <= i && i < score.length && 0 <= tau && 0 <= horizon;
      @   requires (\forall int m; 0 <= m && m < score.length;
      @       score[m] != null && 0 <= effort[m] && tau + effort[m] < score[m].length);
      @   requires effort[i] <= horizon && tau + horizon < score[i].length && cost[i] != null && horizon < cost[i].length;
      @   requires (\forall int e; 0 <= e && e <= horizon;
      @       -Bounds.MAX_VALUE <= cost[i][e] && cost[i][e] <= Bounds.MAX_VALUE);
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   ensures \result <==> (\forall int e; 0 <= e && e <= horizon;
      @       Utility.deviationUtility(score, cost, reward, tau, effort, i, e)
      @           <= Utility.deviationUtility(score, cost, reward, tau, effort, i, effort[i]));
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean noProfitableDeviation(long[][] score,
            long[][] cost, long[] reward, int tau, int horizon, int[] effort, int i) {
        long current = Utility.deviationUtilityValue(score, cost, reward, tau, effort, i, effort[i]);
        /*@ loop_invariant 0 <= e && e <= horizon + 1
          @   && (\forall int f; 0 <= f && f < e;
          @       Utility.deviationUtility(score, cost, reward, tau, effort, i, f) <= current);
          @ decreases horizon + 1 - e;
          @*/
        /*+KeY@ loop_writes \strictly_nothing; @*/
        /*-KeY@ loop_writes e; @*/
        for (int e = 0; e <= horizon; e++) {
            if (Utility.deviationUtilityValue(score, cost, reward, tau, effort, i, e) > current) {
                return false;
            }
        }
        return true;
    }

    /** Some effort in {@code 0..E} maximizing model {@code i}'s utility. */
    /*@ private normal_behavior
      @   requires score != null && cost != null && reward != null && effort != null;
      @   requires cost.length == score.length && reward.length == score.length && effort.length == score.length;
      @   requires 0 <= i && i < score.length && 0 <= tau && 0 <= horizon;
      @   requires (\forall int m; 0 <= m && m < score.length;
      @       score[m] != null && 0 <= effort[m] && tau + effort[m] < score[m].length);
      @   requires tau + horizon < score[i].length && cost[i] != null && horizon < cost[i].length;
      @   requires (\forall int e; 0 <= e && e <= horizon;
      @       -Bounds.MAX_VALUE <= cost[i][e] && cost[i][e] <= Bounds.MAX_VALUE);
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   ensures 0 <= \result && \result <= horizon;
      @   ensures (\forall int e; 0 <= e && e <= horizon;
      @       Utility.deviationUtility(score, cost, reward, tau, effort, i, e)
      @           <= Utility.deviationUtility(score, cost, reward, tau, effort, i, \result));
      @   assignable \nothing;
      @*/
    private static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ int someMaximizer(long[][] score, long[][] cost,
            long[] reward, int tau, int horizon, int[] effort, int i) {
        int best = 0;
        /*@ loop_invariant 1 <= e && e <= horizon + 1 && 0 <= best && best < e
          @   && (\forall int f; 0 <= f && f < e;
          @       Utility.deviationUtility(score, cost, reward, tau, effort, i, f)
          @           <= Utility.deviationUtility(score, cost, reward, tau, effort, i, best));
          @ decreases horizon + 1 - e;
          @*/
        /*+KeY@ loop_writes \strictly_nothing; @*/
        /*-KeY@ loop_writes best, e; @*/
        for (int e = 1; e <= horizon; e++) {
            if (Utility.deviationUtilityValue(score, cost, reward, tau, effort, i, e)
                    > Utility.deviationUtilityValue(score, cost, reward, tau, effort, i, best)) {
                best = e;
            }
        }
        return best;
    }

    /** Least effort in {@code 0..bound} whose utility reaches {@code v} ({@code bound}'s does). */
    /*@ private normal_behavior
      @   requires score != null && cost != null && reward != null && effort != null;
      @   requires cost.length == score.length && reward.length == score.length && effort.length == score.length;
      @   requires 0 <= i && i < score.length && 0 <= tau && 0 <= horizon;
      @   requires (\forall int m; 0 <= m && m < score.length;
      @       score[m] != null && 0 <= effort[m] && tau + effort[m] < score[m].length);
      @   requires tau + horizon < score[i].length && cost[i] != null && horizon < cost[i].length;
      @   requires (\forall int e; 0 <= e && e <= horizon;
      @       -Bounds.MAX_VALUE <= cost[i][e] && cost[i][e] <= Bounds.MAX_VALUE);
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   requires 0 <= bound && bound <= horizon
      @       && Utility.deviationUtility(score, cost, reward, tau, effort, i, bound) >= v;
      @   ensures 0 <= \result && \result <= bound;
      @   ensures Utility.deviationUtility(score, cost, reward, tau, effort, i, \result) >= v;
      @   ensures (\forall int e; 0 <= e && e < \result;
      @       Utility.deviationUtility(score, cost, reward, tau, effort, i, e) < v);
      @   assignable \nothing;
      @*/
    private static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ int firstReaching(long[][] score, long[][] cost,
            long[] reward, int tau, int horizon, int[] effort, int i, long v, int bound) {
        /*@ loop_invariant 0 <= e && e <= bound
          @   && (\forall int f; 0 <= f && f < e;
          @       Utility.deviationUtility(score, cost, reward, tau, effort, i, f) < v);
          @ decreases bound - e;
          @*/
        /*+KeY@ loop_writes \strictly_nothing; @*/
        /*-KeY@ loop_writes e; @*/
        for (int e = 0; e < bound; e++) {
            if (Utility.deviationUtilityValue(score, cost, reward, tau, effort, i, e) >= v) {
                return e;
            }
        }
        return bound;
    }

    /** {@link #bestResponse} under the preconditions model {@code i}'s own deviations need. */
    /*@ private normal_behavior
      @   requires score != null && cost != null && reward != null && effort != null;
      @   requires cost.length == score.length && reward.length == score.length && effort.length == score.length;
      @   requires 0 <= i && i < score.length && 0 <= tau && 0 <= horizon;
      @   requires (\forall int m; 0 <= m && m < score.length;
      @       score[m] != null && 0 <= effort[m] && tau + effort[m] < score[m].length);
      @   requires tau + horizon < score[i].length && cost[i] != null && horizon < cost[i].length;
      @   requires (\forall int e; 0 <= e && e <= horizon;
      @       -Bounds.MAX_VALUE <= cost[i][e] && cost[i][e] <= Bounds.MAX_VALUE);
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   ensures 0 <= \result && \result <= horizon;
      @   ensures (\forall int e; 0 <= e && e <= horizon;
      @       Utility.deviationUtility(score, cost, reward, tau, effort, i, e)
      @           <= Utility.deviationUtility(score, cost, reward, tau, effort, i, \result));
      @   ensures (\forall int e; 0 <= e && e < \result;
      @       Utility.deviationUtility(score, cost, reward, tau, effort, i, e)
      @           < Utility.deviationUtility(score, cost, reward, tau, effort, i, \result));
      @   assignable \nothing;
      @*/
    private static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ int leastMaximizer(long[][] score, long[][] cost,
            long[] reward, int tau, int horizon, int[] effort, int i) {
        int best = someMaximizer(score, cost, reward, tau, horizon, effort, i);
        return firstReaching(score, cost, reward, tau, horizon, effort, i,
                Utility.deviationUtilityValue(score, cost, reward, tau, effort, i, best), best);
    }
}
