package org.lbgame.kernel;

/**
 * One step of Prop 4.5 on the discrete game: under the hypotheses {@code H}, model {@code i} gains against all-zero
 * by effort {@code e} exactly when that effort overtakes some higher-ranked model {@code j} whose reward gain
 * {@code r_j - r_i} it does not pay for.
 */
public final class AllZeroOvertake {

    private AllZeroOvertake() {
    }

    /**
     * Whether {@code u_i(e, 0_{-i}) > u_i(0, 0_{-i})}: model {@code i} strictly gains against all-zero by effort
     * {@code e}. Under C1 at {@code tau}, a nondecreasing row and non-increasing rewards, that is Prop 4.5's condition
     * failing at {@code (i, e)}: some overtaken {@code j < i} has {@code C_i[e] < r_j - r_i}.
     */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null;
      @   requires cost.length == score.length && reward.length == score.length;
      @   requires 0 <= i && i < score.length && 0 <= tau && 0 <= e;
      @   requires (\forall int m; 0 <= m && m < score.length; score[m] != null && tau < score[m].length);
      @   requires tau + e < score[i].length && cost[i] != null && e < cost[i].length;
      @   requires cost[i][0] == 0 && 0 <= cost[i][e] && cost[i][e] <= Bounds.MAX_VALUE;
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   requires (\forall int a, b; 0 <= a && a < b && b < score.length; score[a][tau] > score[b][tau]);
      @   requires score[i][tau] <= score[i][tau + e];
      @   requires (\forall int a, b; 0 <= a && a <= b && b < reward.length; reward[a] >= reward[b]);
      @   ensures \result ==> (\exists int j; 0 <= j && j < i;
      @       score[i][tau + e] > score[j][tau] && cost[i][e] < reward[j] - reward[i]);
      @   ensures !\result ==> (\forall int j; 0 <= j && j < i;
      @       score[i][tau + e] > score[j][tau] ==> cost[i][e] >= reward[j] - reward[i]);
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean gainsByOvertaking(long[][] score, long[][] cost,
            long[] reward, int tau, int i, int e) {
        int stayRank = AllZeroRank.rankAtAllZeroUnderC1(score, tau, i, 0);
        int rank = AllZeroRank.rankAtAllZeroUnderC1(score, tau, i, e);
        boolean gain = reward[rank] - cost[i][e] > reward[stayRank] - cost[i][0];
        // The overtaken models are exactly rank..i-1 (C1), and r_rank is the largest of their rewards.
        //@ assert stayRank == i;
        //@ assert gain ==> rank < i && score[i][tau + e] > score[rank][tau] && cost[i][e] < reward[rank] - reward[i];
        //@ assert (\forall int j; 0 <= j && j < i && score[i][tau + e] > score[j][tau]; rank <= j);
        //@ assert (\forall int j; rank <= j && j < score.length; reward[rank] >= reward[j]);
        return gain;
    }

    /** {@link #gainsByOvertaking} again, stated over the {@link #paysForOvertakes} query (for callers' invariants). */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null;
      @   requires cost.length == score.length && reward.length == score.length;
      @   requires 0 <= i && i < score.length && 0 <= tau && 0 <= e;
      @   requires (\forall int m; 0 <= m && m < score.length; score[m] != null && tau < score[m].length);
      @   requires tau + e < score[i].length && cost[i] != null && e < cost[i].length;
      @   requires cost[i][0] == 0 && 0 <= cost[i][e] && cost[i][e] <= Bounds.MAX_VALUE;
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   requires (\forall int a, b; 0 <= a && a < b && b < score.length; score[a][tau] > score[b][tau]);
      @   requires score[i][tau] <= score[i][tau + e];
      @   requires (\forall int a, b; 0 <= a && a <= b && b < reward.length; reward[a] >= reward[b]);
      @   ensures \result <==> !paysForOvertakes(score, cost, reward, tau, i, e);
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean gainsAgainstAllZero(long[][] score,
            long[][] cost, long[] reward, int tau, int i, int e) {
        return gainsByOvertaking(score, cost, reward, tau, i, e);
    }

    /**
     * Lemma: the row hypotheses of {@link #firstGainingEffort} at one effort {@code z} (always true). A call states
     * them as plain facts, where instantiating the quantified precondition inside a loop drowns in KeY's other
     * instantiations (measured); it does nothing at run time.
     */
    /*@ public normal_behavior
      @   requires score != null && cost != null && 0 <= i && i < score.length && i < cost.length;
      @   requires score[i] != null && cost[i] != null && 0 <= tau && 0 <= z && z <= horizon;
      @   requires tau + horizon < score[i].length && horizon < cost[i].length;
      @   requires (\forall int x; 0 <= x && x <= horizon; 0 <= cost[i][x] && cost[i][x] <= Bounds.MAX_VALUE);
      @   requires (\forall int y; tau <= y && y <= tau + horizon; score[i][tau] <= score[i][y]);
      @   ensures \result && 0 <= cost[i][z] && cost[i][z] <= Bounds.MAX_VALUE && score[i][tau] <= score[i][tau + z];
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean rowHypothesesAt(long[][] score, long[][] cost,
            int tau, int horizon, int i, int z) {
        return true;
    }

    /**
     * Lemma: the hypotheses of {@link #firstGainingEffort} for model {@code i}, from the hypotheses {@code H} over all
     * models (always true; a call states them as plain facts for the caller's loop, it does nothing at run time).
     */
    /*@ public normal_behavior
      @   requires score != null && cost != null && cost.length == score.length && 0 <= i && i < score.length;
      @   requires 0 <= tau && 0 <= horizon;
      @   requires (\forall int m; 0 <= m && m < score.length; score[m] != null && cost[m] != null
      @       && tau + horizon < score[m].length && horizon < cost[m].length);
      @   requires (\forall int m; 0 <= m && m < score.length; (\forall int e; 0 <= e && e <= horizon;
      @       -Bounds.MAX_VALUE <= cost[m][e] && cost[m][e] <= Bounds.MAX_VALUE));
      @   requires (\forall int m; 0 <= m && m < score.length; (\forall int y; tau <= y && y <= tau + horizon;
      @       score[m][tau] <= score[m][y]));
      @   requires (\forall int m; 0 <= m && m < score.length; cost[m][0] == 0
      @       && (\forall int e; 0 <= e && e <= horizon; cost[m][e] >= 0));
      @   ensures \result && tau + horizon < score[i].length && cost[i] != null && horizon < cost[i].length;
      @   ensures cost[i][0] == 0 && (\forall int x; 0 <= x && x <= horizon;
      @       0 <= cost[i][x] && cost[i][x] <= Bounds.MAX_VALUE);
      @   ensures (\forall int y; tau <= y && y <= tau + horizon; score[i][tau] <= score[i][y]);
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean modelHypotheses(long[][] score, long[][] cost,
            int tau, int horizon, int i) {
        return true;
    }

    /**
     * Least effort {@code e} in {@code 1..E} by which model {@code i} gains against all-zero ({@link #gainsByOvertaking}),
     * or {@code E + 1}; every smaller effort pays for every model it overtakes.
     */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null;
      @   requires cost.length == score.length && reward.length == score.length;
      @   requires 0 <= i && i < score.length && 0 <= tau && 0 <= horizon;
      @   requires (\forall int m; 0 <= m && m < score.length; score[m] != null && tau < score[m].length);
      @   requires tau + horizon < score[i].length && cost[i] != null && horizon < cost[i].length;
      @   requires cost[i][0] == 0 && (\forall int x; 0 <= x && x <= horizon;
      @       0 <= cost[i][x] && cost[i][x] <= Bounds.MAX_VALUE);
      @   requires (\forall int y; tau <= y && y <= tau + horizon; score[i][tau] <= score[i][y]);
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   requires (\forall int a, b; 0 <= a && a < b && b < score.length; score[a][tau] > score[b][tau]);
      @   requires (\forall int a, b; 0 <= a && a <= b && b < reward.length; reward[a] >= reward[b]);
      @   ensures 1 <= \result && \result <= horizon + 1;
      @   ensures \result <= horizon ==> !paysForOvertakes(score, cost, reward, tau, i, \result);
      @   ensures (\forall int f; 1 <= f && f < \result; paysForOvertakes(score, cost, reward, tau, i, f));
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ int firstGainingEffort(long[][] score, long[][] cost,
            long[] reward, int tau, int horizon, int i) {
        int e = 1;
        boolean gain = false;
        /*@ loop_invariant 1 <= e && e <= horizon + 1
          @   && (gain ==> (e <= horizon && !paysForOvertakes(score, cost, reward, tau, i, e)))
          @   && (\forall int f; 1 <= f && f < e; paysForOvertakes(score, cost, reward, tau, i, f));
          @ decreases horizon + 1 - e + (gain ? 0 : 1);
          @*/
        /*+KeY@ loop_writes \strictly_nothing; @*/
        /*-KeY@ loop_writes e, gain; @*/
        while (!gain && e <= horizon) {
            boolean fits = rowHypothesesAt(score, cost, tau, horizon, i, e);
            gain = gainsAgainstAllZero(score, cost, reward, tau, i, e);
            if (!gain) {
                e++;
            }
        }
        return e;
    }

    /**
     * Whether effort {@code e} pays for every model it overtakes: {@code C_i[e] >= r_j - r_i} for every {@code j < i}
     * with {@code score[i][tau+e] > score[j][tau]} (Prop 4.5's condition at {@code (i, e)}).
     */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null;
      @   requires cost.length == score.length && reward.length == score.length;
      @   requires 0 <= i && i < score.length && 0 <= tau && 0 <= e;
      @   requires (\forall int m; 0 <= m && m < score.length; score[m] != null && tau < score[m].length);
      @   requires tau + e < score[i].length && cost[i] != null && e < cost[i].length;
      @   requires -Bounds.MAX_VALUE <= cost[i][e] && cost[i][e] <= Bounds.MAX_VALUE;
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   ensures \result <==> (\forall int j; 0 <= j && j < i;
      @       score[i][tau + e] > score[j][tau] ==> cost[i][e] >= reward[j] - reward[i]);
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean paysForOvertakes(long[][] score, long[][] cost,
            long[] reward, int tau, int i, int e) {
        int j = 0;
        /*@ loop_invariant 0 <= j && j <= i && (\forall int p; 0 <= p && p < j;
          @       score[i][tau + e] > score[p][tau] ==> cost[i][e] >= reward[p] - reward[i]);
          @ decreases i - j;
          @*/
        /*+KeY@ loop_writes \strictly_nothing; @*/
        /*-KeY@ loop_writes j; @*/
        while (j < i && (score[i][tau + e] <= score[j][tau] || cost[i][e] >= reward[j] - reward[i])) {
            j++;
        }
        return j == i;
    }

    /** Whether every effort {@code 1..E} of model {@code i} pays for the models it overtakes (Prop 4.5 for model {@code i}). */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null;
      @   requires cost.length == score.length && reward.length == score.length;
      @   requires 0 <= i && i < score.length && 0 <= tau && 0 <= horizon;
      @   requires (\forall int m; 0 <= m && m < score.length; score[m] != null && tau < score[m].length);
      @   requires tau + horizon < score[i].length && cost[i] != null && horizon < cost[i].length;
      @   requires cost[i][0] == 0 && (\forall int x; 0 <= x && x <= horizon;
      @       0 <= cost[i][x] && cost[i][x] <= Bounds.MAX_VALUE);
      @   requires (\forall int y; tau <= y && y <= tau + horizon; score[i][tau] <= score[i][y]);
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   requires (\forall int a, b; 0 <= a && a < b && b < score.length; score[a][tau] > score[b][tau]);
      @   requires (\forall int a, b; 0 <= a && a <= b && b < reward.length; reward[a] >= reward[b]);
      @   ensures \result <==> (\forall int f; 1 <= f && f <= horizon; paysForOvertakes(score, cost, reward, tau, i, f));
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean paysForEveryEffort(long[][] score, long[][] cost,
            long[] reward, int tau, int horizon, int i) {
        return firstGainingEffort(score, cost, reward, tau, horizon, i) > horizon;
    }

    /** {@link #paysForEveryEffort} under the hypotheses {@code H} over all models (the loop step of {@link #firstGainingModel}). */
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
      @   requires 0 <= i && i < score.length;
      @   ensures \result <==> (\forall int f; 1 <= f && f <= horizon; paysForOvertakes(score, cost, reward, tau, i, f));
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean modelPaysForOvertakes(long[][] score,
            long[][] cost, long[] reward, int tau, int horizon, int i) {
        boolean fits = modelHypotheses(score, cost, tau, horizon, i);
        return paysForEveryEffort(score, cost, reward, tau, horizon, i);
    }

    /** {@link #firstGainingEffort} under the hypotheses {@code H} over all models (for {@link AllZero#prop45Deviation}). */
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
      @   requires 0 <= i && i < score.length;
      @   ensures 1 <= \result && \result <= horizon + 1;
      @   ensures \result == horizon + 1
      @       ==> (\forall int f; 1 <= f && f <= horizon; paysForOvertakes(score, cost, reward, tau, i, f));
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ int modelGainingEffort(long[][] score, long[][] cost,
            long[] reward, int tau, int horizon, int i) {
        boolean fits = modelHypotheses(score, cost, tau, horizon, i);
        return firstGainingEffort(score, cost, reward, tau, horizon, i);
    }

    /** Least model with an effort {@code 1..E} that gains against all-zero ({@link #paysForEveryEffort} fails), or {@code n}. */
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
      @   ensures 0 <= \result && \result <= score.length;
      @   ensures (\forall int p; 0 <= p && p < \result; (\forall int f; 1 <= f && f <= horizon;
      @       paysForOvertakes(score, cost, reward, tau, p, f)));
      @   ensures \result < score.length ==> !(\forall int f; 1 <= f && f <= horizon;
      @       paysForOvertakes(score, cost, reward, tau, \result, f));
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ int firstGainingModel(long[][] score, long[][] cost,
            long[] reward, int tau, int horizon) {
        int i = 0;
        /*@ loop_invariant 0 <= i && i <= score.length
          @   && (\forall int p; 0 <= p && p < i; (\forall int f; 1 <= f && f <= horizon;
          @       paysForOvertakes(score, cost, reward, tau, p, f)));
          @ decreases score.length - i;
          @*/
        /*+KeY@ loop_writes \strictly_nothing; @*/
        /*-KeY@ loop_writes i; @*/
        while (i < score.length) {
            if (!modelPaysForOvertakes(score, cost, reward, tau, horizon, i)) {
                return i;
            }
            i++;
        }
        return i;
    }
}
