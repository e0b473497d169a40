package org.lbgame.kernel;

/**
 * Thm 4.6's hypotheses as {@link PneStructure#bottomStep} states them (plain quantifiers) restated in the pointwise
 * predicate form that {@link PneStep#costlyStepFails} takes. Each returns true; its postcondition is the restatement.
 *
 * <p>Why: KeY proves bottomStep with queries kept opaque, so the restatement must come from a callee whose
 * postcondition names the predicates as queries; here it is proved once, with the predicates' contracts.
 */
public final class PneHypotheses {

    private PneHypotheses() {
    }

    /** Lemma: non-increasing rewards, a head start and a cost gap, stated through {@link PneStep}'s predicates. */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null && effort != null;
      @   requires cost.length == score.length && reward.length == score.length && effort.length == score.length;
      @   requires 0 <= tau && 0 <= horizon;
      @   requires (\forall int m; 0 <= m && m < score.length; score[m] != null && cost[m] != null
      @       && tau + horizon < score[m].length && horizon < cost[m].length
      @       && 0 <= effort[m] && effort[m] <= horizon);
      @   requires (\forall int m; 0 <= m && m < score.length; (\forall int x; 0 <= x && x <= horizon;
      @       -Bounds.MAX_VALUE <= cost[m][x] && cost[m][x] <= Bounds.MAX_VALUE));
      @   requires (\forall int a, b; 0 <= a && a < b && b < score.length; (\forall int y; tau < y && y <= tau + horizon;
      @       score[a][y - 1] >= score[b][y]));
      @   requires (\forall int a, b; 0 <= a && a < b && b < score.length; (\forall int x; 1 <= x && x <= horizon;
      @       cost[a][x - 1] - cost[a][0] < cost[b][x] - cost[b][0]));
      @   requires (\forall int a, b; 0 <= a && a <= b && b < reward.length; reward[a] >= reward[b]);
      @   ensures \result;
      @   ensures (\forall int a, b; 0 <= a && a < b && b < score.length; (\forall int y; tau < y && y <= tau + horizon;
      @       PneStep.headStartAt(score, a, b, y)));
      @   ensures (\forall int a, b; 0 <= a && a < b && b < score.length; (\forall int x; 1 <= x && x <= horizon;
      @       PneStep.costGapAt(cost, a, b, x)));
      @   ensures (\forall int a, b; 0 <= a && a <= b && b < reward.length; PneStep.rewardOrdered(reward, a, b));
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean orderFacts(long[][] score, long[][] cost,
            long[] reward, int tau, int horizon, int[] effort) {
        return true;
    }

    /** Lemma: the PNE in rank form, stated through {@link PneStep#noGainAt}. */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null && effort != null;
      @   requires cost.length == score.length && reward.length == score.length && effort.length == score.length;
      @   requires 0 <= tau && 0 <= horizon;
      @   requires (\forall int m; 0 <= m && m < score.length; score[m] != null && cost[m] != null
      @       && tau + horizon < score[m].length && horizon < cost[m].length
      @       && 0 <= effort[m] && effort[m] <= horizon);
      @   requires (\forall int m; 0 <= m && m < score.length; (\forall int x; 0 <= x && x <= horizon;
      @       -Bounds.MAX_VALUE <= cost[m][x] && cost[m][x] <= Bounds.MAX_VALUE));
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   requires (\forall int m; 0 <= m && m < score.length; (\forall int x; 0 <= x && x <= horizon;
      @       reward[Ranking.rankAfterDeviation(score, tau, effort, m, x)] - cost[m][x]
      @           <= reward[Ranking.rankAfterDeviation(score, tau, effort, m, effort[m])] - cost[m][effort[m]]));
      @   ensures \result && (\forall int m; 0 <= m && m < score.length; (\forall int x; 0 <= x && x <= horizon;
      @       PneStep.noGainAt(score, cost, reward, tau, effort, m, x)));
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean noGainEverywhere(long[][] score, long[][] cost,
            long[] reward, int tau, int horizon, int[] effort) {
        return true;
    }
}
