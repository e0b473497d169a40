package org.lbgame.mutant;

import org.lbgame.kernel.AllZeroCertificate;
import org.lbgame.kernel.AllZeroGain;
import org.lbgame.kernel.Bounds;
import org.lbgame.kernel.Certificates;
import org.lbgame.kernel.GambitIndex;
import org.lbgame.kernel.Ranking;

/**
 * Deliberately false variants of kernel contracts that OpenJML proves (where KeY does not, or in OpenJML's own form);
 * scripts/openjml-esc.sh fails if OpenJML reports any of them valid (then its proof of the original would say
 * nothing). Checked together with {@code src/test/key-mutants}, whose faults OpenJML must find too.
 */
public final class OpenJmlMutants {

    private OpenJmlMutants() {
    }

    /** AllZeroCertificate.jumpTableSuffices with a strict gain bound: false when some effort costs nothing. */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null && jump != null;
      @   requires (\forall int m; 0 <= m && m < cost.length; cost[m] != null
      @       && (\forall int x; 0 <= x && x < cost[m].length;
      @           -Bounds.MAX_VALUE <= cost[m][x] && cost[m][x] <= Bounds.MAX_VALUE));
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   requires AllZeroCertificate.jumpTableHolds(score, cost, reward, tau, horizon, jump);
      @   ensures \result && (\forall int i; 0 <= i && i < score.length; (\forall int e; 1 <= e && e <= horizon;
      @       AllZeroGain.allZeroUtility(score, cost, reward, tau, i, e)
      @           < AllZeroGain.allZeroUtility(score, cost, reward, tau, i, 0)));
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean jumpTableSufficesStrictly(long[][] score,
            long[][] cost, long[] reward, int tau, int horizon, int[][] jump) {
        return true;
    }

    /**
     * AllZeroCertificate.jumpTableSuffices with the hypotheses H but without the jump table: false (a model may
     * overtake a higher-ranked one at a cost below the reward gain). Shows that OpenJML's proof of the original uses
     * the table, not just H.
     */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null;
      @   requires (\forall int m; 0 <= m && m < cost.length; cost[m] != null
      @       && (\forall int x; 0 <= x && x < cost[m].length;
      @           -Bounds.MAX_VALUE <= cost[m][x] && cost[m][x] <= Bounds.MAX_VALUE));
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   requires Certificates.prop45Hypotheses(score, cost, reward, tau, horizon);
      @   ensures \result && (\forall int i; 0 <= i && i < score.length; (\forall int e; 1 <= e && e <= horizon;
      @       AllZeroGain.allZeroUtility(score, cost, reward, tau, i, e)
      @           <= AllZeroGain.allZeroUtility(score, cost, reward, tau, i, 0)));
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean jumpTableSufficesWithoutTable(long[][] score,
            long[][] cost, long[] reward, int tau, int horizon) {
        return true;
    }

    /** AllZeroCertificate.jumpTableSuffices with the verdict negated: false whenever the table is accepted. */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null && jump != null;
      @   requires (\forall int m; 0 <= m && m < cost.length; cost[m] != null
      @       && (\forall int x; 0 <= x && x < cost[m].length;
      @           -Bounds.MAX_VALUE <= cost[m][x] && cost[m][x] <= Bounds.MAX_VALUE));
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   requires AllZeroCertificate.jumpTableHolds(score, cost, reward, tau, horizon, jump);
      @   ensures !(\forall int i; 0 <= i && i < score.length; (\forall int e; 1 <= e && e <= horizon;
      @       AllZeroGain.allZeroUtility(score, cost, reward, tau, i, e)
      @           <= AllZeroGain.allZeroUtility(score, cost, reward, tau, i, 0)));
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean jumpTableSufficesNegated(long[][] score,
            long[][] cost, long[] reward, int tau, int horizon, int[][] jump) {
        return true;
    }

    /**
     * Ranking.rankOf in OpenJML's form (the recursive count beatersFrom), with the tie rule reversed in the code (ties
     * to the higher index) and the original's loop invariant: false when two scores tie. OpenJML's ranks are this
     * recursion, so its proofs of the rank contracts say something only if it finds this fault.
     */
    /*@ public normal_behavior
      @   requires s != null && 0 <= i && i < s.length;
      @   ensures \result == Ranking.beatersFrom(s, i, 0);
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ int rankOfTiesToHigherIndex(long[] s, int i) {
        int r = 0;
        /*@ loop_invariant 0 <= j && j <= s.length && 0 <= r && r <= j
          @   && r + Ranking.beatersFrom(s, i, j) == Ranking.beatersFrom(s, i, 0);
          @ decreases s.length - j;
          @*/
        /*+KeY@ loop_writes \strictly_nothing; @*/
        /*-KeY@ loop_writes r, j; @*/
        for (int j = 0; j < s.length; j++) {
            if (s[j] > s[i] || (s[j] == s[i] && j > i)) {
                r++;
            }
        }
        return r;
    }

    /**
     * RankCount.rankAtMost (proved by OpenJML only) with a strict bound: false when exactly q models beat model i,
     * for example q = 0 and none.
     */
    /*@ public normal_behavior
      @   requires score != null && effort != null && effort.length == score.length;
      @   requires 0 <= i && i < score.length && 0 <= tau && 0 <= e && 0 <= q && q <= score.length;
      @   requires (\forall int m; 0 <= m && m < score.length;
      @       score[m] != null && 0 <= effort[m] && tau + effort[m] < score[m].length);
      @   requires tau + e < score[i].length;
      @   requires (\forall int m; q <= m && m < score.length && m != i;
      @       !(score[m][tau + effort[m]] > score[i][tau + e]
      @           || (score[m][tau + effort[m]] == score[i][tau + e] && m < i)));
      @   ensures \result && Ranking.rankAfterDeviation(score, tau, effort, i, e) < q;
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean rankBelowStrictly(long[][] score, int tau,
            int[] effort, int i, int e, int q) {
        int rank = Ranking.rankAfterDeviation(score, tau, effort, i, e);
        long si = score[i][tau + e];
        int r = 0;
        /*@ loop_invariant 0 <= j && j <= score.length && 0 <= r && r <= j && r <= (j < q ? j : q)
          @   && r + Ranking.deviationBeatersFrom(score, tau, effort, i, si, j)
          @       == Ranking.deviationBeatersFrom(score, tau, effort, i, si, 0);
          @ decreases score.length - j;
          @*/
        /*+KeY@ loop_writes \strictly_nothing; @*/
        /*-KeY@ loop_writes r, j; @*/
        for (int j = 0; j < score.length; j++) {
            if (j != i) {
                long sj = score[j][tau + effort[j]];
                if (sj > si || (sj == si && j < i)) {
                    r++;
                }
            }
        }
        //@ assert r == rank;
        return true;
    }

    /**
     * GambitIndex.profileAt (body, OpenJML's invariants and triggers copied) with each digit taken in base E+2: false,
     * for example n = 1, E = 1, index = 2 (digit 0, claimed 2). The original's precondition feasibility check can run
     * to the budget (quantified axioms, model-based instantiation off), so this mutant is the guard that the heap_free
     * axioms and triggers the original's proof uses are not contradictory.
     */
    /*-KeY@ public normal_behavior
      @   requires 0 <= n && 0 <= horizon && horizon < 2147483647 && 0 <= index;
      @   ensures \result != null && \result.length == n && \fresh(\result);
      @   ensures (\forall int m; 0 <= m && m < n;
      @       \result[m] == \old(GambitIndex.shiftedIndex(index, horizon, m)) % (horizon + 2) : \result[m]);
      @   assignable \nothing;
      @*/
    public static int[] profileAtOtherBase(int n, int horizon, int index) {
        boolean steps = GambitIndex.shiftedIndexSteps(index, horizon, n);
        int[] effort = new int[n];
        int rest = index;
        /*-KeY@ loop_invariant 0 <= i && i <= n && 0 <= rest && effort.length == n
          @   && (\forall int m; 0 <= m && m < i; 0 <= effort[m] && effort[m] <= horizon
          @       && effort[m] == \old(GambitIndex.shiftedIndex(index, horizon, m)) % (horizon + 1) : effort[m]);
          @ loop_writes effort[*], rest, i;
          @ decreases n - i;
          @*/
        /*-KeY@ loop_invariant rest == GambitIndex.shiftedIndex(index, horizon, i); @*/
        for (int i = 0; i < n; i++) {
            /*-KeY@ assert GambitIndex.shiftedIndexValue(index, horizon, i) == rest; @*/
            effort[i] = rest % (horizon + 1);
            boolean bounded = GambitIndex.quotientBound(rest, horizon + 1);
            rest = rest / (horizon + 1);
        }
        return effort;
    }
}
