package org.lbgame.kernel;

/** Two lists of profiles that agree entry by entry on a prefix of their rows. */
public final class RowAgreement {

    private RowAgreement() {
    }

    /**
     * Lemma: lists that agree on rows {@code 0..k-1} agree on rows {@code 0..k} when {@code x[k]} has the entries of
     * {@code y[j]} and {@code y[k]} those of {@code x[i]}, with {@code j == k} or {@code i == k}; always true.
     * A loop that extends its agreement invariant by one row calls it, so that the invariant after the step is this
     * postcondition term for term and the prover need not split the new range into the old rows and the new one.
     * It asks nothing of the rows' shape (the statement is about the entries its premises name, whatever the rows
     * are), so a caller is spared proving the shape again.
     */
    /*@ public normal_behavior
      @   requires x != null && y != null && 0 <= n && 0 <= k && k < x.length && k < y.length;
      @   requires (\forall int q; 0 <= q && q < k; (\forall int m; 0 <= m && m < n; x[q][m] == y[q][m]));
      @   requires 0 <= i && i < x.length && 0 <= j && j < y.length && (j == k || i == k);
      @   requires (\forall int m; 0 <= m && m < n; y[j][m] == x[k][m]);
      @   requires (\forall int m; 0 <= m && m < n; x[i][m] == y[k][m]);
      @   ensures \result
      @       && (\forall int q; 0 <= q && q < k + 1; (\forall int m; 0 <= m && m < n; x[q][m] == y[q][m]));
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean agreeThrough(int[][] x, int[][] y, int n, int k,
            int i, int j) {
        // row k: x[k] is y[k] (j == k) or y[k] is x[k] (i == k)
        //@ assert (\forall int m; 0 <= m && m < n; x[k][m] == y[k][m]);
        return true;
    }
}
