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
}
