package org.lbgame.kernel;

/**
 * The PNE profiles that extend a fixed choice of the highest models' efforts, in Gambit order: the exhaustive search
 * behind {@link Enumeration#allPne}, fixing efforts from the last model down (the slowest Gambit digit first).
 */
public final class PneSearch {

    private PneSearch() {
    }

    /**
     * The PNE profiles {@code b} that agree with {@code a} on models {@code m..n-1} and, for {@code m >= 1}, play
     * {@code lo <= b[m-1] < hi}, strictly increasing in Gambit order, every such PNE listed. The order and
     * completeness follow from the recursion's shape (digit {@code m - 1} split at a midpoint, each part listed in
     * turn), with no index arithmetic; the body writes nothing itself, so every verdict it reads holds where it returns.
     */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null && a != null;
      @   requires cost.length == score.length && reward.length == score.length && 0 <= tau && 0 <= horizon;
      @   requires (\forall int q; 0 <= q && q < score.length; score[q] != null && cost[q] != null
      @       && tau + horizon < score[q].length && horizon < cost[q].length);
      @   requires (\forall int q; 0 <= q && q < score.length; (\forall int e; 0 <= e && e <= horizon;
      @       -Bounds.MAX_VALUE <= cost[q][e] && cost[q][e] <= Bounds.MAX_VALUE));
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   requires a.length == score.length
      @       && (\forall int q; 0 <= q && q < score.length; 0 <= a[q] && a[q] <= horizon);
      @   requires 0 <= m && m <= score.length && Enumeration.profilePower(m, horizon) >= 1;
      @   requires m == 0 ? lo == 0 && hi == 1 : 0 <= lo && lo < hi && hi <= horizon + 1;
      @   ensures \result != null && \fresh(\result);
      @   ensures m == 0 ==> \result.length <= 1;
      @   ensures m >= 1 ==> \result.length <= (hi - lo) * Enumeration.profilePower((int) (m - 1), horizon);
      @   ensures (\forall int k; 0 <= k && k < \result.length; \result[k] != null
      @       && \result[k].length == score.length
      @       && (\forall int q; 0 <= q && q < score.length; 0 <= \result[k][q] && \result[k][q] <= horizon)
      @       && (\forall int q; m <= q && q < score.length; \result[k][q] == a[q])
      @       && (m >= 1 ==> lo <= \result[k][m - 1] && \result[k][m - 1] < hi)
      @       && Equilibrium.isPne(score, cost, reward, tau, horizon, \result[k]));
      @   ensures (\forall int k, l; 0 <= k && k < l && l < \result.length;
      @       (\exists int q; 0 <= q && q < score.length; \result[k][q] < \result[l][q]
      @           && (\forall int r; q < r && r < score.length; \result[k][r] == \result[l][r])));
      @   ensures (\forall int[] b; b != null && b.length == score.length
      @       && (\forall int q; 0 <= q && q < score.length; 0 <= b[q] && b[q] <= horizon)
      @       && (\forall int q; m <= q && q < score.length; b[q] == a[q])
      @       && (m >= 1 ==> lo <= b[m - 1] && b[m - 1] < hi)
      @       && Equilibrium.isPne(score, cost, reward, tau, horizon, b)
      @       ==> (\exists int k; 0 <= k && k < \result.length;
      @           (\forall int q; 0 <= q && q < score.length; \result[k][q] == b[q])));
      @   measured_by m * (horizon + 2) + hi - lo;
      @   assignable \nothing;
      @*/
    public static int[][] pneAbove(long[][] score, long[][] cost, long[] reward, int tau, int horizon, int[] a,
            int m, int lo, int hi) {
        if (m == 0) {
            // Every effort is fixed: the one candidate is a itself. A profile with a's entries has a's verdict.
            boolean pne = Equilibrium.isPneValue(score, cost, reward, tau, horizon, a);
            /*@ assert (\forall int[] b; b != null && b.length == score.length
              @     && (\forall int q; 0 <= q && q < score.length; 0 <= b[q] && b[q] <= horizon && b[q] == a[q])
              @     ==> ProfileContents.sameVerdict(score, cost, reward, tau, horizon, a, b)
              @         && Equilibrium.isPne(score, cost, reward, tau, horizon, b) == pne);
              @*/
            return pne ? ProfileRows.single(a) : new int[0][];
        }
        // profilePower(m) == (E + 1) * profilePower(m - 1) with profilePower(m - 1) >= 1
        boolean step = Enumeration.profilePowerStep(m - 1, horizon);
        if (hi - lo == 1) {
            // Model m - 1 plays lo: the search moves down one model with its whole effort range.
            int[] fixed = ProfileRows.withEffort(a, m - 1, lo);
            if (m == 1) {
                return pneAbove(score, cost, reward, tau, horizon, fixed, 0, 0, 1);
            }
            boolean below = Enumeration.profilePowerStep(m - 2, horizon);
            return pneAbove(score, cost, reward, tau, horizon, fixed, m - 1, 0, horizon + 1);
        }
        // Halving the effort range keeps the recursion depth near log2 of the profile count (at most about 40 calls).
        int mid = lo + (hi - lo) / 2;
        int[][] low = pneAbove(score, cost, reward, tau, horizon, a, m, lo, mid);
        int[][] high = pneAbove(score, cost, reward, tau, horizon, a, m, mid, hi);
        //@ assert low.length + high.length <= (hi - lo) * Enumeration.profilePower((int) (m - 1), horizon);
        return ProfileRows.concat(low, high);
    }
}
