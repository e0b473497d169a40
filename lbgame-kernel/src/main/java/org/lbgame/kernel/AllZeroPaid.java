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
    /**
     * JUMP => REACH for a paid least overtake effort: when {@code Delta_{k->j}} is beyond the horizon or costs at least
     * {@code r_j - r_k}, every effort by which {@code k} overtakes {@code j} costs at least that (cost row nondecreasing).
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
      @   requires AllZero.justOvertake(score, tau, horizon, k, j) < 0
      @       || cost[k][AllZero.justOvertake(score, tau, horizon, k, j)] >= reward[j] - reward[k];
      @   ensures \result && (\forall int x; 0 <= x && x <= horizon;
      @       score[k][tau + x] > score[j][tau] ==> cost[k][x] >= reward[j] - reward[k]);
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean paidJumpReaches(long[][] score, long[][] cost,
            long[] reward, int tau, int horizon, int k, int j) {
        int d = leastOvertake(score, tau, horizon, k, j);
        //@ assert d >= 0 ==> cost[k][d] >= reward[j] - reward[k];
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

    /**
     * {@code Delta_{k->j}} with both halves of its specification: named as the query {@code AllZero.justOvertake(...)}
     * (which callers' hypotheses speak of) and with its least-index facts (which their proofs use).
     */
    /*@ public normal_behavior
      @   requires score != null && 0 <= k && k < score.length && 0 <= j && j < score.length;
      @   requires 0 <= tau && 0 <= horizon && score[k] != null && score[j] != null;
      @   requires tau + horizon < score[k].length && tau < score[j].length;
      @   ensures \result == AllZero.justOvertake(score, tau, horizon, k, j) && -1 <= \result && \result <= horizon;
      @   ensures \result >= 0 ==> score[k][tau + \result] > score[j][tau]
      @       && (\forall int e; 0 <= e && e < \result; score[k][tau + e] <= score[j][tau]);
      @   ensures \result == -1 ==> (\forall int e; 0 <= e && e <= horizon; score[k][tau + e] <= score[j][tau]);
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ int leastOvertake(long[][] score, int tau, int horizon,
            int k, int j) {
        // through the query wrapper: the least-index facts then come from the query's own contract, with no
        // uniqueness argument between a call's result and the query (measured: 3 goals open at 30,000 steps)
        return AllZero.justOvertakeValue(score, tau, horizon, k, j);
    }

    /**
     * Lemma: the facts of one model {@code i} that {@code H} gives (always true): the tables fit, C1 at {@code tau},
     * rewards non-increasing, and model {@code i}'s rows. Stated once here so that the callers' sequents never hold
     * {@code H} for every model.
     */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null;
      @   requires Certificates.prop45Hypotheses(score, cost, reward, tau, horizon);
      @   requires 0 <= i && i < score.length;
      @   ensures \result && 0 <= tau && 0 <= horizon && tau + horizon < 2147483647
      @       && cost.length == score.length && reward.length == score.length
      @       && (\forall int m; 0 <= m && m < score.length; score[m] != null && cost[m] != null
      @           && tau + horizon < score[m].length && horizon < cost[m].length);
      @   ensures (\forall int a, b; 0 <= a && a < b && b < score.length; score[a][tau] > score[b][tau]);
      @   ensures (\forall int a, b; 0 <= a && a <= b && b < reward.length; reward[a] >= reward[b]);
      @   ensures cost[i][0] == 0 && (\forall int a, b; 0 <= a && a <= b && b <= horizon; cost[i][a] <= cost[i][b])
      @       && (\forall int a, b; tau <= a && a <= b && b <= tau + horizon; score[i][a] <= score[i][b]);
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean certifiedFacts(long[][] score, long[][] cost,
            long[] reward, int tau, int horizon, int i) {
        return true;
    }

    /** Lemma: model {@code i}'s utilities against all-zero, from the rank form {@link #modelNoGain} proves (always true). */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null;
      @   requires cost.length == score.length && reward.length == score.length;
      @   requires 0 <= i && i < score.length && 0 <= tau && 0 <= horizon;
      @   requires (\forall int m; 0 <= m && m < score.length; score[m] != null && tau < score[m].length);
      @   requires tau + horizon < score[i].length && cost[i] != null && horizon < cost[i].length;
      @   requires (\forall int y; 0 <= y && y <= horizon; -Bounds.MAX_VALUE <= cost[i][y] && cost[i][y] <= Bounds.MAX_VALUE);
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   requires (\forall int x; 1 <= x && x <= horizon;
      @       reward[AllZero.rankAtAllZero(score, tau, i, x)] - cost[i][x]
      @           <= reward[AllZero.rankAtAllZero(score, tau, i, 0)] - cost[i][0]);
      @   ensures \result && (\forall int x; 1 <= x && x <= horizon;
      @       AllZeroGain.allZeroUtility(score, cost, reward, tau, i, x)
      @           <= AllZeroGain.allZeroUtility(score, cost, reward, tau, i, 0));
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean utilityForm(long[][] score, long[][] cost,
            long[] reward, int tau, int horizon, int i) {
        long stay = utilityValue(score, cost, reward, tau, i, 0);
        int x = 1;
        /*@ loop_invariant 1 <= x && x <= horizon + 1 && (\forall int y; 1 <= y && y < x;
          @       AllZeroGain.allZeroUtility(score, cost, reward, tau, i, y)
          @           <= AllZeroGain.allZeroUtility(score, cost, reward, tau, i, 0));
          @ decreases horizon + 1 - x;
          @*/
        /*+KeY@ loop_writes \strictly_nothing; @*/
        /*-KeY@ loop_writes x; @*/
        while (x <= horizon) {
            long u = utilityValue(score, cost, reward, tau, i, x);
            x++;
        }
        return true;
    }

    /** {@code u_i(e, 0_{-i})} named both as the query {@code allZeroUtility(...)} and in its rank form. */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null;
      @   requires cost.length == score.length && reward.length == score.length;
      @   requires 0 <= i && i < score.length && 0 <= tau && 0 <= e;
      @   requires (\forall int m; 0 <= m && m < score.length; score[m] != null && tau < score[m].length);
      @   requires tau + e < score[i].length && cost[i] != null && e < cost[i].length;
      @   requires -Bounds.MAX_VALUE <= cost[i][e] && cost[i][e] <= Bounds.MAX_VALUE;
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   ensures \result == AllZeroGain.allZeroUtility(score, cost, reward, tau, i, e)
      @       && \result == reward[AllZero.rankAtAllZero(score, tau, i, e)] - cost[i][e];
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ long utilityValue(long[][] score, long[][] cost,
            long[] reward, int tau, int i, int e) {
        return AllZeroGain.allZeroUtility(score, cost, reward, tau, i, e);
    }

    /**
     * Prop 4.5's sufficiency for one model: when model {@code i}'s least overtake efforts are each paid for (or beyond
     * the horizon), its cost row is nondecreasing and the rest of {@code H} holds for it, model {@code i} gains by no
     * effort against all-zero. The step of {@code AllZeroCertificate.jumpTableSuffices}. Its preconditions are
     * {@link #modelNoGain}'s, with the paid least efforts in place of every overtaking effort (KeY discharges a
     * callee's precondition best when the caller's repeats it; measured: with {@code H} as the opaque query here,
     * 11 goals open at 30,000 steps).
     */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null && jump != null;
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
      @   requires (\forall int a, b; 0 <= a && a <= b && b <= horizon; cost[i][a] <= cost[i][b]);
      @   requires jump.length == score.length && (1 <= i ==> jump[i] != null && jump[i].length >= i);
      @   requires (\forall int j; 0 <= j && j < i; jump[i][j] == AllZero.justOvertake(score, tau, horizon, i, j)
      @       && (jump[i][j] >= 0 ==> cost[i][jump[i][j]] >= reward[j] - reward[i]));
      @   ensures \result && (\forall int e; 1 <= e && e <= horizon;
      @       AllZeroGain.allZeroUtility(score, cost, reward, tau, i, e)
      @           <= AllZeroGain.allZeroUtility(score, cost, reward, tau, i, 0));
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean modelCertified(long[][] score, long[][] cost,
            long[] reward, int tau, int horizon, int[][] jump, int i) {
        // paidJumpReaches and utilityForm ask for the cost row bounded by -2^60 rather than by 0: restated once
        boolean bounded = TableShape.costRowBounded(cost, horizon, i);
        int j = 0;
        /*@ loop_invariant 0 <= j && j <= i && (\forall int p; 0 <= p && p < j; (\forall int y; 0 <= y && y <= horizon;
          @       score[i][tau + y] > score[p][tau] ==> cost[i][y] >= reward[p] - reward[i]));
          @ decreases i - j;
          @*/
        /*+KeY@ loop_writes \strictly_nothing; @*/
        /*-KeY@ loop_writes j; @*/
        while (j < i) {
            //@ assert jump[i][j] == AllZero.justOvertake(score, tau, horizon, i, j);
            //@ assert jump[i][j] >= 0 ==> cost[i][jump[i][j]] >= reward[j] - reward[i];
            boolean reach = paidJumpReaches(score, cost, reward, tau, horizon, i, j);
            j++;
        }
        boolean noGain = modelNoGain(score, cost, reward, tau, horizon, i);
        return utilityForm(score, cost, reward, tau, horizon, i);
    }
    /**
     * Lemma: what an accepted jump table gives for model {@code i} (always true): {@code H}, as the opaque query, and
     * model {@code i}'s row of paid least overtake efforts.
     */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null && jump != null;
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   requires AllZeroCertificate.jumpTableHolds(score, cost, reward, tau, horizon, jump);
      @   requires 0 <= i && i < score.length;
      @   ensures \result && cost.length == score.length && jump.length == score.length;
      @   ensures Certificates.prop45Hypotheses(score, cost, reward, tau, horizon);
      @   ensures 1 <= i ==> jump[i] != null && jump[i].length >= i;
      @   ensures (\forall int j; 0 <= j && j < i; jump[i][j] == AllZero.justOvertake(score, tau, horizon, i, j)
      @       && (jump[i][j] >= 0 ==> cost[i][jump[i][j]] >= reward[j] - reward[i]));
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean certifiedRow(long[][] score, long[][] cost,
            long[] reward, int tau, int horizon, int[][] jump, int i) {
        return true;
    }

    /** {@link #modelCertified} under an accepted jump table (the loop step of {@code AllZeroCertificate.jumpTableSuffices}). */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null && jump != null;
      @   requires (\forall int m; 0 <= m && m < cost.length; cost[m] != null
      @       && (\forall int x; 0 <= x && x < cost[m].length;
      @           -Bounds.MAX_VALUE <= cost[m][x] && cost[m][x] <= Bounds.MAX_VALUE));
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   requires AllZeroCertificate.jumpTableHolds(score, cost, reward, tau, horizon, jump);
      @   requires 0 <= i && i < score.length;
      @   ensures \result && (\forall int e; 1 <= e && e <= horizon;
      @       AllZeroGain.allZeroUtility(score, cost, reward, tau, i, e)
      @           <= AllZeroGain.allZeroUtility(score, cost, reward, tau, i, 0));
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean modelCertifiedAt(long[][] score, long[][] cost,
            long[] reward, int tau, int horizon, int[][] jump, int i) {
        boolean row = certifiedRow(score, cost, reward, tau, horizon, jump, i);
        boolean facts = certifiedFacts(score, cost, reward, tau, horizon, i);
        boolean rows = rowFactsAt(score, cost, tau, horizon, i);
        // modelCertified asks for every row to reach tau; certifiedFacts gives tau + E (measured: 11 goals open at
        // 21,067 steps at fresh rows without this restatement)
        boolean reach = TableShape.rowsReachTau(score, cost, tau, horizon);
        return modelCertified(score, cost, reward, tau, horizon, jump, i);
    }
}
