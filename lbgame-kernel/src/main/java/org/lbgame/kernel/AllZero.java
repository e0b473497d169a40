package org.lbgame.kernel;

/**
 * The all-zero profile at {@code tau}: overtake efforts and the equilibrium conditions (Def 4.4, Prop 4.5).
 *
 * <p>Specification shorthands used below (written out in every contract, JML has no macros):
 * <ul>
 * <li>{@code JUMP(k,j)}: the just-overtake effort {@code Delta_{k->j}} (least {@code e} with
 * {@code score[k][tau+e] > score[j][tau]}), if it exists within the horizon, costs at least {@code r_j - r_k};</li>
 * <li>{@code REACH(k,j)}: every {@code e} in {@code 0..E} with {@code score[k][tau+e] > score[j][tau]} costs at least
 * {@code r_j - r_k} (equal to {@code JUMP(k,j)} when the cost row is nondecreasing);</li>
 * <li>{@code H}: the Prop 4.5 hypotheses: column strictly decreasing at {@code tau}, rows nondecreasing on
 * {@code tau..tau+E}, cost rows nondecreasing with {@code C[0] == 0}, rewards non-increasing (all pairwise).</li>
 * </ul>
 */
public final class AllZero {

    private AllZero() {
    }

    /** {@code Delta_{k->j}}: least {@code e} in {@code 0..E} with {@code score[k][tau+e] > score[j][tau]}, or -1 if none. */
    /*@ public normal_behavior
      @   requires score != null && 0 <= k && k < score.length && 0 <= j && j < score.length;
      @   requires 0 <= tau && 0 <= horizon && score[k] != null && score[j] != null;
      @   requires tau + horizon < score[k].length && tau < score[j].length;
      @   ensures -1 <= \result && \result <= horizon;
      @   ensures \result >= 0 ==> score[k][tau + \result] > score[j][tau]
      @       && (\forall int e; 0 <= e && e < \result; score[k][tau + e] <= score[j][tau]);
      @   ensures \result == -1 ==> (\forall int e; 0 <= e && e <= horizon; score[k][tau + e] <= score[j][tau]);
      @   ensures (\forall int x; tau <= x && x < tau + (\result >= 0 ? \result : horizon + 1);
      @       score[k][x] <= score[j][tau]);
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ int justOvertake(long[][] score, int tau, int horizon,
            int k, int j) {
        long target = score[j][tau];
        int e = 0;
        /*@ loop_invariant 0 <= e && e <= horizon + 1
          @   && (\forall int f; 0 <= f && f < e; score[k][tau + f] <= target)
          @   && (\forall int x; tau <= x && x < tau + e; score[k][x] <= target);
          @ decreases horizon + 1 - e;
          @*/
        /*+KeY@ loop_writes \strictly_nothing; @*/
        /*-KeY@ loop_writes e; @*/
        while (e <= horizon && score[k][tau + e] <= target) {
            e++;
        }
        return e <= horizon ? e : -1;
    }

    /**
     * Rank of model {@code i} playing {@code e} while every other model plays 0. The count is {@code \num_of} for
     * KeY and the recursive JML model function {@code AllZeroRank.allZeroBeatersFrom} for OpenJML; the other clauses
     * are the same text.
     */
    /*+KeY@ public normal_behavior
      @   requires score != null && 0 <= i && i < score.length && 0 <= tau && 0 <= e;
      @   requires (\forall int m; 0 <= m && m < score.length; score[m] != null && tau < score[m].length);
      @   requires tau + e < score[i].length;
      @   ensures \result == (\num_of int j; 0 <= j && j < score.length; j != i
      @       && (score[j][tau] > score[i][tau + e] || (score[j][tau] == score[i][tau + e] && j < i)));
      @   ensures 0 <= \result && \result < score.length;
      @   ensures ((\forall int a, b; 0 <= a && a < b && b < score.length; score[a][tau] > score[b][tau])
      @         && score[i][tau] <= score[i][tau + e])
      @       ==> (\result <= i
      @         && (\forall int j; 0 <= j && j < \result; score[j][tau] >= score[i][tau + e])
      @         && (\result < i ==> score[\result][tau] < score[i][tau + e]));
      @   assignable \nothing;
      @*/
    /*-KeY@ public normal_behavior
      @   requires score != null && 0 <= i && i < score.length && 0 <= tau && 0 <= e;
      @   requires (\forall int m; 0 <= m && m < score.length; score[m] != null && tau < score[m].length);
      @   requires tau + e < score[i].length;
      @   ensures \result == AllZeroRank.allZeroBeatersFrom(score, tau, i, score[i][tau + e], 0);
      @   ensures 0 <= \result && \result < score.length;
      @   ensures ((\forall int a, b; 0 <= a && a < b && b < score.length; score[a][tau] > score[b][tau])
      @         && score[i][tau] <= score[i][tau + e])
      @       ==> (\result <= i
      @         && (\forall int j; 0 <= j && j < \result; score[j][tau] >= score[i][tau + e])
      @         && (\result < i ==> score[\result][tau] < score[i][tau + e]));
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ int rankAtAllZero(long[][] score, int tau, int i,
            int e) {
        // Both branches compute the same count; the test only selects which proof applies (C1 lets KeY take the
        // prefix form of the count without case-splitting on a negated C1 inside a loop invariant).
        int r;
        if (Validity.columnStrictlyDecreasing(score, tau) && score[i][tau] <= score[i][tau + e]) {
            r = AllZeroRank.rankAtAllZeroUnderC1(score, tau, i, e);
        } else {
            r = AllZeroRank.beatersAtAllZero(score, tau, i, e);
        }
        return r;
    }

    /** The all-zero rank again, with the contract {@code \result == rankAtAllZero(...)} (for callers' queries). */
    /*@ public normal_behavior
      @   requires score != null && 0 <= i && i < score.length && 0 <= tau && 0 <= e;
      @   requires (\forall int m; 0 <= m && m < score.length; score[m] != null && tau < score[m].length);
      @   requires tau + e < score[i].length;
      @   ensures \result == rankAtAllZero(score, tau, i, e) && 0 <= \result && \result < score.length;
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ int rankAtAllZeroValue(long[][] score, int tau, int i,
            int e) {
        return rankAtAllZero(score, tau, i, e);
    }

    /**
     * {@code Delta_{k->j}} again, with the contract {@code \result == justOvertake(...)}: a call of {@code justOvertake}
     * itself gives KeY only the least-index facts, which do not match the query {@code justOvertake(...)} named in a
     * caller's postcondition (KeY would have to prove that a least index is unique); this wrapper proves that once.
     */
    /*@ public normal_behavior
      @   requires score != null && 0 <= k && k < score.length && 0 <= j && j < score.length;
      @   requires 0 <= tau && 0 <= horizon && score[k] != null && score[j] != null;
      @   requires tau + horizon < score[k].length && tau < score[j].length;
      @   ensures \result == justOvertake(score, tau, horizon, k, j) && -1 <= \result && \result <= horizon;
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ int justOvertakeValue(long[][] score, int tau,
            int horizon, int k, int j) {
        return justOvertake(score, tau, horizon, k, j);
    }

    /**
     * Whether {@code C_k[Delta_{k->j}] >= r_j - r_k} for the pair {@code (j, k)}, or the overtake is beyond the horizon.
     *
     * <p>The postcondition names {@code Delta_{k->j}} as the query {@code justOvertake(...)}; by that method's proved
     * contract this equals the quantified form "every {@code e} in {@code 0..E} that is the least effort with
     * {@code score[k][tau+e] > score[j][tau]} costs {@code C_k[e] >= r_j - r_k}" (there is at most one such {@code e},
     * it is {@code justOvertake}'s result when that is {@code >= 0}, and there is none when it is {@code -1}).
     */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null;
      @   requires 0 <= k && k < score.length && 0 <= j && j < score.length;
      @   requires k < cost.length && j < reward.length && k < reward.length;
      @   requires 0 <= tau && 0 <= horizon && score[k] != null && score[j] != null && cost[k] != null;
      @   requires tau + horizon < score[k].length && tau < score[j].length && horizon < cost[k].length;
      @   requires (\forall int e; 0 <= e && e <= horizon;
      @       -Bounds.MAX_VALUE <= cost[k][e] && cost[k][e] <= Bounds.MAX_VALUE);
      @   requires -Bounds.MAX_VALUE <= reward[j] && reward[j] <= Bounds.MAX_VALUE;
      @   requires -Bounds.MAX_VALUE <= reward[k] && reward[k] <= Bounds.MAX_VALUE;
      @   ensures \result <==> (justOvertake(score, tau, horizon, k, j) < 0
      @       || cost[k][justOvertake(score, tau, horizon, k, j)] >= reward[j] - reward[k]);
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean jumpConditionHolds(long[][] score,
            long[][] cost, long[] reward, int tau, int horizon, int k, int j) {
        int d = justOvertakeValue(score, tau, horizon, k, j);
        return d < 0 || cost[k][d] >= reward[j] - reward[k];
    }

    /**
     * Adjacent condition at {@code tau}: the jump condition for every pair {@code (k-1, k)}.
     *
     * <p>Stated as {@link #jumpConditionHolds}'s proved postcondition, through the {@code justOvertake} query: by
     * {@link #justOvertake}'s least-index contract, {@code justOvertake(..) < 0 || C_k[justOvertake(..)] >= r_j - r_k}
     * is exactly "every {@code e} in {@code 0..E} that is the least effort with {@code score[k][tau+e] > score[j][tau]}
     * costs {@code C_k[e] >= r_j - r_k}" (there is at most one such {@code e}). The pair is written
     * {@code (\forall int j; j == k - 1; ..)} inside the quantifier over {@code k} because a query argument
     * {@code k - 1} is {@code \bigint} in JML; this is the two-variable {@code (\forall int k, j; 1 <= k && k < n
     * && j == k - 1; ..)} curried (same pairs {@code (k-1, k)}, {@code 1 <= k < n}), in the shape of
     * {@link AllZeroJump#adjacentJumpHolds}' postcondition, which the loop invariant then matches (the two-variable
     * form timed out in KeY).
     */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null;
      @   requires cost.length == score.length && reward.length == score.length && 0 <= tau && 0 <= horizon;
      @   requires (\forall int m; 0 <= m && m < score.length; score[m] != null && cost[m] != null
      @       && tau + horizon < score[m].length && horizon < cost[m].length);
      @   requires (\forall int m; 0 <= m && m < score.length; (\forall int e; 0 <= e && e <= horizon;
      @       -Bounds.MAX_VALUE <= cost[m][e] && cost[m][e] <= Bounds.MAX_VALUE));
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   ensures \result <==> (\forall int k; 1 <= k && k < score.length; (\forall int j; j == k - 1;
      @       (justOvertake(score, tau, horizon, k, j) < 0
      @       || cost[k][justOvertake(score, tau, horizon, k, j)] >= reward[j] - reward[k])));
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean adjacentConditionHolds(long[][] score,
            long[][] cost, long[] reward, int tau, int horizon) {
        boolean ok = true;
        int k = 1;
        /*@ loop_invariant 1 <= k && (k <= score.length || score.length <= 1)
          @   && (ok <==> (\forall int q; 1 <= q && q < k && q < score.length; (\forall int p; p == q - 1;
          @       (justOvertake(score, tau, horizon, q, p) < 0
          @       || cost[q][justOvertake(score, tau, horizon, q, p)] >= reward[p] - reward[q]))));
          @ decreases score.length + 1 - k;
          @*/
        /*+KeY@ loop_writes \strictly_nothing; @*/
        /*-KeY@ loop_writes ok, k; @*/
        while (ok && k < score.length) {
            //@ assert score[k] != null && cost[k] != null && score[k - 1] != null;
            //@ assert tau + horizon < score[k].length && horizon < cost[k].length && tau < score[k - 1].length;
            ok = AllZeroJump.adjacentJumpHolds(score, cost, reward, tau, horizon, k);
            k++;
        }
        return ok;
    }

    /** {@link #adjacentConditionHolds}, its result named as the query and by its contract (as {@link #pneByDefinition}). */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null;
      @   requires cost.length == score.length && reward.length == score.length && 0 <= tau && 0 <= horizon;
      @   requires (\forall int m; 0 <= m && m < score.length; score[m] != null && cost[m] != null
      @       && tau + horizon < score[m].length && horizon < cost[m].length);
      @   requires (\forall int m; 0 <= m && m < score.length; (\forall int e; 0 <= e && e <= horizon;
      @       -Bounds.MAX_VALUE <= cost[m][e] && cost[m][e] <= Bounds.MAX_VALUE));
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   ensures \result == adjacentConditionHolds(score, cost, reward, tau, horizon);
      @   ensures \result <==> (\forall int k; 1 <= k && k < score.length; (\forall int j; j == k - 1;
      @       (justOvertake(score, tau, horizon, k, j) < 0
      @       || cost[k][justOvertake(score, tau, horizon, k, j)] >= reward[j] - reward[k])));
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean adjacentByDefinition(long[][] score,
            long[][] cost, long[] reward, int tau, int horizon) {
        return adjacentConditionHolds(score, cost, reward, tau, horizon);
    }

    /**
     * The jump condition for every {@code j < k} (every multi-rank jump), stated as {@link #jumpConditionHolds}'s
     * postcondition (equivalent to the quantified least-effort condition: see {@link #adjacentConditionHolds}).
     */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null;
      @   requires cost.length == score.length && reward.length == score.length && 0 <= tau && 0 <= horizon;
      @   requires (\forall int m; 0 <= m && m < score.length; score[m] != null && cost[m] != null
      @       && tau + horizon < score[m].length && horizon < cost[m].length);
      @   requires (\forall int m; 0 <= m && m < score.length; (\forall int e; 0 <= e && e <= horizon;
      @       -Bounds.MAX_VALUE <= cost[m][e] && cost[m][e] <= Bounds.MAX_VALUE));
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   ensures \result <==> (\forall int k; 0 <= k && k < score.length; (\forall int j; 0 <= j && j < k;
      @       (justOvertake(score, tau, horizon, k, j) < 0
      @       || cost[k][justOvertake(score, tau, horizon, k, j)] >= reward[j] - reward[k])));
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean everyJumpConditionHolds(long[][] score,
            long[][] cost, long[] reward, int tau, int horizon) {
        boolean ok = true;
        int k = 0;
        /*@ loop_invariant 0 <= k && k <= score.length
          @   && (ok <==> (\forall int q; 0 <= q && q < k; (\forall int p; 0 <= p && p < q;
          @       (justOvertake(score, tau, horizon, q, p) < 0
          @       || cost[q][justOvertake(score, tau, horizon, q, p)] >= reward[p] - reward[q]))));
          @ decreases score.length - k;
          @*/
        /*+KeY@ loop_writes \strictly_nothing; @*/
        /*-KeY@ loop_writes ok, k; @*/
        while (ok && k < score.length) {
            //@ assert score[k] != null && cost[k] != null;
            //@ assert tau + horizon < score[k].length && horizon < cost[k].length;
            ok = AllZeroJump.jumpConditionHoldsForAllBelow(score, cost, reward, tau, horizon, k);
            k++;
        }
        return ok;
    }

    /**
     * Whether all-zero is a PNE by definition: no model gains by any effort {@code 1..E} while the others play 0.
     * The utilities are named as {@link AllZeroGain#allZeroUtility} queries, equal to {@code r_{rank} - C_i[e]} by that method's
     * proved contract (KeY matches a query where it would have to re-derive the quantified sum of terms).
     */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null;
      @   requires cost.length == score.length && reward.length == score.length && 0 <= tau && 0 <= horizon;
      @   requires (\forall int m; 0 <= m && m < score.length; score[m] != null && cost[m] != null
      @       && tau + horizon < score[m].length && horizon < cost[m].length);
      @   requires (\forall int m; 0 <= m && m < score.length; (\forall int e; 0 <= e && e <= horizon;
      @       -Bounds.MAX_VALUE <= cost[m][e] && cost[m][e] <= Bounds.MAX_VALUE));
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   ensures \result <==> (\forall int i; 0 <= i && i < score.length; (\forall int e; 1 <= e && e <= horizon;
      @       AllZeroGain.allZeroUtility(score, cost, reward, tau, i, e)
      @           <= AllZeroGain.allZeroUtility(score, cost, reward, tau, i, 0)));
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean isAllZeroPne(long[][] score, long[][] cost,
            long[] reward, int tau, int horizon) {
        /*@ loop_invariant 0 <= i && i <= score.length
          @   && (\forall int p; 0 <= p && p < i; (\forall int e; 1 <= e && e <= horizon;
          @       AllZeroGain.allZeroUtility(score, cost, reward, tau, p, e)
          @           <= AllZeroGain.allZeroUtility(score, cost, reward, tau, p, 0)));
          @ decreases score.length - i;
          @*/
        /*+KeY@ loop_writes \strictly_nothing; @*/
        /*-KeY@ loop_writes i; @*/
        for (int i = 0; i < score.length; i++) {
            if (!AllZeroGain.noGainFromAllZero(score, cost, reward, tau, horizon, i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@link #isAllZeroPne}, its result named as the query and by its contract, for proofs that keep queries opaque.
     * In this class because KeY's query axiom (query to contract) exists only for the class under proof.
     */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null;
      @   requires cost.length == score.length && reward.length == score.length && 0 <= tau && 0 <= horizon;
      @   requires (\forall int m; 0 <= m && m < score.length; score[m] != null && cost[m] != null
      @       && tau + horizon < score[m].length && horizon < cost[m].length);
      @   requires (\forall int m; 0 <= m && m < score.length; (\forall int e; 0 <= e && e <= horizon;
      @       -Bounds.MAX_VALUE <= cost[m][e] && cost[m][e] <= Bounds.MAX_VALUE));
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   ensures \result == isAllZeroPne(score, cost, reward, tau, horizon);
      @   ensures \result <==> (\forall int i; 0 <= i && i < score.length; (\forall int e; 1 <= e && e <= horizon;
      @       AllZeroGain.allZeroUtility(score, cost, reward, tau, i, e)
      @           <= AllZeroGain.allZeroUtility(score, cost, reward, tau, i, 0)));
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean pneByDefinition(long[][] score, long[][] cost,
            long[] reward, int tau, int horizon) {
        return isAllZeroPne(score, cost, reward, tau, horizon);
    }

    /**
     * Prop 4.5 on the discrete game: the same search as {@link #firstProfitableDeviation} (a strict utility gain
     * against all-zero, through {@link AllZeroOvertake#firstGainingModel} and
     * {@link AllZeroOvertake#modelGainingEffort}), proved under the hypotheses {@code H} to find nothing iff every
     * effort that overtakes a higher-ranked model costs at least the reward gain. The row hypothesis is written over
     * the absolute index {@code y = tau + e} (the same condition), which KeY's trigger matching can instantiate.
     *
     * <p>That condition is named as the {@link AllZeroOvertake#paysForOvertakes} query, whose proved contract is
     * {@code \result <==> (\forall j < k; score[k][tau+e] > score[j][tau] ==> C_k[e] >= r_j - r_k)}; it is read in
     * the pre-state ({@code \old}) because the method allocates its result (the method changes no existing location,
     * so it is the same value).
     */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null;
      @   requires cost.length == score.length && reward.length == score.length && 0 <= tau && 0 <= horizon;
      @   requires (\forall int m; 0 <= m && m < score.length; score[m] != null && cost[m] != null
      @       && tau + horizon < score[m].length && horizon < cost[m].length);
      @   requires (\forall int m; 0 <= m && m < score.length; (\forall int e; 0 <= e && e <= horizon;
      @       -Bounds.MAX_VALUE <= cost[m][e] && cost[m][e] <= Bounds.MAX_VALUE));
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   requires (\forall int a, b; 0 <= a && a < b && b < score.length; score[a][tau] > score[b][tau]);
      @   requires (\forall int m; 0 <= m && m < score.length; (\forall int y; tau <= y && y <= tau + horizon;
      @       score[m][tau] <= score[m][y]));
      @   requires (\forall int m; 0 <= m && m < score.length; cost[m][0] == 0
      @       && (\forall int e; 0 <= e && e <= horizon; cost[m][e] >= 0));
      @   requires (\forall int a, b; 0 <= a && a <= b && b < reward.length; reward[a] >= reward[b]);
      @   ensures \result == null <==> \old((\forall int k; 0 <= k && k < score.length; (\forall int e; 1 <= e && e <= horizon;
      @       AllZeroOvertake.paysForOvertakes(score, cost, reward, tau, k, e))));
      @   ensures \result != null ==> \result.length == 2 && 0 <= \result[0] && \result[0] < score.length
      @       && 1 <= \result[1] && \result[1] <= horizon;
      @   assignable \nothing;
      @*/
    public static /*@ nullable @*/ int[] prop45Deviation(long[][] score, long[][] cost, long[] reward, int tau,
            int horizon) {
        int i = AllZeroOvertake.firstGainingModel(score, cost, reward, tau, horizon);
        if (i == score.length) {
            return null;
        }
        int e = AllZeroOvertake.modelGainingEffort(score, cost, reward, tau, horizon, i);
        return new int[] {i, e};
    }

    /**
     * The first {@code {i, e}} (least {@code i}, then least {@code e}) that strictly gains from all-zero, or null.
     * The utilities are {@link AllZeroGain#allZeroUtility} queries read in the pre-state ({@code \old}): the method changes no
     * existing location, so this is the same value, but KeY cannot see through the allocation of the result inside
     * a quantifier (measured: a probe with the same query closed only in the {@code \old} form).
     */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null;
      @   requires cost.length == score.length && reward.length == score.length && 0 <= tau && 0 <= horizon;
      @   requires (\forall int m; 0 <= m && m < score.length; score[m] != null && cost[m] != null
      @       && tau + horizon < score[m].length && horizon < cost[m].length);
      @   requires (\forall int m; 0 <= m && m < score.length; (\forall int e; 0 <= e && e <= horizon;
      @       -Bounds.MAX_VALUE <= cost[m][e] && cost[m][e] <= Bounds.MAX_VALUE));
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   ensures \result == null <==> \old((\forall int i; 0 <= i && i < score.length;
      @       (\forall int e; 1 <= e && e <= horizon;
      @       AllZeroGain.allZeroUtility(score, cost, reward, tau, i, e) <= AllZeroGain.allZeroUtility(score, cost, reward, tau, i, 0))));
      @   ensures \result != null ==> \result.length == 2 && 0 <= \result[0] && \result[0] < score.length
      @       && 1 <= \result[1] && \result[1] <= horizon
      @       && (\exists int i, e; i == \result[0] && e == \result[1] && \old(
      @           AllZeroGain.allZeroUtility(score, cost, reward, tau, i, e) > AllZeroGain.allZeroUtility(score, cost, reward, tau, i, 0)));
      @   assignable \nothing;
      @*/
    public static /*@ nullable @*/ int[] firstProfitableDeviation(long[][] score, long[][] cost, long[] reward, int tau,
            int horizon) {
        int i = AllZeroGain.leastGainingModel(score, cost, reward, tau, horizon);
        if (i == score.length) {
            return null;
        }
        int e = AllZeroGain.leastGainingEffort(score, cost, reward, tau, horizon, i);
        return new int[] {i, e};
    }

}
