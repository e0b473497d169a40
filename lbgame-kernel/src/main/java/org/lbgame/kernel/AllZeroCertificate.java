package org.lbgame.kernel;

/**
 * The two halves of the all-zero certificate ({@code Certificates.checkAllZeroPne}): the claimed jump table of
 * Prop 4.5 under its hypotheses {@code H}, and the verdict itself, checked directly, plus the statement that the
 * first implies the second (Prop 4.5's sufficiency over all models, a proof obligation still open).
 *
 * <p>The checker checks both halves so that its soundness (accepted => no model gains against all-zero) rests on
 * proved contracts alone; the open step is why the second check never rejects a table the first accepts.
 */
public final class AllZeroCertificate {

    private AllZeroCertificate() {
    }

    /**
     * Whether {@code H} holds at {@code tau} and {@code jump[k][j]} (for {@code j < k}) is the least overtake effort
     * {@code Delta_{k->j}} (or -1 when none exists within the horizon), each paid for: {@code C_k[Delta] >= r_j - r_k}.
     */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null && jump != null;
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   ensures \result ==> (Certificates.prop45Hypotheses(score, cost, reward, tau, horizon)
      @       && jump.length == score.length
      @       && (\forall int k; 1 <= k && k < score.length; jump[k] != null && jump[k].length >= k
      @           && (\forall int j; 0 <= j && j < k; jump[k][j] == AllZero.justOvertake(score, tau, horizon, k, j)
      @               && (jump[k][j] >= 0 ==> cost[k][jump[k][j]] >= reward[j] - reward[k]))));
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean jumpTableHolds(long[][] score, long[][] cost,
            long[] reward, int tau, int horizon, int[][] jump) {
        // H enters the proof as the opaque query hypothesesHold names: its pairwise clauses, expanded, would be
        // instantiated at every term of the loops below.
        if (!Validity.wellFormed(score, cost, reward, tau, horizon) || jump.length != score.length
                || !hypothesesHold(score, cost, reward, tau, horizon)) {
            return false;
        }
        int k = 1;
        /*@ loop_invariant 1 <= k && k <= score.length
          @   && (\forall int q; 1 <= q && q < k; jump[q] != null && jump[q].length >= q
          @       && (\forall int j; 0 <= j && j < q; jump[q][j] == AllZero.justOvertake(score, tau, horizon, q, j)
          @           && (jump[q][j] >= 0 ==> cost[q][jump[q][j]] >= reward[j] - reward[q])));
          @ decreases score.length - k;
          @*/
        /*+KeY@ loop_writes \strictly_nothing; @*/
        /*-KeY@ loop_writes k; @*/
        while (k < score.length) {
            if (!jumpRowHolds(score, cost, reward, tau, horizon, jump, k)) {
                return false;
            }
            k++;
        }
        return true;
    }

    /** Model {@code k}'s row of the table: {@code jump[k][j]} is {@code Delta_{k->j}}, paid for, for every {@code j < k}. */
    /*@ private normal_behavior
      @   requires score != null && cost != null && reward != null && jump != null;
      @   requires 0 <= tau && 0 <= horizon && tau + horizon < 2147483647
      @       && score.length >= 1 && cost.length == score.length && reward.length == score.length
      @       && (\forall int m; 0 <= m && m < score.length; score[m] != null && cost[m] != null
      @           && tau + horizon < score[m].length && horizon < cost[m].length);
      @   requires jump.length == score.length && 1 <= k && k < score.length;
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   ensures \result ==> (jump[k] != null && jump[k].length >= k
      @       && (\forall int j; 0 <= j && j < k; jump[k][j] == AllZero.justOvertake(score, tau, horizon, k, j)
      @           && (jump[k][j] >= 0 ==> cost[k][jump[k][j]] >= reward[j] - reward[k])));
      @   assignable \nothing;
      @*/
    private static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean jumpRowHolds(long[][] score, long[][] cost,
            long[] reward, int tau, int horizon, int[][] jump, int k) {
        if (jump[k] == null || jump[k].length < k) {
            return false;
        }
        int j = 0;
        /*@ loop_invariant 0 <= j && j <= k
          @   && (\forall int p; 0 <= p && p < j; jump[k][p] == AllZero.justOvertake(score, tau, horizon, k, p)
          @       && (jump[k][p] >= 0 ==> cost[k][jump[k][p]] >= reward[p] - reward[k]));
          @ decreases k - j;
          @*/
        /*+KeY@ loop_writes \strictly_nothing; @*/
        /*-KeY@ loop_writes j; @*/
        while (j < k) {
            //@ assert score[k] != null && score[j] != null && cost[k] != null;
            //@ assert tau + horizon < score[k].length && tau < score[j].length && horizon < cost[k].length;
            int d = jump[k][j];
            if (d != AllZero.justOvertakeValue(score, tau, horizon, k, j)
                    || (d >= 0 && cost[k][d] < reward[j] - reward[k])) {
                return false;
            }
            j++;
        }
        return true;
    }

    /** {@code Certificates.prop45Hypotheses}, with the contract naming its result as the query (for callers). */
    /*@ private normal_behavior
      @   requires score != null && cost != null && reward != null;
      @   ensures \result == Certificates.prop45Hypotheses(score, cost, reward, tau, horizon);
      @   assignable \nothing;
      @*/
    private static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean hypothesesHold(long[][] score, long[][] cost,
            long[] reward, int tau, int horizon) {
        return Certificates.prop45Hypotheses(score, cost, reward, tau, horizon);
    }

    /**
     * Whether the tables fit and no model gains by any effort {@code 1..E} while the others play 0: the verdict
     * "all-zero is a PNE at tau" itself ({@code AllZero.isAllZeroPne}: {@code u_i(e, 0) <= u_i(0, 0)} for every model).
     */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null;
      @   requires (\forall int m; 0 <= m && m < cost.length; cost[m] != null
      @       && (\forall int x; 0 <= x && x < cost[m].length;
      @           -Bounds.MAX_VALUE <= cost[m][x] && cost[m][x] <= Bounds.MAX_VALUE));
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   ensures \result ==> (\forall int i; 0 <= i && i < score.length; (\forall int e; 1 <= e && e <= horizon;
      @       AllZeroGain.allZeroUtility(score, cost, reward, tau, i, e)
      @           <= AllZeroGain.allZeroUtility(score, cost, reward, tau, i, 0)));
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean noModelGains(long[][] score, long[][] cost,
            long[] reward, int tau, int horizon) {
        if (!Validity.wellFormed(score, cost, reward, tau, horizon)) {
            return false;
        }
        /*@ assert (\forall int m; 0 <= m && m < score.length; (\forall int e; 0 <= e && e <= horizon;
          @     -Bounds.MAX_VALUE <= cost[m][e] && cost[m][e] <= Bounds.MAX_VALUE));
          @*/
        return AllZero.isAllZeroPne(score, cost, reward, tau, horizon);
    }

    /**
     * Prop 4.5's sufficiency over all models, as a proof obligation: under {@code H} an accepted jump table alone
     * means no model gains against all-zero, so {@link #noModelGains} never rejects a table {@link #jumpTableHolds}
     * accepts. Open: its steps are proved lemmas ({@code AllZeroPaid.reachFromJump} per pair,
     * {@code AllZeroPaid.modelNoGain} per model) but KeY does not compose them over all models (measurements in
     * {@code proofs/notes.tsv}); the body holds no proof steps. Property-tested in {@code AllZeroCertificateTest}.
     */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null && jump != null;
      @   requires (\forall int m; 0 <= m && m < cost.length; cost[m] != null
      @       && (\forall int x; 0 <= x && x < cost[m].length;
      @           -Bounds.MAX_VALUE <= cost[m][x] && cost[m][x] <= Bounds.MAX_VALUE));
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   requires jumpTableHolds(score, cost, reward, tau, horizon, jump);
      @   ensures \result && (\forall int i; 0 <= i && i < score.length; (\forall int e; 1 <= e && e <= horizon;
      @       AllZeroGain.allZeroUtility(score, cost, reward, tau, i, e)
      @           <= AllZeroGain.allZeroUtility(score, cost, reward, tau, i, 0)));
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean jumpTableSuffices(long[][] score, long[][] cost,
            long[] reward, int tau, int horizon, int[][] jump) {
        int i = 0;
        /*@ loop_invariant 0 <= i && i <= score.length
          @   && (\forall int p; 0 <= p && p < i; (\forall int e; 1 <= e && e <= horizon;
          @       AllZeroGain.allZeroUtility(score, cost, reward, tau, p, e)
          @           <= AllZeroGain.allZeroUtility(score, cost, reward, tau, p, 0)));
          @ decreases score.length - i;
          @*/
        /*+KeY@ loop_writes \strictly_nothing; @*/
        /*-KeY@ loop_writes i; @*/
        while (i < score.length) {
            boolean paid = AllZeroPaid.modelCertifiedAt(score, cost, reward, tau, horizon, jump, i);
            i++;
        }
        return true;
    }
}
