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
     * {@code lo <= b[m-1] < hi}, strictly increasing in Gambit order (stated through the deciding digit
     * {@link ProfileRows#highestDifference}, a ground witness for the solver), every such PNE listed. The order and
     * completeness follow from the recursion's shape (digit {@code m - 1} split at a midpoint, each part listed in
     * turn), with no index arithmetic; the body writes nothing itself, so every verdict it reads holds where it returns.
     */
    /*@ public normal_behavior
      @   requires score != null && a != null && 0 <= horizon;
      @   requires a.length == score.length
      @       && (\forall int q; 0 <= q && q < score.length; 0 <= a[q] && a[q] <= horizon);
      @   requires 0 <= m && m <= score.length;
      @   requires m >= 1 ==> horizon < Enumeration.MAX_PROFILES
      @       && ProfileSpan.span(m, lo, hi, horizon) <= Enumeration.MAX_PROFILES;
      @   requires m == 0 ? lo == 0 && hi == 1 : 0 <= lo && lo < hi && hi <= horizon + 1;
      @   ensures \result != null && \fresh(\result);
      @   ensures m == 0 ==> \result.length <= 1;
      @   ensures m >= 1 ==> \result.length <= ProfileSpan.span(m, lo, hi, horizon);
      @   ensures (\forall int k; 0 <= k && k < \result.length; \result[k] != null
      @       && \result[k].length == score.length
      @       && (\forall int q; 0 <= q && q < score.length; 0 <= \result[k][q] && \result[k][q] <= horizon)
      @       && (\forall int q; m <= q && q < score.length; \result[k][q] == a[q])
      @       && (m >= 1 ==> lo <= \result[k][m - 1] && \result[k][m - 1] < hi)
      @       && OpaquePne.holds(score, cost, reward, tau, horizon, \result[k]));
      @   ensures (\forall int k, l; 0 <= k && k < l && l < \result.length;
      @       ProfileRows.highestDifference(\result[k], \result[l], score.length) >= 0
      @       && \result[k][ProfileRows.highestDifference(\result[k], \result[l], score.length)]
      @           < \result[l][ProfileRows.highestDifference(\result[k], \result[l], score.length)]);
      @   ensures (\forall int[] b; b != null && b.length == score.length
      @       && (\forall int q; 0 <= q && q < score.length; 0 <= b[q] && b[q] <= horizon)
      @       && (\forall int q; m <= q && q < score.length; b[q] == a[q])
      @       && (m >= 1 ==> lo <= b[m - 1] && b[m - 1] < hi)
      @       && OpaquePne.holds(score, cost, reward, tau, horizon, b)
      @       ==> (\exists int k; 0 <= k && k < \result.length;
      @           (\forall int q; 0 <= q && q < score.length; \result[k][q] == b[q])));
      @   measured_by m * (Enumeration.MAX_PROFILES + 1) + hi - lo;
      @   assignable \nothing;
      @*/
    public static int[][] pneAbove(long[][] score, long[][] cost, long[] reward, int tau, int horizon, int[] a,
            int m, int lo, int hi) {
        if (m == 0) {
            // Every effort is fixed: the one candidate is a itself, and a profile with a's entries has a's verdict.
            return OpaquePne.candidate(score, cost, reward, tau, horizon, a);
        }
        if (hi - lo == 1) {
            // Model m - 1 plays lo: the search moves down one model with its whole effort range.
            int[] fixed = ProfileRows.withEffort(a, m - 1, lo);
            // A profile in this part has digit m - 1 equal to lo, so it agrees with fixed from model m - 1 up.
            /*@ assert (\forall int[] b; b != null && b.length == score.length
              @     && (\forall int q; m <= q && q < score.length; b[q] == a[q]) && lo <= b[m - 1] && b[m - 1] < hi
              @     ==> (\forall int q; m - 1 <= q && q < score.length; b[q] == fixed[q]));
              @*/
            // one effort of model m - 1 covers the whole range of the model below (or one profile)
            boolean descends = ProfileSpan.spanDescends(m, lo, horizon);
            if (m == 1) {
                return pneAbove(score, cost, reward, tau, horizon, fixed, 0, 0, 1);
            }
            return pneAbove(score, cost, reward, tau, horizon, fixed, m - 1, 0, horizon + 1);
        }
        // Halving the effort range keeps the recursion depth near log2 of the profile count (at most about 40 calls).
        int mid = lo + (hi - lo) / 2;
        boolean halves = ProfileSpan.spanSplit(m, lo, mid, hi, horizon);
        int[][] low = pneAbove(score, cost, reward, tau, horizon, a, m, lo, mid);
        int[][] high = pneAbove(score, cost, reward, tau, horizon, a, m, mid, hi);
        //@ assert low.length + high.length <= ProfileSpan.span(m, lo, hi, horizon);
        return joinHalves(score, cost, reward, tau, horizon, a, m, lo, mid, hi, low, high);
    }

    /**
     * The rows of {@code low} then those of {@code high}, where {@code low} lists the PNE of one part of the search
     * (digit {@code m - 1} in {@code lo..mid-1}) and {@code high} those of the next ({@code mid..hi-1}): the joined
     * list is that of the whole part, in Gambit order (the split step of {@link #pneAbove}, proved on its own).
     */
    /*@ public normal_behavior
      @   requires score != null && a != null && a.length == score.length && 1 <= m && m <= score.length;
      @   requires 0 <= lo && lo < mid && mid < hi;
      @   requires low != null && high != null && low.length <= Enumeration.MAX_PROFILES - high.length;
      @   requires low != null && (\forall int k; 0 <= k && k < low.length; low[k] != null
      @       && low[k].length == score.length
      @       && (\forall int q; 0 <= q && q < score.length; 0 <= low[k][q] && low[k][q] <= horizon)
      @       && (\forall int q; m <= q && q < score.length; low[k][q] == a[q])
      @       && lo <= low[k][m - 1] && low[k][m - 1] < mid
      @       && OpaquePne.holds(score, cost, reward, tau, horizon, low[k]));
      @   requires (\forall int k, l; 0 <= k && k < l && l < low.length;
      @       ProfileRows.highestDifference(low[k], low[l], score.length) >= 0
      @       && low[k][ProfileRows.highestDifference(low[k], low[l], score.length)]
      @           < low[l][ProfileRows.highestDifference(low[k], low[l], score.length)]);
      @   requires (\forall int[] b; b != null && b.length == score.length
      @       && (\forall int q; 0 <= q && q < score.length; 0 <= b[q] && b[q] <= horizon)
      @       && (\forall int q; m <= q && q < score.length; b[q] == a[q])
      @       && lo <= b[m - 1] && b[m - 1] < mid
      @       && OpaquePne.holds(score, cost, reward, tau, horizon, b)
      @       ==> (\exists int k; 0 <= k && k < low.length;
      @           (\forall int q; 0 <= q && q < score.length; low[k][q] == b[q])));
      @   requires high != null && (\forall int k; 0 <= k && k < high.length; high[k] != null
      @       && high[k].length == score.length
      @       && (\forall int q; 0 <= q && q < score.length; 0 <= high[k][q] && high[k][q] <= horizon)
      @       && (\forall int q; m <= q && q < score.length; high[k][q] == a[q])
      @       && mid <= high[k][m - 1] && high[k][m - 1] < hi
      @       && OpaquePne.holds(score, cost, reward, tau, horizon, high[k]));
      @   requires (\forall int k, l; 0 <= k && k < l && l < high.length;
      @       ProfileRows.highestDifference(high[k], high[l], score.length) >= 0
      @       && high[k][ProfileRows.highestDifference(high[k], high[l], score.length)]
      @           < high[l][ProfileRows.highestDifference(high[k], high[l], score.length)]);
      @   requires (\forall int[] b; b != null && b.length == score.length
      @       && (\forall int q; 0 <= q && q < score.length; 0 <= b[q] && b[q] <= horizon)
      @       && (\forall int q; m <= q && q < score.length; b[q] == a[q])
      @       && mid <= b[m - 1] && b[m - 1] < hi
      @       && OpaquePne.holds(score, cost, reward, tau, horizon, b)
      @       ==> (\exists int k; 0 <= k && k < high.length;
      @           (\forall int q; 0 <= q && q < score.length; high[k][q] == b[q])));
      @   ensures \fresh(\result) && \result.length == low.length + high.length;
      @   ensures \result != null && (\forall int k; 0 <= k && k < \result.length; \result[k] != null
      @       && \result[k].length == score.length
      @       && (\forall int q; 0 <= q && q < score.length; 0 <= \result[k][q] && \result[k][q] <= horizon)
      @       && (\forall int q; m <= q && q < score.length; \result[k][q] == a[q])
      @       && lo <= \result[k][m - 1] && \result[k][m - 1] < hi
      @       && OpaquePne.holds(score, cost, reward, tau, horizon, \result[k]));
      @   ensures (\forall int k, l; 0 <= k && k < l && l < \result.length;
      @       ProfileRows.highestDifference(\result[k], \result[l], score.length) >= 0
      @       && \result[k][ProfileRows.highestDifference(\result[k], \result[l], score.length)]
      @           < \result[l][ProfileRows.highestDifference(\result[k], \result[l], score.length)]);
      @   ensures (\forall int[] b; b != null && b.length == score.length
      @       && (\forall int q; 0 <= q && q < score.length; 0 <= b[q] && b[q] <= horizon)
      @       && (\forall int q; m <= q && q < score.length; b[q] == a[q])
      @       && lo <= b[m - 1] && b[m - 1] < hi
      @       && OpaquePne.holds(score, cost, reward, tau, horizon, b)
      @       ==> (\exists int k; 0 <= k && k < \result.length;
      @           (\forall int q; 0 <= q && q < score.length; \result[k][q] == b[q])));
      @   assignable \nothing;
      @*/
    public static int[][] joinHalves(long[][] score, long[][] cost, long[] reward, int tau, int horizon, int[] a,
            int m, int lo, int mid, int hi, int[][] low, int[][] high) {
        int[][] rows = ProfileRows.concat(low, high);
        // Every low row comes before every high row: digit m - 1 is the highest that differs.
        /*@ assert (\forall int k, l; 0 <= k && k < low.length && low.length <= l && l < rows.length;
          @     rows[k][m - 1] < rows[l][m - 1]
          @     && (\forall int r; m - 1 < r && r < score.length; rows[k][r] == rows[l][r]));
          @*/
        return rows;
    }
}
