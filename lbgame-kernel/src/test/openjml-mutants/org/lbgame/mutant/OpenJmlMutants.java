package org.lbgame.mutant;

import org.lbgame.kernel.AllZeroCertificate;
import org.lbgame.kernel.AllZeroGain;
import org.lbgame.kernel.Bounds;
import org.lbgame.kernel.Certificates;

/**
 * Deliberately false variants of kernel contracts that OpenJML proves and KeY does not; scripts/openjml-esc.sh fails
 * if OpenJML reports any of them valid (then its proof of the original would say nothing). Checked together with
 * {@code src/test/key-mutants}, whose faults OpenJML must find too.
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
}
