package org.lbgame.kernel;

/**
 * The PNE list is unique: two lists of PNE profiles, each strictly increasing in Gambit order and listing every PNE
 * profile, are equal row by row. This is why {@link Certificates#checkPneSet} may compare a claim with
 * {@link Enumeration#allPne}'s list entry by entry. The core ({@link #sameLists}) is about rows only: each list's rows
 * are in the other, and the game enters only where {@link #samePneLists} draws that from the lists' completeness.
 */
public final class PneLists {

    private PneLists() {
    }

    /**
     * The index of a row of {@code rows} whose first {@code n} entries are {@code u}'s (one exists). The witness names
     * {@code rows[k] != null} (the shape precondition says it too) so that Z3 has the ground term {@code rows[k]}
     * to instantiate rowPosition's "no match before" clause at: without it the main query was unsat under 6 of 8 seeds.
     */
    /*@ public normal_behavior
      @   requires rows != null && u != null && 0 <= n && n <= u.length;
      @   requires (\forall int k; 0 <= k && k < rows.length; rows[k] != null && rows[k].length == n);
      @   requires (\exists int k; 0 <= k && k < rows.length;
      @       rows[k] != null && (\forall int m; 0 <= m && m < n; rows[k][m] == u[m]));
      @   ensures 0 <= \result && \result < rows.length && (\forall int m; 0 <= m && m < n; rows[\result][m] == u[m]);
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ int rowIndex(int[][] rows, int[] u, int n) {
        // rowPosition is the same scan without the witness precondition; here the witness row k, which every row
        // before the result fails to match, keeps the result below rows.length.
        return RowSearch.rowPosition(rows, u, n);
    }

    /** Whether {@code y} has {@code x}'s rows, entry by entry ({@code x}'s rows have length {@code n}). */
    /*@ public normal_behavior
      @   requires x != null && y != null && 0 <= n;
      @   requires (\forall int k; 0 <= k && k < x.length; x[k] != null && x[k].length == n);
      @   ensures \result <==> (y.length == x.length && (\forall int k; 0 <= k && k < x.length; y[k] != null
      @       && y[k].length == n && (\forall int m; 0 <= m && m < n; y[k][m] == x[k][m])));
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean sameRows(int[][] x, int[][] y, int n) {
        if (y.length != x.length) {
            return false;
        }
        /*@ loop_invariant 0 <= p && p <= x.length
          @   && (\forall int k; 0 <= k && k < p; y[k] != null && y[k].length == n
          @       && (\forall int m; 0 <= m && m < n; y[k][m] == x[k][m]));
          @ decreases x.length - p;
          @*/
        /*+KeY@ loop_writes \strictly_nothing; @*/
        /*-KeY@ loop_writes p; @*/
        for (int p = 0; p < x.length; p++) {
            if (y[p] == null || y[p].length != n) {
                return false;
            }
            // No return inside the inner loop (KeY's loop rule and an outer return flag, as in OpaquePne.shaped).
            int m = 0;
            /*@ loop_invariant 0 <= m && m <= n && (\forall int q; 0 <= q && q < m; y[p][q] == x[p][q]);
              @ decreases n - m;
              @*/
            /*+KeY@ loop_writes \strictly_nothing; @*/
            /*-KeY@ loop_writes m; @*/
            while (m < n && y[p][m] == x[p][m]) {
                m++;
            }
            if (m < n) {
                return false;
            }
        }
        return true;
    }

    /**
     * Lemma: where two lists agree below index {@code k}, a row {@code r} with the entries of row {@code q < k} of
     * either list has no deciding digit against row {@code q} of either; always true.
     */
    /*@ public normal_behavior
      @   requires x != null && y != null && r != null && 0 <= n && n <= r.length;
      @   requires 0 <= q && q < k && k <= x.length && k <= y.length;
      @   requires (\forall int p; 0 <= p && p < x.length; x[p] != null && x[p].length == n);
      @   requires (\forall int p; 0 <= p && p < y.length; y[p] != null && y[p].length == n);
      @   requires (\forall int p; 0 <= p && p < k; (\forall int m; 0 <= m && m < n; x[p][m] == y[p][m]));
      @   requires (\forall int m; 0 <= m && m < n; y[q][m] == r[m]) || (\forall int m; 0 <= m && m < n; x[q][m] == r[m]);
      @   ensures \result && ProfileRows.highestDifference(x[q], r, n) == -1
      @       && ProfileRows.highestDifference(y[q], r, n) == -1;
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean repeatHasNoDigit(int[][] x, int[][] y, int n,
            int k, int q, int[] r) {
        int dx = ProfileRows.highestDifference(x[q], r, n);
        int dy = ProfileRows.highestDifference(y[q], r, n);
        //@ assert (\forall int m; 0 <= m && m < n; x[q][m] == y[q][m] && x[q][m] == r[m]);
        //@ assert dx == -1 && dy == -1;
        return true;
    }

    /**
     * Lemma, the step of {@link #sameLists}: when two strictly Gambit-ordered lists agree below index {@code k}, and
     * {@code x[k]} is {@code y[j]} and {@code y[k]} is {@code x[i]}, then {@code j == k} or {@code i == k}; always
     * true. {@code j < k} or {@code i < k} would repeat an earlier row, and {@code j > k} together with {@code i > k}
     * would put {@code y[k]} before {@code x[k]} and {@code x[k]} before {@code y[k]}.
     */
    /*@ public normal_behavior
      @   requires x != null && y != null && 0 <= n;
      @   requires (\forall int p; 0 <= p && p < x.length; x[p] != null && x[p].length == n);
      @   requires (\forall int p; 0 <= p && p < y.length; y[p] != null && y[p].length == n);
      @   requires 0 <= k && k < x.length && k < y.length && 0 <= i && i < x.length && 0 <= j && j < y.length;
      @   requires j < k ==> ProfileRows.highestDifference(x[j], x[k], n) >= 0
      @       && x[j][ProfileRows.highestDifference(x[j], x[k], n)] < x[k][ProfileRows.highestDifference(x[j], x[k], n)];
      @   requires i < k ==> ProfileRows.highestDifference(y[i], y[k], n) >= 0
      @       && y[i][ProfileRows.highestDifference(y[i], y[k], n)] < y[k][ProfileRows.highestDifference(y[i], y[k], n)];
      @   requires k < j ==> ProfileRows.highestDifference(y[k], y[j], n) >= 0
      @       && y[k][ProfileRows.highestDifference(y[k], y[j], n)] < y[j][ProfileRows.highestDifference(y[k], y[j], n)];
      @   requires k < i ==> ProfileRows.highestDifference(x[k], x[i], n) >= 0
      @       && x[k][ProfileRows.highestDifference(x[k], x[i], n)] < x[i][ProfileRows.highestDifference(x[k], x[i], n)];
      @   requires (\forall int p; 0 <= p && p < k; (\forall int m; 0 <= m && m < n; x[p][m] == y[p][m]));
      @   requires (\forall int m; 0 <= m && m < n; y[j][m] == x[k][m]);
      @   requires (\forall int m; 0 <= m && m < n; x[i][m] == y[k][m]);
      @   ensures \result && (j == k || i == k);
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean crossMatch(int[][] x, int[][] y, int n, int k,
            int i, int j) {
        // j < k or i < k: the row repeats an earlier one, which has no deciding digit against it
        if (j < k) {
            boolean repeat = repeatHasNoDigit(x, y, n, k, j, x[k]);
        }
        if (i < k) {
            boolean repeat = repeatHasNoDigit(x, y, n, k, i, y[k]);
        }
        // k < j and k < i: y[k] before x[k] and x[k] before y[k]
        if (k < j && k < i) {
            boolean apart = ProfileRows.gambitAsymmetric(y[k], x[k], x[i], y[j], n);
        }
        return true;
    }

    /**
     * Lemma: two lists of rows of length {@code n}, each strictly increasing in Gambit order (through the deciding
     * digit {@link ProfileRows#highestDifference}), where every row of either has its entries in a row of the other,
     * are equal row by row; always true. Membership is stated list against list, so the game stays out of this proof:
     * Z3 answered the older form (rows through {@link OpaquePne#holds}, each list complete for it) in seconds in one
     * run and not within ten minutes in others.
     */
    /*@ public normal_behavior
      @   requires x != null && y != null && 0 <= n;
      @   requires (\forall int k; 0 <= k && k < x.length; x[k] != null && x[k].length == n);
      @   requires (\forall int k; 0 <= k && k < y.length; y[k] != null && y[k].length == n);
      @   requires (\forall int k, l; 0 <= k && k < l && l < x.length;
      @       ProfileRows.highestDifference(x[k], x[l], n) >= 0
      @       && x[k][ProfileRows.highestDifference(x[k], x[l], n)] < x[l][ProfileRows.highestDifference(x[k], x[l], n)]);
      @   requires (\forall int k, l; 0 <= k && k < l && l < y.length;
      @       ProfileRows.highestDifference(y[k], y[l], n) >= 0
      @       && y[k][ProfileRows.highestDifference(y[k], y[l], n)] < y[l][ProfileRows.highestDifference(y[k], y[l], n)]);
      @   requires (\forall int k; 0 <= k && k < x.length;
      @       (\exists int p; 0 <= p && p < y.length; (\forall int m; 0 <= m && m < n; y[p][m] == x[k][m])));
      @   requires (\forall int k; 0 <= k && k < y.length;
      @       (\exists int p; 0 <= p && p < x.length; (\forall int m; 0 <= m && m < n; x[p][m] == y[k][m])));
      @   ensures \result && x.length == y.length
      @       && (\forall int k; 0 <= k && k < x.length; (\forall int m; 0 <= m && m < n; x[k][m] == y[k][m]));
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean sameLists(int[][] x, int[][] y, int n) {
        int k = 0;
        /*@ loop_invariant 0 <= k && k <= x.length && k <= y.length
          @   && (\forall int j; 0 <= j && j < k; (\forall int m; 0 <= m && m < n; x[j][m] == y[j][m]));
          @ decreases x.length - k;
          @*/
        /*+KeY@ loop_writes \strictly_nothing; @*/
        /*-KeY@ loop_writes k; @*/
        while (k < x.length && k < y.length) {
            // x[k] is y[j] and y[k] is x[i], found by total searches (no existential to prove); one is at k
            int j = RowSearch.rowPosition(y, x[k], n);
            int i = RowSearch.rowPosition(x, y[k], n);
            //@ assert j < y.length;
            //@ assert i < x.length;
            boolean matched = crossMatch(x, y, n, k, i, j); // j == k or i == k, so x[k] and y[k] agree entry by entry
            boolean through = RowAgreement.agreeThrough(x, y, n, k, i, j); // the invariant, for rows 0..k
            k++;
        }
        // A row left over in one list is in the other below k, repeating a row with no deciding digit against it.
        if (k < y.length) {
            int i = rowIndex(x, y[k], n);
            boolean repeat = repeatHasNoDigit(x, y, n, k, i, y[k]);
        }
        if (k < x.length) {
            int j = rowIndex(y, x[k], n);
            boolean repeat = repeatHasNoDigit(x, y, n, k, j, x[k]);
        }
        return true;
    }

    /**
     * Lemma: two lists that each meet {@link Enumeration#allPne}'s postcondition (PNE rows of the game's shape, strictly
     * increasing in Gambit order, every PNE listed) are equal row by row; always true. {@link #sameLists} in the
     * words of isPne.
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
      @   requires x != null && (\forall int k; 0 <= k && k < x.length; x[k] != null && x[k].length == score.length
      @       && (\forall int m; 0 <= m && m < score.length; 0 <= x[k][m] && x[k][m] <= horizon)
      @       && Equilibrium.isPne(score, cost, reward, tau, horizon, x[k]));
      @   requires (\forall int k, l; 0 <= k && k < l && l < x.length;
      @       ProfileRows.highestDifference(x[k], x[l], score.length) >= 0
      @       && x[k][ProfileRows.highestDifference(x[k], x[l], score.length)]
      @           < x[l][ProfileRows.highestDifference(x[k], x[l], score.length)]);
      @   requires (\forall int[] a; a != null && a.length == score.length
      @       && (\forall int m; 0 <= m && m < score.length; 0 <= a[m] && a[m] <= horizon)
      @       && Equilibrium.isPne(score, cost, reward, tau, horizon, a)
      @       ==> (\exists int k; 0 <= k && k < x.length; (\forall int m; 0 <= m && m < score.length; x[k][m] == a[m])));
      @   requires y != null && (\forall int k; 0 <= k && k < y.length; y[k] != null && y[k].length == score.length
      @       && (\forall int m; 0 <= m && m < score.length; 0 <= y[k][m] && y[k][m] <= horizon)
      @       && Equilibrium.isPne(score, cost, reward, tau, horizon, y[k]));
      @   requires (\forall int k, l; 0 <= k && k < l && l < y.length;
      @       ProfileRows.highestDifference(y[k], y[l], score.length) >= 0
      @       && y[k][ProfileRows.highestDifference(y[k], y[l], score.length)]
      @           < y[l][ProfileRows.highestDifference(y[k], y[l], score.length)]);
      @   requires (\forall int[] a; a != null && a.length == score.length
      @       && (\forall int m; 0 <= m && m < score.length; 0 <= a[m] && a[m] <= horizon)
      @       && Equilibrium.isPne(score, cost, reward, tau, horizon, a)
      @       ==> (\exists int k; 0 <= k && k < y.length; (\forall int m; 0 <= m && m < score.length; y[k][m] == a[m])));
      @   ensures \result && x.length == y.length && (\forall int k; 0 <= k && k < x.length;
      @       (\forall int m; 0 <= m && m < score.length; x[k][m] == y[k][m]));
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean samePneLists(long[][] score, long[][] cost,
            long[] reward, int tau, int horizon, int[][] x, int[][] y) {
        int n = score.length;
        // Each list's rows are PNE profiles of the game's shape, so each is in the other list (its completeness). Z3
        // runs without model-based instantiation, so a witness row must appear as a term of its own before an \exists
        // over rows can be matched: the asserts below name the row x[k], one entry of it (or, with no models, the first
        // row of y), and the row rowIndex finds. Without them the proof depended on the run (measured over Z3 seeds).
        int k = 0;
        /*@ loop_invariant 0 <= k && k <= x.length && (\forall int j; 0 <= j && j < k; x[j] != null && (\exists int p;
          @     0 <= p && p < y.length && y[p] != null && (\forall int m; 0 <= m && m < n; y[p][m] == x[j][m])));
          @ decreases x.length - k;
          @*/
        /*+KeY@ loop_writes \strictly_nothing; @*/
        /*-KeY@ loop_writes k; @*/
        while (k < x.length) {
            /*@ assert x[k] != null && x[k].length == n
              @     && (\forall int m; 0 <= m && m < n; 0 <= x[k][m] && x[k][m] <= horizon)
              @     && Equilibrium.isPne(score, cost, reward, tau, horizon, x[k]); @*/
            /*@ assert n == 0 || x[k][0] <= horizon; @*/
            /*@ assert n != 0 || y.length == 0 || y[0] != null; @*/
            int p = rowIndex(y, x[k], n);
            /*@ assert y[p] != null; @*/
            k++;
        }
        int l = 0;
        /*@ loop_invariant 0 <= l && l <= y.length && (\forall int j; 0 <= j && j < l; y[j] != null && (\exists int p;
          @     0 <= p && p < x.length && x[p] != null && (\forall int m; 0 <= m && m < n; x[p][m] == y[j][m])));
          @ decreases y.length - l;
          @*/
        /*+KeY@ loop_writes \strictly_nothing; @*/
        /*-KeY@ loop_writes l; @*/
        while (l < y.length) {
            /*@ assert y[l] != null && y[l].length == n
              @     && (\forall int m; 0 <= m && m < n; 0 <= y[l][m] && y[l][m] <= horizon)
              @     && Equilibrium.isPne(score, cost, reward, tau, horizon, y[l]); @*/
            /*@ assert n == 0 || y[l][0] <= horizon; @*/
            /*@ assert n != 0 || x.length == 0 || x[0] != null; @*/
            int p = rowIndex(x, y[l], n);
            /*@ assert x[p] != null; @*/
            l++;
        }
        return sameLists(x, y, n);
    }

    /**
     * Lemma: a list with the rows of one that meets {@link Enumeration#allPne}'s postcondition, entry by entry, meets
     * it too; always true. The verdict carries over by content ({@link ProfileContents#sameVerdict}), and so does
     * each pair's deciding digit ({@link ProfileRows#gambitAfter}).
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
      @   requires x != null && (\forall int k; 0 <= k && k < x.length; x[k] != null && x[k].length == score.length
      @       && (\forall int m; 0 <= m && m < score.length; 0 <= x[k][m] && x[k][m] <= horizon)
      @       && Equilibrium.isPne(score, cost, reward, tau, horizon, x[k]));
      @   requires (\forall int k, l; 0 <= k && k < l && l < x.length;
      @       ProfileRows.highestDifference(x[k], x[l], score.length) >= 0
      @       && x[k][ProfileRows.highestDifference(x[k], x[l], score.length)]
      @           < x[l][ProfileRows.highestDifference(x[k], x[l], score.length)]);
      @   requires (\forall int[] a; a != null && a.length == score.length
      @       && (\forall int m; 0 <= m && m < score.length; 0 <= a[m] && a[m] <= horizon)
      @       && Equilibrium.isPne(score, cost, reward, tau, horizon, a)
      @       ==> (\exists int k; 0 <= k && k < x.length; (\forall int m; 0 <= m && m < score.length; x[k][m] == a[m])));
      @   requires y != null && y.length == x.length && (\forall int k; 0 <= k && k < x.length; y[k] != null
      @       && y[k].length == score.length && (\forall int m; 0 <= m && m < score.length; y[k][m] == x[k][m]));
      @   ensures \result && (\forall int k; 0 <= k && k < y.length; y[k] != null && y[k].length == score.length
      @       && (\forall int m; 0 <= m && m < score.length; 0 <= y[k][m] && y[k][m] <= horizon)
      @       && Equilibrium.isPne(score, cost, reward, tau, horizon, y[k]));
      @   ensures (\forall int k, l; 0 <= k && k < l && l < y.length;
      @       ProfileRows.highestDifference(y[k], y[l], score.length) >= 0
      @       && y[k][ProfileRows.highestDifference(y[k], y[l], score.length)]
      @           < y[l][ProfileRows.highestDifference(y[k], y[l], score.length)]);
      @   ensures (\forall int[] a; a != null && a.length == score.length
      @       && (\forall int m; 0 <= m && m < score.length; 0 <= a[m] && a[m] <= horizon)
      @       && Equilibrium.isPne(score, cost, reward, tau, horizon, a)
      @       ==> (\exists int k; 0 <= k && k < y.length; (\forall int m; 0 <= m && m < score.length; y[k][m] == a[m])));
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean sameContentsMeet(long[][] score, long[][] cost,
            long[] reward, int tau, int horizon, int[][] x, int[][] y) {
        int n = score.length;
        /*@ assert (\forall int k; 0 <= k && k < y.length;
          @     ProfileContents.sameVerdict(score, cost, reward, tau, horizon, y[k], x[k])
          @     && Equilibrium.isPne(score, cost, reward, tau, horizon, y[k]));
          @*/
        /*@ assert (\forall int k, l; 0 <= k && k < l && l < y.length;
          @     ProfileRows.gambitAfter(y[k], y[l], n, ProfileRows.highestDifference(x[k], x[l], n))
          @     && ProfileRows.highestDifference(y[k], y[l], n) >= 0
          @     && y[k][ProfileRows.highestDifference(y[k], y[l], n)] < y[l][ProfileRows.highestDifference(y[k], y[l], n)]);
          @*/
        // Every PNE is some x[k], so it is y[k]: the row index, outside any inner quantifier, is the witness.
        /*@ assert (\forall int[] a; a != null && a.length == n
          @     && (\forall int m; 0 <= m && m < n; 0 <= a[m] && a[m] <= horizon)
          @     && Equilibrium.isPne(score, cost, reward, tau, horizon, a)
          @     ==> 0 <= rowIndex(x, a, n) && rowIndex(x, a, n) < y.length && y[rowIndex(x, a, n)] != null
          @         && (\forall int m; 0 <= m && m < n; y[rowIndex(x, a, n)][m] == a[m]));
          @*/
        return true;
    }
}
