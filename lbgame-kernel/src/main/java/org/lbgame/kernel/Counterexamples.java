package org.lbgame.kernel;

/**
 * Proved counterexamples: concrete tables on which a statement of the paper, read literally on the discrete game,
 * fails. Each lemma takes the table as its arguments (pinned by the precondition, since a strictly pure method cannot
 * allocate one) and states, as its postcondition, which of the paper's hypotheses the table meets and how the
 * statement fails. The tables are the shrunk counterexamples of the property suite
 * ({@code lbgame-testkit/src/test/resources/counterexamples}).
 */
public final class Counterexamples {

    private Counterexamples() {
    }

    /**
     * Prop 4.3 and Thm 4.6 (first part) on an integer grid ({@code prop4.3--integer-grid.json}: two power laws
     * {@code a = -3, -3.1}, {@code b = 0.5}, {@code L = 0}, {@code U = 0.1}, linear cost, {@code tau = 0},
     * {@code E = 1}): C1 at both columns, strictly increasing rows, a strictly increasing cost with {@code C[0] = 0},
     * non-increasing rewards; yet the profile {@code (0, 1)} is a PNE in which the weaker model ranks first (the
     * deviations tie exactly). The one-step head start of {@link PneStructure} fails:
     * {@code score[0][0] < score[1][1]}.
     */
    /*@ public normal_behavior
      @   requires score != null && score.length == 2 && score[0] != null && score[1] != null
      @       && score[0].length == 2 && score[1].length == 2;
      @   requires score[0][0] == 4572117853059800325L && score[0][1] == 4574233725179732604L
      @       && score[1][0] == 4571619950276297739L && score[1][1] == 4573555264595244612L;
      @   requires cost != null && cost.length == 2 && cost[0] != null && cost[1] != null
      @       && cost[0].length == 2 && cost[1].length == 2;
      @   requires cost[0][0] == 0 && cost[0][1] == 524288 && cost[1][0] == 0 && cost[1][1] == 524288;
      @   requires reward != null && reward.length == 2 && reward[0] == 1048576 && reward[1] == 524288;
      @   requires effort != null && effort.length == 2 && effort[0] == 0 && effort[1] == 1;
      @   ensures \result && score[0][0] > score[1][0] && score[0][1] > score[1][1]
      @       && score[0][0] < score[0][1] && score[1][0] < score[1][1]
      @       && cost[0][0] == 0 && cost[0][1] > 0 && cost[1][1] > 0 && reward[0] >= reward[1]
      @       && score[0][0] < score[1][1];
      @   ensures Equilibrium.isPne(score, cost, reward, 0, 1, effort)
      @       && Ranking.rankAfterDeviation(score, 0, effort, 1, effort[1]) == 0 && effort[1] != 0;
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean pneOutOfOrderOnGrid(long[][] score,
            long[][] cost, long[] reward, int[] effort) {
        // KeY splits no quantifier over the two models into its cases, and folds a case fact such as
        // (\forall int q; 0 <= q && q < 2; q == 0 || q == 1) into true (inEqSimp_or_weaken) before it is used
        // (measured: 5 goals open at 710 steps, each a callee's shape precondition at a fresh m in 0..1). So each
        // quantified fact a callee or a query of the postcondition asks for is asserted first on one-point ranges
        // (closed by antisymmetry, m = 0 and m = 1), then over the whole range in the callee's own words (closed by
        // instantiating the one-point facts, with no program left in that branch).
        /*@ assert (\forall int m; 0 <= m && m < 1; score[m] != null && cost[m] != null && 0 + 1 < score[m].length
          @     && 1 < cost[m].length && 0 <= effort[m] && effort[m] <= 1);
          @*/
        /*@ assert (\forall int m; 1 <= m && m < 2; score[m] != null && cost[m] != null && 0 + 1 < score[m].length
          @     && 1 < cost[m].length && 0 <= effort[m] && effort[m] <= 1);
          @*/
        /*@ assert (\forall int m; 0 <= m && m < score.length; score[m] != null && cost[m] != null
          @     && 0 + 1 < score[m].length && 1 < cost[m].length && 0 <= effort[m] && effort[m] <= 1);
          @*/
        /*@ assert (\forall int m; 0 <= m && m < score.length;
          @     score[m] != null && 0 <= effort[m] && 0 + effort[m] < score[m].length);
          @*/
        /*@ assert (\forall int m; 0 <= m && m < 1; (\forall int e; 0 <= e && e < 1;
          @     -Bounds.MAX_VALUE <= cost[m][e] && cost[m][e] <= Bounds.MAX_VALUE));
          @*/
        /*@ assert (\forall int m; 0 <= m && m < 1; (\forall int e; 1 <= e && e < 2;
          @     -Bounds.MAX_VALUE <= cost[m][e] && cost[m][e] <= Bounds.MAX_VALUE));
          @*/
        /*@ assert (\forall int m; 1 <= m && m < 2; (\forall int e; 0 <= e && e < 1;
          @     -Bounds.MAX_VALUE <= cost[m][e] && cost[m][e] <= Bounds.MAX_VALUE));
          @*/
        /*@ assert (\forall int m; 1 <= m && m < 2; (\forall int e; 1 <= e && e < 2;
          @     -Bounds.MAX_VALUE <= cost[m][e] && cost[m][e] <= Bounds.MAX_VALUE));
          @*/
        /*@ assert (\forall int m; 0 <= m && m < score.length; (\forall int e; 0 <= e && e <= 1;
          @     -Bounds.MAX_VALUE <= cost[m][e] && cost[m][e] <= Bounds.MAX_VALUE));
          @*/
        /*@ assert (\forall int r; 0 <= r && r < 1;
          @     -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
          @*/
        /*@ assert (\forall int r; 1 <= r && r < 2;
          @     -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
          @*/
        /*@ assert (\forall int r; 0 <= r && r < reward.length;
          @     -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
          @*/
        // the four ranks: model 1 on top when it plays 1, model 0 on top only when it plays 1 too
        boolean r11 = RankCount.rankAtMost(score, 0, effort, 1, 1, 0);
        boolean r10 = RankCount.rankAtLeast(score, 0, effort, 1, 0, 2);
        boolean r01 = RankCount.rankAtMost(score, 0, effort, 0, 1, 0);
        boolean r00 = RankCount.rankAtLeast(score, 0, effort, 0, 0, 2);
        //@ assert Ranking.rankAfterDeviation(score, 0, effort, 1, 1) == 0;
        //@ assert Ranking.rankAfterDeviation(score, 0, effort, 1, 0) == 1;
        //@ assert Ranking.rankAfterDeviation(score, 0, effort, 0, 1) == 0;
        //@ assert Ranking.rankAfterDeviation(score, 0, effort, 0, 0) == 1;
        // every utility of the four deviations is 524288 (the exact ties), each as its query
        //@ assert Utility.deviationUtility(score, cost, reward, 0, effort, 0, 0) == 524288;
        //@ assert Utility.deviationUtility(score, cost, reward, 0, effort, 0, 1) == 524288;
        //@ assert Utility.deviationUtility(score, cost, reward, 0, effort, 1, 0) == 524288;
        //@ assert Utility.deviationUtility(score, cost, reward, 0, effort, 1, 1) == 524288;
        // isPne's clause, at each of the four (model, effort) pairs, then in isPne's own words
        /*@ assert (\forall int i; 0 <= i && i < 1; (\forall int e; 0 <= e && e < 1;
          @     Utility.deviationUtility(score, cost, reward, 0, effort, i, e)
          @         <= Utility.deviationUtility(score, cost, reward, 0, effort, i, effort[i])));
          @*/
        /*@ assert (\forall int i; 0 <= i && i < 1; (\forall int e; 1 <= e && e < 2;
          @     Utility.deviationUtility(score, cost, reward, 0, effort, i, e)
          @         <= Utility.deviationUtility(score, cost, reward, 0, effort, i, effort[i])));
          @*/
        /*@ assert (\forall int i; 1 <= i && i < 2; (\forall int e; 0 <= e && e < 1;
          @     Utility.deviationUtility(score, cost, reward, 0, effort, i, e)
          @         <= Utility.deviationUtility(score, cost, reward, 0, effort, i, effort[i])));
          @*/
        /*@ assert (\forall int i; 1 <= i && i < 2; (\forall int e; 1 <= e && e < 2;
          @     Utility.deviationUtility(score, cost, reward, 0, effort, i, e)
          @         <= Utility.deviationUtility(score, cost, reward, 0, effort, i, effort[i])));
          @*/
        /*@ assert (\forall int i; 0 <= i && i < score.length; (\forall int e; 0 <= e && e <= 1;
          @     Utility.deviationUtility(score, cost, reward, 0, effort, i, e)
          @         <= Utility.deviationUtility(score, cost, reward, 0, effort, i, effort[i])));
          @*/
        return true;
    }

    /**
     * Prop 4.5 in its adjacent form ({@code prop4.5--valid-tables.json}: {@code tau = 0}, {@code E = 3}, scores
     * {@code g(a_i + x)} with {@code g} the identity and head starts 2, 1, 0, cost 4 per step, rewards 13, 7, 0):
     * every adjacent overtake costs at least its reward gap, yet the weakest model gains by passing both others at
     * once (3 steps cost {@code 12 < 13}). The table meets C1 at every column, strictly increasing concave rows, the one-step
     * head start, a convex strictly increasing cost with {@code C[0] = 0} and non-increasing rewards.
     */
    /*@ public normal_behavior
      @   requires score != null && score.length == 3 && score[0] != null && score[1] != null && score[2] != null
      @       && score[0].length == 4 && score[1].length == 4 && score[2].length == 4;
      @   requires score[0][0] == 2 && score[0][1] == 3 && score[0][2] == 4 && score[0][3] == 5;
      @   requires score[1][0] == 1 && score[1][1] == 2 && score[1][2] == 3 && score[1][3] == 4;
      @   requires score[2][0] == 0 && score[2][1] == 1 && score[2][2] == 2 && score[2][3] == 3;
      @   requires cost != null && cost.length == 3 && cost[0] != null && cost[1] != null && cost[2] != null
      @       && cost[0].length == 4 && cost[1].length == 4 && cost[2].length == 4;
      @   requires cost[0][0] == 0 && cost[0][1] == 4 && cost[0][2] == 8 && cost[0][3] == 12;
      @   requires cost[1][0] == 0 && cost[1][1] == 4 && cost[1][2] == 8 && cost[1][3] == 12;
      @   requires cost[2][0] == 0 && cost[2][1] == 4 && cost[2][2] == 8 && cost[2][3] == 12;
      @   requires reward != null && reward.length == 3 && reward[0] == 13 && reward[1] == 7 && reward[2] == 0;
      @   requires (\forall int m; 0 <= m && m < score.length; score[m] != null && cost[m] != null
      @       && 0 + 3 < score[m].length && 3 < cost[m].length);
      @   requires (\forall int m; 0 <= m && m < score.length; (\forall int e; 0 <= e && e <= 3;
      @       -Bounds.MAX_VALUE <= cost[m][e] && cost[m][e] <= Bounds.MAX_VALUE));
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   requires (\forall int a, b; 0 <= a && a < b && b < score.length; score[a][0] > score[b][0]);
      @   ensures \result && AllZero.adjacentConditionHolds(score, cost, reward, 0, 3)
      @       && !AllZero.isAllZeroPne(score, cost, reward, 0, 3);
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean adjacentShortcutFails(long[][] score,
            long[][] cost, long[] reward) {
        // the two adjacent least overtake efforts: 2 steps each, paid for (8 >= 6, 8 >= 7)
        // KeY splits no quantifier over a concrete range into its cases: each value is first asserted to be one of
        // its few cases (an arithmetic fact), so that every case is ground (measured: 6 goals open at 1,972 steps
        // without these asserts, each at a fresh index)
        //@ assert (\forall int q; 1 <= q && q < 3; q == 1 || q == 2);
        int d10 = AllZeroPaid.leastOvertake(score, 0, 3, 1, 0);
        //@ assert d10 == -1 || d10 == 0 || d10 == 1 || d10 == 2 || d10 == 3;
        //@ assert d10 == 2;
        int d21 = AllZeroPaid.leastOvertake(score, 0, 3, 2, 1);
        //@ assert d21 == -1 || d21 == 0 || d21 == 1 || d21 == 2 || d21 == 3;
        //@ assert d21 == 2;
        // the weakest model passes both with 3 steps: rank 0 for 13 - 12 > 0
        int top = AllZeroPaid.rankUnderC1Value(score, 0, 2, 3);
        //@ assert top == 0 || top == 1 || top == 2;
        //@ assert top == 0;
        int stay = AllZeroPaid.rankUnderC1Value(score, 0, 2, 0);
        //@ assert stay == 0 || stay == 1 || stay == 2;
        //@ assert stay == 2;
        long moved = AllZeroPaid.utilityValue(score, cost, reward, 0, 2, 3);
        long base = AllZeroPaid.utilityValue(score, cost, reward, 0, 2, 0);
        //@ assert moved == 1 && base == 0;
        //@ assert AllZeroGain.allZeroUtility(score, cost, reward, 0, 2, 3) > AllZeroGain.allZeroUtility(score, cost, reward, 0, 2, 0);
        // the two checks through wrappers naming each result both as the query and as its definition, so that the
        // instances above meet the postcondition's queries term for term
        boolean adjacent = adjacentValue(score, cost, reward, 0, 3);
        //@ assert adjacent;
        boolean pne = allZeroPneValue(score, cost, reward, 0, 3);
        //@ assert !pne;
        return true;
    }

    /** {@link AllZero#adjacentConditionHolds}, its result named both as the query and by its contract. */
    /*@ private normal_behavior
      @   requires score != null && cost != null && reward != null;
      @   requires cost.length == score.length && reward.length == score.length && 0 <= tau && 0 <= horizon;
      @   requires (\forall int m; 0 <= m && m < score.length; score[m] != null && cost[m] != null
      @       && tau + horizon < score[m].length && horizon < cost[m].length);
      @   requires (\forall int m; 0 <= m && m < score.length; (\forall int e; 0 <= e && e <= horizon;
      @       -Bounds.MAX_VALUE <= cost[m][e] && cost[m][e] <= Bounds.MAX_VALUE));
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   ensures \result == AllZero.adjacentConditionHolds(score, cost, reward, tau, horizon);
      @   ensures \result <==> (\forall int k; 1 <= k && k < score.length; (\forall int j; j == k - 1;
      @       (AllZero.justOvertake(score, tau, horizon, k, j) < 0
      @       || cost[k][AllZero.justOvertake(score, tau, horizon, k, j)] >= reward[j] - reward[k])));
      @   assignable \nothing;
      @*/
    private static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean adjacentValue(long[][] score, long[][] cost,
            long[] reward, int tau, int horizon) {
        return AllZero.adjacentByDefinition(score, cost, reward, tau, horizon);
    }

    /** {@link AllZero#isAllZeroPne}, its result named both as the query and by its contract. */
    /*@ private normal_behavior
      @   requires score != null && cost != null && reward != null;
      @   requires cost.length == score.length && reward.length == score.length && 0 <= tau && 0 <= horizon;
      @   requires (\forall int m; 0 <= m && m < score.length; score[m] != null && cost[m] != null
      @       && tau + horizon < score[m].length && horizon < cost[m].length);
      @   requires (\forall int m; 0 <= m && m < score.length; (\forall int e; 0 <= e && e <= horizon;
      @       -Bounds.MAX_VALUE <= cost[m][e] && cost[m][e] <= Bounds.MAX_VALUE));
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   ensures \result == AllZero.isAllZeroPne(score, cost, reward, tau, horizon);
      @   ensures \result <==> (\forall int i; 0 <= i && i < score.length; (\forall int e; 1 <= e && e <= horizon;
      @       AllZeroGain.allZeroUtility(score, cost, reward, tau, i, e)
      @           <= AllZeroGain.allZeroUtility(score, cost, reward, tau, i, 0)));
      @   assignable \nothing;
      @*/
    private static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean allZeroPneValue(long[][] score, long[][] cost,
            long[] reward, int tau, int horizon) {
        return AllZero.pneByDefinition(score, cost, reward, tau, horizon);
    }
}
