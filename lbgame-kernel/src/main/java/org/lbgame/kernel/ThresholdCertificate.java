package org.lbgame.kernel;

/**
 * The stabilizing threshold {@code tau*} (Def 5.4) with its leastness proved: {@link Certificates#checkThreshold}
 * checks all-zero at {@code tau*} and a profitable deviation at {@code tau* - 1}; when the hypotheses of Prop 5.3
 * ({@link TbtStability#allZeroPnePersists}) hold at every smaller level, checked exactly, no smaller {@code tau} makes
 * all-zero a PNE, by Prop 5.3 applied backwards from {@code tau* - 1}.
 */
public final class ThresholdCertificate {

    private ThresholdCertificate() {
    }

    /**
     * "tau* = tauStar and it is least": accepts iff {@link Certificates#checkThreshold} accepts and, for every
     * {@code t < tauStar - 1}, the hypotheses {@code H} hold at {@code t} and {@code t + 1} and no least overtake
     * effort shrinks from {@code t} to {@code t + 1} ({@link ClimbingCost#effortsGrow}). When it rejects a certificate
     * that {@code checkThreshold} accepts, leastness must be checked otherwise (every smaller {@code tau}). Leastness
     * is stated with the predicate {@link AllZero#isAllZeroPne}, whose proved contract is the definition
     * {@code \result <==> (\forall i, e in 1..E; u_i(e, 0_{-i}) <= u_i(0, 0_{-i}))} under shape preconditions that
     * {@code H} at {@code tauStar} gives at every {@code t < tauStar}: the same statement as the quantified form it
     * replaced, and a term on which Z3 can instantiate it (measured: the quantified form gave 0 instances).
     */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null && jumpAtStar != null;
      @   requires (\forall int m; 0 <= m && m < cost.length; cost[m] != null
      @       && (\forall int x; 0 <= x && x < cost[m].length;
      @           -Bounds.MAX_VALUE <= cost[m][x] && cost[m][x] <= Bounds.MAX_VALUE));
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   ensures \result ==> (Certificates.prop45Hypotheses(score, cost, reward, tauStar, horizon)
      @       && (\forall int m; 0 <= m && m < score.length; (\forall int x; 1 <= x && x <= horizon;
      @           AllZeroGain.allZeroUtility(score, cost, reward, tauStar, m, x)
      @               <= AllZeroGain.allZeroUtility(score, cost, reward, tauStar, m, 0)))
      @       && (\forall int t; 0 <= t && t < tauStar; !AllZero.isAllZeroPne(score, cost, reward, t, horizon)));
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean checkLeastThreshold(long[][] score,
            long[][] cost, long[] reward, int tauStar, int horizon, int[][] jumpAtStar, int i, int e) {
        if (!Certificates.checkThreshold(score, cost, reward, tauStar, horizon, jumpAtStar, i, e)) {
            return false;
        }
        if (tauStar <= 0) {
            // checkThreshold accepts no negative tauStar (H asks for 0 <= tau): the test only spares KeY the query
            return tauStar == 0;
        }
        // the wellFormed and isAllZeroPne queries through calls that name them (KeY keeps the queries opaque here)
        if (!TableShape.wellFormedValue(score, cost, reward, tauStar - 1, horizon)) {
            return false;
        }
        boolean unstable = gainBelow(score, cost, reward, tauStar - 1, horizon, i, e);
        boolean bounded = TableShape.costRowsBounded(score, cost, tauStar - 1, horizon);
        boolean pneBelow = AllZero.pneByDefinition(score, cost, reward, tauStar - 1, horizon);
        //@ assert !AllZero.isAllZeroPne(score, cost, reward, (int) (tauStar - 1), horizon);
        return stableNowhereBelow(score, cost, reward, tauStar, horizon);
    }

    /**
     * Prop 5.3 applied backwards from {@code tauStar - 1}: given that all-zero is not a PNE at {@code tauStar - 1},
     * accepts only if no {@code tau < tauStar} makes it one, because {@link #stepHolds} holds at every
     * {@code t < tauStar - 1} and {@link TbtStability#allZeroPnePersists} carries a PNE at {@code t} to {@code t + 1}.
     * "All-zero is a PNE at {@code t}" is {@link AllZero#isAllZeroPne}, whose proved contract is the definition
     * {@code \result <==> (\forall i, e in 1..E; u_i(e, 0_{-i}) <= u_i(0, 0_{-i}))}; the predicate, not the
     * quantifier, gives both verifiers a term to instantiate the invariant at.
     */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null && 1 <= tauStar;
      @   requires (\forall int m; 0 <= m && m < cost.length; cost[m] != null
      @       && (\forall int x; 0 <= x && x < cost[m].length;
      @           -Bounds.MAX_VALUE <= cost[m][x] && cost[m][x] <= Bounds.MAX_VALUE));
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   requires Validity.wellFormed(score, cost, reward, (int) (tauStar - 1), horizon);
      @   requires !AllZero.isAllZeroPne(score, cost, reward, (int) (tauStar - 1), horizon);
      @   ensures \result ==> (\forall int t; 0 <= t && t < tauStar; !AllZero.isAllZeroPne(score, cost, reward, t, horizon));
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean stableNowhereBelow(long[][] score, long[][] cost,
            long[] reward, int tauStar, int horizon) {
        int t = tauStar - 2;
        /*@ loop_invariant -1 <= t && t <= tauStar - 2
          @   && (\forall int u; t < u && u < tauStar; !AllZero.isAllZeroPne(score, cost, reward, u, horizon));
          @ decreases t + 1;
          @*/
        /*+KeY@ loop_writes \strictly_nothing; @*/
        /*-KeY@ loop_writes t; @*/
        while (t >= 0) {
            if (!stepDown(score, cost, reward, t, horizon)) {
                return false;
            }
            t--;
        }
        return true;
    }

    /**
     * One step of {@link #stableNowhereBelow}: accepts only if {@link #stepHolds} does at {@code t}, and then, when
     * all-zero is not a PNE at {@code t + 1}, it is not one at {@code t} ({@link #noPneOneBelow}). Its own method, so
     * that the loop's proof sees only the predicate {@link AllZero#isAllZeroPne}, not the hypotheses' definitions.
     */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null && 0 <= t;
      @   requires (\forall int m; 0 <= m && m < cost.length; cost[m] != null
      @       && (\forall int x; 0 <= x && x < cost[m].length;
      @           -Bounds.MAX_VALUE <= cost[m][x] && cost[m][x] <= Bounds.MAX_VALUE));
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   requires Validity.wellFormed(score, cost, reward, (int) (t + 1), horizon);
      @   requires !AllZero.isAllZeroPne(score, cost, reward, (int) (t + 1), horizon);
      @   ensures \result ==> !AllZero.isAllZeroPne(score, cost, reward, t, horizon);
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean stepDown(long[][] score, long[][] cost,
            long[] reward, int t, int horizon) {
        if (!stepHolds(score, cost, reward, t, horizon)) {
            return false;
        }
        boolean persists = TbtStability.allZeroPnePersists(score, cost, reward, t, horizon);
        return noPneOneBelow(score, cost, reward, t, horizon);
    }

    /**
     * Lemma, Prop 5.3 read backwards for one step, in the predicate's words: if a PNE at {@code t} would give one at
     * {@code t + 1} (the conclusion of {@link TbtStability#allZeroPnePersists}, quantified) and all-zero is not a PNE
     * at {@code t + 1} ({@link AllZero#isAllZeroPne}), it is not one at {@code t}. Free of the hypotheses'
     * definitions, so that its proof is only the predicate's contract at {@code t} and {@code t + 1}.
     */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null && 0 <= t;
      @   requires (\forall int m; 0 <= m && m < cost.length; cost[m] != null
      @       && (\forall int x; 0 <= x && x < cost[m].length;
      @           -Bounds.MAX_VALUE <= cost[m][x] && cost[m][x] <= Bounds.MAX_VALUE));
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   requires Validity.wellFormed(score, cost, reward, (int) (t + 1), horizon);
      @   requires (\forall int i; 0 <= i && i < score.length; (\forall int e; 1 <= e && e <= horizon;
      @       AllZeroGain.allZeroUtility(score, cost, reward, t, i, e)
      @           <= AllZeroGain.allZeroUtility(score, cost, reward, t, i, 0)))
      @     ==> (\forall int i; 0 <= i && i < score.length; (\forall int e; 1 <= e && e <= horizon;
      @       AllZeroGain.allZeroUtility(score, cost, reward, (int) (t + 1), i, e)
      @           <= AllZeroGain.allZeroUtility(score, cost, reward, (int) (t + 1), i, 0)));
      @   requires !AllZero.isAllZeroPne(score, cost, reward, (int) (t + 1), horizon);
      @   ensures \result && !AllZero.isAllZeroPne(score, cost, reward, t, horizon);
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean noPneOneBelow(long[][] score, long[][] cost,
            long[] reward, int t, int horizon) {
        // the predicate's contract at t and t + 1 through calls that name it as the query (KeY keeps the queries
        // opaque here: expanding them re-proves their callees' shape preconditions at fresh indices)
        boolean fits = TableShape.wellFormedValue(score, cost, reward, t + 1, horizon);
        /*@ assert (\forall int m; 0 <= m && m < score.length; score[m] != null && cost[m] != null
          @     && t + horizon < score[m].length && horizon < cost[m].length);
          @*/
        boolean bounded = TableShape.costRowsBounded(score, cost, t + 1, horizon);
        boolean now = AllZero.pneByDefinition(score, cost, reward, t, horizon);
        boolean next = AllZero.pneByDefinition(score, cost, reward, t + 1, horizon);
        return true;
    }

    /** Whether Prop 5.3's hypotheses hold from {@code t} to {@code t + 1}: {@code H} at both, and no effort shrinks. */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null && 0 <= t;
      @   ensures \result ==> Certificates.prop45Hypotheses(score, cost, reward, t, horizon)
      @       && Certificates.prop45Hypotheses(score, cost, reward, (int) (t + 1), horizon)
      @       && ClimbingCost.effortsGrow(score, t, horizon);
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean stepHolds(long[][] score, long[][] cost,
            long[] reward, int t, int horizon) {
        return t < 2147483647 && Certificates.prop45Hypotheses(score, cost, reward, t, horizon)
                && Certificates.prop45Hypotheses(score, cost, reward, t + 1, horizon)
                && ClimbingCost.effortsGrow(score, t, horizon);
    }

    /** Lemma: a strict gain of model {@code i} by {@code e} against all-zero at {@code below} (rank form) means all-zero is not a PNE there. */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null;
      @   requires (\forall int m; 0 <= m && m < cost.length; cost[m] != null
      @       && (\forall int x; 0 <= x && x < cost[m].length;
      @           -Bounds.MAX_VALUE <= cost[m][x] && cost[m][x] <= Bounds.MAX_VALUE));
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   requires cost.length == score.length && reward.length == score.length && 0 <= below && 0 <= horizon;
      @   requires (\forall int m; 0 <= m && m < score.length; score[m] != null && cost[m] != null
      @       && below + horizon < score[m].length && horizon < cost[m].length);
      @   requires 0 <= i && i < score.length && 1 <= e && e <= horizon
      @       && reward[AllZero.rankAtAllZero(score, below, i, e)] - cost[i][e]
      @           > reward[AllZero.rankAtAllZero(score, below, i, 0)] - cost[i][0];
      @   ensures \result && !(\forall int m; 0 <= m && m < score.length; (\forall int x; 1 <= x && x <= horizon;
      @       AllZeroGain.allZeroUtility(score, cost, reward, below, m, x)
      @           <= AllZeroGain.allZeroUtility(score, cost, reward, below, m, 0)));
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean gainBelow(long[][] score, long[][] cost,
            long[] reward, int below, int horizon, int i, int e) {
        // both utilities named as the queries and by their values (KeY keeps the queries opaque here)
        boolean reach = TableShape.rowsReachTau(score, cost, below, horizon);
        boolean boundMoved = TableShape.costEntryBounded(cost, i, e);
        boolean boundStay = TableShape.costEntryBounded(cost, i, 0);
        long moved = AllZeroPaid.utilityValue(score, cost, reward, below, i, e);
        long stay = AllZeroPaid.utilityValue(score, cost, reward, below, i, 0);
        //@ assert moved > stay;
        return true;
    }
}
