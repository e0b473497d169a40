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
    /**
     * Lemma: two lists of PNE profiles, each strictly increasing in Gambit order and listing every PNE profile, are
     * equal row by row; always true. Thm 4.6's PNE set has one such list.
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
      @   requires x != null && (\forall int k; 0 <= k && k < x.length; x[k] != null
      @       && x[k].length == score.length
      @       && (\forall int m; 0 <= m && m < score.length; 0 <= x[k][m] && x[k][m] <= horizon)
      @       && Equilibrium.isPne(score, cost, reward, tau, horizon, x[k]));
      @   requires (\forall int k, l; 0 <= k && k < l && l < x.length;
      @       (\exists int m; 0 <= m && m < score.length; x[k][m] < x[l][m]
      @           && (\forall int q; m < q && q < score.length; x[k][q] == x[l][q])));
      @   requires (\forall int[] a; a != null && a.length == score.length
      @       && (\forall int m; 0 <= m && m < score.length; 0 <= a[m] && a[m] <= horizon)
      @       && Equilibrium.isPne(score, cost, reward, tau, horizon, a)
      @       ==> (\exists int k; 0 <= k && k < x.length;
      @           (\forall int m; 0 <= m && m < score.length; x[k][m] == a[m])));
      @   requires y != null && (\forall int k; 0 <= k && k < y.length; y[k] != null
      @       && y[k].length == score.length
      @       && (\forall int m; 0 <= m && m < score.length; 0 <= y[k][m] && y[k][m] <= horizon)
      @       && Equilibrium.isPne(score, cost, reward, tau, horizon, y[k]));
      @   requires (\forall int k, l; 0 <= k && k < l && l < y.length;
      @       (\exists int m; 0 <= m && m < score.length; y[k][m] < y[l][m]
      @           && (\forall int q; m < q && q < score.length; y[k][q] == y[l][q])));
      @   requires (\forall int[] a; a != null && a.length == score.length
      @       && (\forall int m; 0 <= m && m < score.length; 0 <= a[m] && a[m] <= horizon)
      @       && Equilibrium.isPne(score, cost, reward, tau, horizon, a)
      @       ==> (\exists int k; 0 <= k && k < y.length;
      @           (\forall int m; 0 <= m && m < score.length; y[k][m] == a[m])));
      @   ensures \result && x.length == y.length && (\forall int k; 0 <= k && k < x.length;
      @       (\forall int m; 0 <= m && m < score.length; x[k][m] == y[k][m]));
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean sameLists(long[][] score, long[][] cost,
            long[] reward, int tau, int horizon, int[][] x, int[][] y) {
        int k = 0;
        /*@ loop_invariant 0 <= k && k <= x.length && k <= y.length
          @   && (\forall int j; 0 <= j && j < k; (\forall int m; 0 <= m && m < score.length; x[j][m] == y[j][m]));
          @ loop_writes k;
          @ decreases x.length - k;
          @*/
        while (k < x.length && k < y.length) {
            // x[k] is y[j] and y[k] is x[i]; j < k or i < k repeats an earlier row, j > k and i > k put x[k] both
            // before and after y[k] in Gambit order: so j == k or i == k.
            //@ assert Equilibrium.isPne(score, cost, reward, tau, horizon, x[k]);
            //@ assert Equilibrium.isPne(score, cost, reward, tau, horizon, y[k]);
            int j = rowIndex(y, x[k], score.length);
            int i = rowIndex(x, y[k], score.length);
            //@ assert j == k || i == k;
            k++;
        }
        if (k < y.length) {
            //@ assert Equilibrium.isPne(score, cost, reward, tau, horizon, y[k]);
            int i = rowIndex(x, y[k], score.length); // i < k: y[i] and y[k] would be equal
        }
        if (k < x.length) {
            //@ assert Equilibrium.isPne(score, cost, reward, tau, horizon, x[k]);
            int j = rowIndex(y, x[k], score.length);
        }
        return true;
    }

    /** The index of a row of {@code rows} whose first {@code n} entries are {@code u}'s (one exists). */
    /*@ public normal_behavior
      @   requires rows != null && u != null && 0 <= n && n <= u.length;
      @   requires (\forall int k; 0 <= k && k < rows.length; rows[k] != null && rows[k].length == n);
      @   requires (\exists int k; 0 <= k && k < rows.length; (\forall int m; 0 <= m && m < n; rows[k][m] == u[m]));
      @   ensures 0 <= \result && \result < rows.length && (\forall int m; 0 <= m && m < n; rows[\result][m] == u[m]);
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ int rowIndex(int[][] rows, int[] u, int n) {
        int k = 0;
        /*@ loop_invariant 0 <= k && k <= rows.length
          @   && (\forall int j; 0 <= j && j < k; (\exists int m; 0 <= m && m < n; rows[j][m] != u[m]));
          @ loop_writes k;
          @ decreases rows.length - k;
          @*/
        while (k < rows.length) {
            int m = 0;
            /*@ loop_invariant 0 <= m && m <= n && (\forall int q; 0 <= q && q < m; rows[k][q] == u[q]);
              @ loop_writes m;
              @ decreases n - m;
              @*/
            while (m < n && rows[k][m] == u[m]) {
                m++;
            }
            if (m == n) {
                return k;
            }
            k++;
        }
        return -1; // unreachable: some row matches
    }
}
