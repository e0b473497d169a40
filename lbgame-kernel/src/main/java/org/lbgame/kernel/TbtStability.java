package org.lbgame.kernel;

/**
 * Prop 5.3 on the discrete game: if the all-zero profile is a PNE at {@code tau}, it is one at {@code tau + 1}, under
 * the hypotheses {@code H} of Prop 4.5 at both levels and the conclusion of Lemma 5.2 for every pair (no least
 * overtake effort {@code Delta_{k->j}} shrinks from {@code tau} to {@code tau + 1}; {@link ClimbingCost} proves it
 * from C3, and {@link ClimbingCost#effortsGrow} checks it exactly).
 *
 * <p>Per model {@code i}: no gain at {@code tau} means every least overtake effort is paid for (Prop 4.5's
 * necessity, {@link #jumpFromNoGain}); the efforts only grow and the cost row is nondecreasing, so they stay paid at
 * {@code tau + 1}; and paid least efforts mean no gain ({@link AllZeroPaid}).
 */
public final class TbtStability {

    private TbtStability() {
    }

    /**
     * Prop 4.5's necessity for one model: if model {@code i} gains by no effort against all-zero at {@code tau}, its
     * least overtake effort {@code Delta_{i->j}} of every stronger {@code j}, when within the horizon, is paid for.
     */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null;
      @   requires cost.length == score.length && reward.length == score.length;
      @   requires 0 <= i && i < score.length && 0 <= tau && 0 <= horizon;
      @   requires (\forall int m; 0 <= m && m < score.length; score[m] != null && tau < score[m].length);
      @   requires tau + horizon < score[i].length && cost[i] != null && horizon < cost[i].length;
      @   requires cost[i][0] == 0 && (\forall int y; 0 <= y && y <= horizon;
      @       0 <= cost[i][y] && cost[i][y] <= Bounds.MAX_VALUE);
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   requires (\forall int a, b; 0 <= a && a < b && b < score.length; score[a][tau] > score[b][tau]);
      @   requires (\forall int a, b; 0 <= a && a <= b && b < reward.length; reward[a] >= reward[b]);
      @   requires (\forall int e; 1 <= e && e <= horizon;
      @       AllZeroGain.allZeroUtility(score, cost, reward, tau, i, e)
      @           <= AllZeroGain.allZeroUtility(score, cost, reward, tau, i, 0));
      @   ensures \result && (\forall int j; 0 <= j && j < i; AllZero.justOvertake(score, tau, horizon, i, j) < 0
      @       || cost[i][AllZero.justOvertake(score, tau, horizon, i, j)] >= reward[j] - reward[i]);
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean jumpFromNoGain(long[][] score, long[][] cost,
            long[] reward, int tau, int horizon, int i) {
        int j = 0;
        /*@ loop_invariant 0 <= j && j <= i && (\forall int p; 0 <= p && p < j;
          @       AllZero.justOvertake(score, tau, horizon, i, p) < 0
          @       || cost[i][AllZero.justOvertake(score, tau, horizon, i, p)] >= reward[p] - reward[i]);
          @ decreases i - j;
          @*/
        /*+KeY@ loop_writes \strictly_nothing; @*/
        /*-KeY@ loop_writes j; @*/
        while (j < i) {
            boolean paid = pairPaidFromNoGain(score, cost, reward, tau, horizon, i, j);
            j++;
        }
        return true;
    }

    /**
     * {@link #jumpFromNoGain} for one stronger model {@code j}: its loop step, with the same preconditions (measured:
     * the loop with this body inline had 11 goals open at 31,923 steps).
     */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null;
      @   requires cost.length == score.length && reward.length == score.length;
      @   requires 0 <= i && i < score.length && 0 <= tau && 0 <= horizon;
      @   requires (\forall int m; 0 <= m && m < score.length; score[m] != null && tau < score[m].length);
      @   requires tau + horizon < score[i].length && cost[i] != null && horizon < cost[i].length;
      @   requires cost[i][0] == 0 && (\forall int y; 0 <= y && y <= horizon;
      @       0 <= cost[i][y] && cost[i][y] <= Bounds.MAX_VALUE);
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   requires (\forall int a, b; 0 <= a && a < b && b < score.length; score[a][tau] > score[b][tau]);
      @   requires (\forall int a, b; 0 <= a && a <= b && b < reward.length; reward[a] >= reward[b]);
      @   requires (\forall int e; 1 <= e && e <= horizon;
      @       AllZeroGain.allZeroUtility(score, cost, reward, tau, i, e)
      @           <= AllZeroGain.allZeroUtility(score, cost, reward, tau, i, 0));
      @   requires 0 <= j && j < i;
      @   ensures \result && (AllZero.justOvertake(score, tau, horizon, i, j) < 0
      @       || cost[i][AllZero.justOvertake(score, tau, horizon, i, j)] >= reward[j] - reward[i]);
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean pairPaidFromNoGain(long[][] score,
            long[][] cost, long[] reward, int tau, int horizon, int i, int j) {
        int d = AllZeroPaid.leastOvertake(score, tau, horizon, i, j);
        if (d < 0) {
            return true;
        }
        // d >= 1 (C1 at tau), and i playing d passes j: its rank is at most j, its reward at least r_j
        //@ assert score[i][tau + d] > score[j][tau] && d >= 1;
        int stay = AllZeroPaid.rankUnderC1Value(score, tau, i, 0);
        int rank = AllZeroPaid.rankUnderC1Value(score, tau, i, d);
        long gain = AllZeroPaid.utilityValue(score, cost, reward, tau, i, d);
        long base = AllZeroPaid.utilityValue(score, cost, reward, tau, i, 0);
        //@ assert stay == i && rank <= j && reward[rank] >= reward[j];
        return true;
    }

    /**
     * Prop 5.3 for one model: if model {@code i} gains nothing against all-zero at {@code tau} and none of its least
     * overtake efforts shrinks at {@code tau + 1}, it gains nothing at {@code tau + 1} (one model's hypotheses only).
     */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null;
      @   requires cost.length == score.length && reward.length == score.length;
      @   requires 0 <= i && i < score.length && 0 <= tau && 0 <= horizon && tau + 1 + horizon < 2147483647;
      @   requires (\forall int m; 0 <= m && m < score.length; score[m] != null && tau + 1 < score[m].length);
      @   requires tau + 1 + horizon < score[i].length && cost[i] != null && horizon < cost[i].length;
      @   requires cost[i][0] == 0 && (\forall int y; 0 <= y && y <= horizon;
      @       0 <= cost[i][y] && cost[i][y] <= Bounds.MAX_VALUE);
      @   requires (\forall int a, b; 0 <= a && a <= b && b <= horizon; cost[i][a] <= cost[i][b]);
      @   requires (\forall int y; tau + 1 <= y && y <= tau + 1 + horizon; score[i][tau + 1] <= score[i][y]);
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   requires (\forall int a, b; 0 <= a && a < b && b < score.length; score[a][tau] > score[b][tau]);
      @   requires (\forall int a, b; 0 <= a && a < b && b < score.length; score[a][tau + 1] > score[b][tau + 1]);
      @   requires (\forall int a, b; 0 <= a && a <= b && b < reward.length; reward[a] >= reward[b]);
      @   requires (\forall int j; 0 <= j && j < i; AllZero.justOvertake(score, (int) (tau + 1), horizon, i, j) >= 0
      @       ==> 0 <= AllZero.justOvertake(score, tau, horizon, i, j)
      @           && AllZero.justOvertake(score, tau, horizon, i, j) <= AllZero.justOvertake(score, (int) (tau + 1), horizon, i, j));
      @   requires (\forall int e; 1 <= e && e <= horizon;
      @       AllZeroGain.allZeroUtility(score, cost, reward, tau, i, e)
      @           <= AllZeroGain.allZeroUtility(score, cost, reward, tau, i, 0));
      @   ensures \result && (\forall int e; 1 <= e && e <= horizon;
      @       AllZeroGain.allZeroUtility(score, cost, reward, (int) (tau + 1), i, e)
      @           <= AllZeroGain.allZeroUtility(score, cost, reward, (int) (tau + 1), i, 0));
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean modelStaysStable(long[][] score, long[][] cost,
            long[] reward, int tau, int horizon, int i) {
        // the callees' shape and bound preconditions in their own words (TableShape): each a fresh-index
        // instantiation KeY did not find among the H clauses of tau and tau + 1
        boolean reachTau = TableShape.rowsReachPrevious(score, tau);
        boolean bounded = TableShape.costRowBounded(cost, horizon, i);
        boolean paidNow = jumpFromNoGain(score, cost, reward, tau, horizon, i);
        int later = tau + 1;
        int j = 0;
        /*@ loop_invariant 0 <= j && j <= i && (\forall int p; 0 <= p && p < j; (\forall int y; 0 <= y && y <= horizon;
          @       score[i][later + y] > score[p][later] ==> cost[i][y] >= reward[p] - reward[i]));
          @ decreases i - j;
          @*/
        /*+KeY@ loop_writes \strictly_nothing; @*/
        /*-KeY@ loop_writes j; @*/
        while (j < i) {
            // the least effort at tau + 1 is no smaller than at tau, where it was paid for: still paid for
            /*@ assert AllZero.justOvertake(score, later, horizon, i, j) < 0
              @     || cost[i][AllZero.justOvertake(score, later, horizon, i, j)] >= reward[j] - reward[i];
              @*/
            boolean reach = AllZeroPaid.paidJumpReaches(score, cost, reward, later, horizon, i, j);
            j++;
        }
        boolean noGain = AllZeroPaid.modelNoGain(score, cost, reward, later, horizon, i);
        return AllZeroPaid.utilityForm(score, cost, reward, later, horizon, i);
    }
    /**
     * Lemma: the facts of model {@code i} that {@link #modelStaysStable} needs, from {@code H} at {@code tau} and
     * {@code tau + 1} and {@link ClimbingCost#effortsGrow} (always true; keeps every model's {@code H} out of the
     * callers' sequents).
     */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null && 0 <= i && i < score.length;
      @   requires Certificates.prop45Hypotheses(score, cost, reward, tau, horizon);
      @   requires Certificates.prop45Hypotheses(score, cost, reward, (int) (tau + 1), horizon);
      @   requires ClimbingCost.effortsGrow(score, tau, horizon);
      @   requires i < cost.length && cost[i] != null && (\forall int x; 0 <= x && x < cost[i].length;
      @       -Bounds.MAX_VALUE <= cost[i][x] && cost[i][x] <= Bounds.MAX_VALUE);
      @   ensures \result && cost.length == score.length && reward.length == score.length
      @       && 0 <= tau && 0 <= horizon && tau + 1 + horizon < 2147483647;
      @   ensures (\forall int m; 0 <= m && m < score.length; score[m] != null && tau + 1 < score[m].length);
      @   ensures tau + 1 + horizon < score[i].length && horizon < cost[i].length;
      @   ensures cost[i][0] == 0 && (\forall int y; 0 <= y && y <= horizon;
      @       0 <= cost[i][y] && cost[i][y] <= Bounds.MAX_VALUE);
      @   ensures (\forall int a, b; 0 <= a && a <= b && b <= horizon; cost[i][a] <= cost[i][b]);
      @   ensures (\forall int y; tau + 1 <= y && y <= tau + 1 + horizon; score[i][tau + 1] <= score[i][y]);
      @   ensures (\forall int a, b; 0 <= a && a < b && b < score.length; score[a][tau] > score[b][tau]);
      @   ensures (\forall int a, b; 0 <= a && a < b && b < score.length; score[a][tau + 1] > score[b][tau + 1]);
      @   ensures (\forall int a, b; 0 <= a && a <= b && b < reward.length; reward[a] >= reward[b]);
      @   ensures (\forall int j; 0 <= j && j < i; AllZero.justOvertake(score, (int) (tau + 1), horizon, i, j) >= 0
      @       ==> 0 <= AllZero.justOvertake(score, tau, horizon, i, j)
      @           && AllZero.justOvertake(score, tau, horizon, i, j) <= AllZero.justOvertake(score, (int) (tau + 1), horizon, i, j));
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean stabilityFacts(long[][] score, long[][] cost,
            long[] reward, int tau, int horizon, int i) {
        // one level's facts at a time, and model i's row of effortsGrow, each from its own lemma: H is never expanded
        // here (measured: with the body return true, open at 20,857 steps)
        boolean now = AllZeroPaid.certifiedFacts(score, cost, reward, tau, horizon, i);
        boolean next = AllZeroPaid.certifiedFacts(score, cost, reward, tau + 1, horizon, i);
        boolean grow = ClimbingCost.effortsGrowAt(score, tau, horizon, i);
        return true;
    }

    /** {@link #modelStaysStable} under the hypotheses of {@link #allZeroPnePersists} (its loop step). */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null && 0 <= i && i < score.length;
      @   requires (\forall int m; 0 <= m && m < cost.length; cost[m] != null
      @       && (\forall int x; 0 <= x && x < cost[m].length;
      @           -Bounds.MAX_VALUE <= cost[m][x] && cost[m][x] <= Bounds.MAX_VALUE));
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   requires Certificates.prop45Hypotheses(score, cost, reward, tau, horizon);
      @   requires Certificates.prop45Hypotheses(score, cost, reward, (int) (tau + 1), horizon);
      @   requires ClimbingCost.effortsGrow(score, tau, horizon);
      @   requires (\forall int e; 1 <= e && e <= horizon;
      @       AllZeroGain.allZeroUtility(score, cost, reward, tau, i, e)
      @           <= AllZeroGain.allZeroUtility(score, cost, reward, tau, i, 0));
      @   ensures \result && (\forall int e; 1 <= e && e <= horizon;
      @       AllZeroGain.allZeroUtility(score, cost, reward, (int) (tau + 1), i, e)
      @           <= AllZeroGain.allZeroUtility(score, cost, reward, (int) (tau + 1), i, 0));
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean modelStaysStableUnderH(long[][] score,
            long[][] cost, long[] reward, int tau, int horizon, int i) {
        boolean facts = stabilityFacts(score, cost, reward, tau, horizon, i);
        return modelStaysStable(score, cost, reward, tau, horizon, i);
    }

    /**
     * Prop 5.3 (discrete, one step): under {@code H} at {@code tau} and {@code tau + 1} and Lemma 5.2's conclusion
     * for every pair ({@link ClimbingCost#effortsGrow}), if no model gains against all-zero at {@code tau} (all-zero
     * is a PNE, as {@link AllZero#isAllZeroPne} states it), none gains at {@code tau + 1}.
     */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null;
      @   requires (\forall int m; 0 <= m && m < cost.length; cost[m] != null
      @       && (\forall int x; 0 <= x && x < cost[m].length;
      @           -Bounds.MAX_VALUE <= cost[m][x] && cost[m][x] <= Bounds.MAX_VALUE));
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   requires Certificates.prop45Hypotheses(score, cost, reward, tau, horizon);
      @   requires Certificates.prop45Hypotheses(score, cost, reward, (int) (tau + 1), horizon);
      @   requires ClimbingCost.effortsGrow(score, tau, horizon);
      @   ensures \result && ((\forall int i; 0 <= i && i < score.length; (\forall int e; 1 <= e && e <= horizon;
      @       AllZeroGain.allZeroUtility(score, cost, reward, tau, i, e)
      @           <= AllZeroGain.allZeroUtility(score, cost, reward, tau, i, 0)))
      @     ==> (\forall int i; 0 <= i && i < score.length; (\forall int e; 1 <= e && e <= horizon;
      @       AllZeroGain.allZeroUtility(score, cost, reward, (int) (tau + 1), i, e)
      @           <= AllZeroGain.allZeroUtility(score, cost, reward, (int) (tau + 1), i, 0))));
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean allZeroPnePersists(long[][] score,
            long[][] cost, long[] reward, int tau, int horizon) {
        if (!stableAt(score, cost, reward, tau, horizon)) {
            return true;
        }
        int i = 0;
        /*@ loop_invariant 0 <= i && i <= score.length
          @   && (\forall int p; 0 <= p && p < i; (\forall int e; 1 <= e && e <= horizon;
          @       AllZeroGain.allZeroUtility(score, cost, reward, (int) (tau + 1), p, e)
          @           <= AllZeroGain.allZeroUtility(score, cost, reward, (int) (tau + 1), p, 0)));
          @ decreases score.length - i;
          @*/
        /*+KeY@ loop_writes \strictly_nothing; @*/
        /*-KeY@ loop_writes i; @*/
        while (i < score.length) {
            boolean stays = modelStaysStableUnderH(score, cost, reward, tau, horizon, i);
            i++;
        }
        return true;
    }

    /** {@link AllZero#isAllZeroPne} on tables that meet {@code H} (no model gains against all-zero at {@code tau}). */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null;
      @   requires (\forall int m; 0 <= m && m < cost.length; cost[m] != null
      @       && (\forall int x; 0 <= x && x < cost[m].length;
      @           -Bounds.MAX_VALUE <= cost[m][x] && cost[m][x] <= Bounds.MAX_VALUE));
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   requires Certificates.prop45Hypotheses(score, cost, reward, tau, horizon);
      @   ensures \result <==> (\forall int i; 0 <= i && i < score.length; (\forall int e; 1 <= e && e <= horizon;
      @       AllZeroGain.allZeroUtility(score, cost, reward, tau, i, e)
      @           <= AllZeroGain.allZeroUtility(score, cost, reward, tau, i, 0)));
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean stableAt(long[][] score, long[][] cost,
            long[] reward, int tau, int horizon) {
        /*@ assert (\forall int m; 0 <= m && m < score.length; (\forall int e; 0 <= e && e <= horizon;
          @     -Bounds.MAX_VALUE <= cost[m][e] && cost[m][e] <= Bounds.MAX_VALUE));
          @*/
        return AllZero.isAllZeroPne(score, cost, reward, tau, horizon);
    }
}
