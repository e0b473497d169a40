package org.lbgame.kernel;

/**
 * Search of a list of profiles for a row with given entries, with no precondition that such a row exists: the caller
 * draws the position's range from the first-match clause, where its own witness row is an assumption rather than an
 * existential to prove. {@link PneLists#rowIndex} is this search under such a witness; {@link PneLists#sameLists}
 * uses it the same way (OpenJML proves sameLists so; KeY does not yet close it, see proofs/STATUS.md).
 */
public final class RowSearch {

    private RowSearch() {
    }

    /**
     * The first index of a row of {@code rows} whose first {@code n} entries are {@code u}'s, or {@code rows.length}
     * when there is none; a null row or one shorter than {@code n} does not match.
     */
    /*@ public normal_behavior
      @   requires rows != null && u != null && 0 <= n && n <= u.length;
      @   ensures 0 <= \result && \result <= rows.length;
      @   ensures (\forall int j; 0 <= j && j < \result; rows[j] == null || rows[j].length < n
      @       || (\exists int m; 0 <= m && m < n; rows[j][m] != u[m]));
      @   ensures \result < rows.length ==> rows[\result] != null && n <= rows[\result].length
      @       && (\forall int m; 0 <= m && m < n; rows[\result][m] == u[m]);
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ int rowPosition(int[][] rows, int[] u, int n) {
        int k = 0;
        /*@ loop_invariant 0 <= k && k <= rows.length
          @   && (\forall int j; 0 <= j && j < k; rows[j] == null || rows[j].length < n
          @       || (\exists int m; 0 <= m && m < n; rows[j][m] != u[m]));
          @ decreases rows.length - k;
          @*/
        /*+KeY@ loop_writes \strictly_nothing; @*/
        /*-KeY@ loop_writes k; @*/
        while (k < rows.length) {
            if (rows[k] != null && n <= rows[k].length) {
                int m = 0;
                /*@ loop_invariant 0 <= m && m <= n && (\forall int q; 0 <= q && q < m; rows[k][q] == u[q]);
                  @ decreases n - m;
                  @*/
                /*+KeY@ loop_writes \strictly_nothing; @*/
                /*-KeY@ loop_writes m; @*/
                while (m < n && rows[k][m] == u[m]) {
                    m++;
                }
                if (m == n) {
                    return k;
                }
            }
            k++;
        }
        return k;
    }
}
