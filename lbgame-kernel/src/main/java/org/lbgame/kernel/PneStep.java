package org.lbgame.kernel;

/**
 * The induction step of Thm 4.6 ({@link PneStructure#bottomStep}) with four of its hypotheses (non-increasing
 * rewards, the PNE in rank form, the head start and the cost gap) stated pointwise through predicates whose contracts
 * are exactly the formulas they name.
 *
 * <p>Why: stated as quantifiers over {@code reward[...]} terms, Z3 instantiated the monotonicity hypothesis on every
 * pair of reward terms (about 200,000 times a minute) and OpenJML timed out on the step; the head start and cost gap
 * ({@code y - 1}, {@code x - 1}) feed themselves new terms. Over the predicates, a hypothesis is instantiated only
 * where its predicate is named, which the proof does at the instances it uses.
 */
public final class PneStep {

    private PneStep() {
    }

    /** Whether {@code r_a >= r_b}: the rewards are non-increasing from rank {@code a} to rank {@code b}. */
    /*@ public normal_behavior
      @   requires reward != null && 0 <= a && a < reward.length && 0 <= b && b < reward.length;
      @   ensures \result <==> reward[a] >= reward[b];
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean rewardOrdered(long[] reward, int a, int b) {
        return reward[a] >= reward[b];
    }

    /**
     * {@link #rewardOrdered} again, with the contract {@code \result == rewardOrdered(...)} and its meaning: a caller
     * whose search keeps the queries opaque gets {@code r_a >= r_b} from a hypothesis that names the predicate.
     */
    /*@ public normal_behavior
      @   requires reward != null && 0 <= a && a < reward.length && 0 <= b && b < reward.length;
      @   ensures \result == rewardOrdered(reward, a, b) && (\result <==> reward[a] >= reward[b]);
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean rewardOrderedValue(long[] reward, int a, int b) {
        return rewardOrdered(reward, a, b);
    }

    /**
     * Whether model {@code m} gains nothing by deviating to {@code x} against {@code effort}, in rank form:
     * {@code r_rank(x) - C_m[x] <= r_rank(effort[m]) - C_m[effort[m]]}.
     */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null && effort != null;
      @   requires cost.length == score.length && reward.length == score.length && effort.length == score.length;
      @   requires 0 <= m && m < score.length && 0 <= tau && 0 <= x;
      @   requires (\forall int q; 0 <= q && q < score.length;
      @       score[q] != null && 0 <= effort[q] && tau + effort[q] < score[q].length);
      @   requires tau + x < score[m].length && cost[m] != null && x < cost[m].length && effort[m] < cost[m].length;
      @   requires -Bounds.MAX_VALUE <= cost[m][x] && cost[m][x] <= Bounds.MAX_VALUE;
      @   requires -Bounds.MAX_VALUE <= cost[m][effort[m]] && cost[m][effort[m]] <= Bounds.MAX_VALUE;
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   ensures \result <==> reward[Ranking.rankAfterDeviation(score, tau, effort, m, x)] - cost[m][x]
      @       <= reward[Ranking.rankAfterDeviation(score, tau, effort, m, effort[m])] - cost[m][effort[m]];
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean noGainAt(long[][] score, long[][] cost,
            long[] reward, int tau, int[] effort, int m, int x) {
        // through deviationUtility, whose contract names the rank as the same query as this one's: with the two
        // rankAfterDeviation calls inline, KeY left 6 goals open at 30,823 steps, never linking each call's result to
        // the query term of the postcondition
        return Utility.deviationUtility(score, cost, reward, tau, effort, m, x)
                <= Utility.deviationUtility(score, cost, reward, tau, effort, m, effort[m]);
    }

    /** Whether {@code score[a][y-1] >= score[b][y]}: model {@code a} one step behind still reaches {@code b}'s score. */
    /*@ public normal_behavior
      @   requires score != null && 0 <= a && a < score.length && 0 <= b && b < score.length;
      @   requires score[a] != null && score[b] != null && 1 <= y && y < score[a].length && y < score[b].length;
      @   ensures \result <==> score[a][y - 1] >= score[b][y];
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean headStartAt(long[][] score, int a, int b, int y) {
        return score[a][y - 1] >= score[b][y];
    }

    /**
     * Whether {@code C_a[x-1] - C_a[0] < C_b[x] - C_b[0]}: {@code x - 1} steps cost {@code a} less than {@code x}
     * steps cost {@code b}.
     */
    /*@ public normal_behavior
      @   requires cost != null && 0 <= a && a < cost.length && 0 <= b && b < cost.length;
      @   requires cost[a] != null && cost[b] != null && 1 <= x && x < cost[a].length && x < cost[b].length;
      @   requires -Bounds.MAX_VALUE <= cost[a][x - 1] && cost[a][x - 1] <= Bounds.MAX_VALUE;
      @   requires -Bounds.MAX_VALUE <= cost[a][0] && cost[a][0] <= Bounds.MAX_VALUE;
      @   requires -Bounds.MAX_VALUE <= cost[b][x] && cost[b][x] <= Bounds.MAX_VALUE;
      @   requires -Bounds.MAX_VALUE <= cost[b][0] && cost[b][0] <= Bounds.MAX_VALUE;
      @   ensures \result <==> cost[a][x - 1] - cost[a][0] < cost[b][x] - cost[b][0];
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean costGapAt(long[][] cost, int a, int b, int x) {
        return cost[a][x - 1] - cost[a][0] < cost[b][x] - cost[b][0];
    }

    /**
     * {@link PneStructure#bottomStep} with its monotonicity and PNE hypotheses stated through {@link #rewardOrdered}
     * and {@link #noGainAt}: in a PNE whose models below {@code p} play 0, model {@code p} plays 0 too.
     */
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
      @   requires (\forall int a, b; 0 <= a && a < b && b < score.length; score[a][tau] > score[b][tau]);
      @   requires (\forall int a, b; 0 <= a && a < b && b < score.length; (\forall int y; tau < y && y <= tau + horizon;
      @       headStartAt(score, a, b, y)));
      @   requires (\forall int m; 0 <= m && m < score.length; (\forall int x; 1 <= x && x <= horizon;
      @       cost[m][x] > cost[m][0]));
      @   requires (\forall int a, b; 0 <= a && a < b && b < score.length; (\forall int x; 1 <= x && x <= horizon;
      @       costGapAt(cost, a, b, x)));
      @   requires (\forall int a, b; 0 <= a && a <= b && b < reward.length; rewardOrdered(reward, a, b));
      @   requires (\forall int m; 0 <= m && m < score.length; (\forall int x; 0 <= x && x <= horizon;
      @       noGainAt(score, cost, reward, tau, effort, m, x)));
      @   requires 0 <= p && p < score.length && (\forall int q; p < q && q < score.length; effort[q] == 0);
      @   ensures \result && effort[p] == 0;
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean costlyStepFails(long[][] score, long[][] cost,
            long[] reward, int tau, int horizon, int[] effort, int p) {
        int x = effort[p];
        if (x == 0) {
            return true;
        }
        // the two instances of the PNE the proof uses, named so that their predicates' contracts apply
        //@ assert noGainAt(score, cost, reward, tau, effort, p, 0);
        boolean bought = PneStructure.effortBuysRank(score, cost, reward, tau, horizon, effort, p);
        int b = PneStructure.lowestAmong(score, tau, effort, p);
        if (score[p][tau + x] <= score[b][tau + effort[b]]) {
            // b beats p, so every m < p beats p: p's rank is at least p, a contradiction
            boolean above = RankCount.rankAtLeast(score, tau, effort, p, x, p);
            return true;
        }
        // p beats b, and b could pass p with one step less (head start): then p's effort pays at most b's step back
        //@ assert noGainAt(score, cost, reward, tau, effort, b, (int) (x - 1)) && headStartAt(score, b, p, (int) (tau + x));
        boolean back = PneStructure.lowestPassesBack(score, cost, reward, tau, horizon, effort, p, b);
        //@ assert costGapAt(cost, b, p, x);
        return true;
    }
}
