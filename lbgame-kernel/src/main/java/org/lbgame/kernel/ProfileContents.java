package org.lbgame.kernel;

/**
 * A profile's PNE verdict read off its contents: two effort arrays with equal entries get the same
 * {@link Equilibrium#isPne} verdict in one heap (neither verifier has a dependency contract on isPne's chain).
 */
public final class ProfileContents {

    private ProfileContents() {
    }

    /** Lemma: arrays {@code a} and {@code b} with equal entries count the same beaters of model i (OpenJML form). */
    /*-KeY@ public normal_behavior
      @   requires score != null && a != null && b != null && a.length == score.length && b.length == score.length;
      @   requires 0 <= i && i < score.length;
      @   requires (\forall int m; 0 <= m && m < score.length; a[m] == b[m]);
      @   ensures \result && Ranking.deviationBeatersFrom(score, tau, a, i, si, 0)
      @       == Ranking.deviationBeatersFrom(score, tau, b, i, si, 0);
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean sameBeaters(long[][] score, int tau, int[] a, int[] b,
            int i, long si) {
        /*-KeY@ loop_invariant 0 <= lo && lo <= score.length
          @   && Ranking.deviationBeatersFrom(score, tau, a, i, si, lo)
          @       == Ranking.deviationBeatersFrom(score, tau, b, i, si, lo);
          @ loop_writes lo;
          @ decreases lo;
          @*/
        for (int lo = score.length; lo > 0; lo--) {
        }
        return true;
    }

    /** Lemma: arrays {@code a} and {@code b} with equal entries give model i the same rank after deviating to e. */
    /*@ public normal_behavior
      @   requires score != null && a != null && b != null && a.length == score.length && b.length == score.length;
      @   requires 0 <= i && i < score.length && 0 <= tau && 0 <= e && tau + e < score[i].length;
      @   requires (\forall int m; 0 <= m && m < score.length;
      @       score[m] != null && 0 <= b[m] && tau + b[m] < score[m].length && a[m] == b[m]);
      @   ensures \result && Ranking.rankAfterDeviation(score, tau, a, i, e) == Ranking.rankAfterDeviation(score, tau, b, i, e);
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean sameRank(long[][] score, int tau, int[] a, int[] b,
            int i, int e) {
        //-KeY@ assert sameBeaters(score, tau, a, b, i, score[i][tau + e]);
        return true;
    }

    /** Lemma: arrays {@code a} and {@code b} with equal entries give model i the same utility of deviating to e. */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null && a != null && b != null;
      @   requires cost.length == score.length && reward.length == score.length;
      @   requires a.length == score.length && b.length == score.length && 0 <= tau && 0 <= horizon;
      @   requires (\forall int m; 0 <= m && m < score.length; score[m] != null && cost[m] != null
      @       && tau + horizon < score[m].length && horizon < cost[m].length
      @       && 0 <= b[m] && b[m] <= horizon && a[m] == b[m]);
      @   requires (\forall int m; 0 <= m && m < score.length; (\forall int x; 0 <= x && x <= horizon;
      @       -Bounds.MAX_VALUE <= cost[m][x] && cost[m][x] <= Bounds.MAX_VALUE));
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   requires 0 <= i && i < score.length && 0 <= e && e <= horizon;
      @   ensures \result && Utility.deviationUtility(score, cost, reward, tau, a, i, e)
      @       == Utility.deviationUtility(score, cost, reward, tau, b, i, e);
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean sameUtility(long[][] score, long[][] cost,
            long[] reward, int tau, int horizon, int[] a, int[] b, int i, int e) {
        //@ assert sameRank(score, tau, a, b, i, e);
        /*+KeY@ assert Ranking.rankAfterDeviation(score, tau, a, i, e) == Ranking.rankAfterDeviation(score, tau, b, i, e);
          @*/
        return true;
    }

    /** Lemma: arrays {@code a} and {@code b} with equal entries get the same PNE verdict in one heap. */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null && a != null && b != null;
      @   requires cost.length == score.length && reward.length == score.length;
      @   requires a.length == score.length && b.length == score.length && 0 <= tau && 0 <= horizon;
      @   requires (\forall int m; 0 <= m && m < score.length; score[m] != null && cost[m] != null
      @       && tau + horizon < score[m].length && horizon < cost[m].length
      @       && 0 <= b[m] && b[m] <= horizon && a[m] == b[m]);
      @   requires (\forall int m; 0 <= m && m < score.length; (\forall int x; 0 <= x && x <= horizon;
      @       -Bounds.MAX_VALUE <= cost[m][x] && cost[m][x] <= Bounds.MAX_VALUE));
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   ensures \result && Equilibrium.isPne(score, cost, reward, tau, horizon, a)
      @       == Equilibrium.isPne(score, cost, reward, tau, horizon, b);
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean sameVerdict(long[][] score, long[][] cost,
            long[] reward, int tau, int horizon, int[] a, int[] b) {
        /*@ assert (\forall int i, e; 0 <= i && i < score.length && 0 <= e && e <= horizon;
          @     sameUtility(score, cost, reward, tau, horizon, a, b, i, e)
          @     && Utility.deviationUtility(score, cost, reward, tau, a, i, e)
          @         == Utility.deviationUtility(score, cost, reward, tau, b, i, e));
          @*/
        /*@ assert (\forall int i; 0 <= i && i < score.length;
          @     Utility.deviationUtility(score, cost, reward, tau, a, i, a[i])
          @         == Utility.deviationUtility(score, cost, reward, tau, b, i, b[i]));
          @*/
        return true;
    }
}
