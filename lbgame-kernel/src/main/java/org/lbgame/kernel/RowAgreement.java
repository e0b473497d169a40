package org.lbgame.kernel;

/** Two lists of profiles that agree entry by entry on a prefix of their rows. */
public final class RowAgreement {

    private RowAgreement() {
    }

    /**
     * Lemma: lists that agree on rows {@code 0..k-1} and on row {@code k} agree on rows {@code 0..k}; always true.
     * A loop that extends its agreement invariant by one row calls it, so that the invariant after the step is this
     * postcondition term for term and the prover need not split the new range into the old rows and the new one.
     */
    /*@ public normal_behavior
      @   requires x != null && y != null && 0 <= n && 0 <= k && k < x.length && k < y.length;
      @   requires (\forall int p; 0 <= p && p < x.length; x[p] != null && x[p].length == n);
      @   requires (\forall int p; 0 <= p && p < y.length; y[p] != null && y[p].length == n);
      @   requires (\forall int j; 0 <= j && j < k; (\forall int m; 0 <= m && m < n; x[j][m] == y[j][m]));
      @   requires (\forall int m; 0 <= m && m < n; x[k][m] == y[k][m]);
      @   ensures \result && (\forall int j; 0 <= j && j < k + 1; (\forall int m; 0 <= m && m < n; x[j][m] == y[j][m]));
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean agreeThrough(int[][] x, int[][] y, int n, int k) {
        return true; // row j < k is the first agreement's, row k the second's
    }
}
