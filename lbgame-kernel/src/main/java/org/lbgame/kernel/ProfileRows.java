package org.lbgame.kernel;

/**
 * Lists of profiles built in callees only: each method returns fresh arrays and writes nothing its caller can see,
 * so a caller that has read {@link Equilibrium#isPne} verdicts keeps them across these calls.
 */
public final class ProfileRows {

    private ProfileRows() {
    }

    /** A copy of profile {@code a} in which model {@code m} plays effort {@code d}. */
    /*@ public normal_behavior
      @   requires a != null && 0 <= m && m < a.length;
      @   ensures \result != null && \fresh(\result) && \result.length == a.length && \result[m] == d;
      @   ensures (\forall int q; 0 <= q && q < a.length; q != m ==> \result[q] == a[q]);
      @   assignable \nothing;
      @*/
    public static int[] withEffort(int[] a, int m, int d) {
        int[] copy = new int[a.length];
        /*@ loop_invariant 0 <= q && q <= a.length && copy.length == a.length
          @   && (\forall int r; 0 <= r && r < q; copy[r] == (r == m ? d : a[r]));
          @ decreases a.length - q;
          @*/
        /*+KeY@ loop_writes copy[*]; @*/
        /*-KeY@ loop_writes copy[*], q; @*/
        for (int q = 0; q < a.length; q++) {
            copy[q] = q == m ? d : a[q];
        }
        return copy;
    }

    /** The list holding the one profile {@code a} (the array itself, not a copy). */
    /*@ public normal_behavior
      @   requires a != null;
      @   ensures \result != null && \fresh(\result) && \result.length == 1 && \result[0] == a;
      @   assignable \nothing;
      @*/
    public static int[][] single(int[] a) {
        int[][] rows = new int[1][];
        rows[0] = a;
        return rows;
    }

    /** The rows of {@code x} followed by the rows of {@code y} (the same arrays, not copies). */
    /*@ public normal_behavior
      @   requires x != null && y != null && x.length <= Enumeration.MAX_PROFILES - y.length;
      @   ensures \result != null && \fresh(\result) && \result.length == x.length + y.length;
      @   ensures (\forall int k; 0 <= k && k < x.length; \result[k] == x[k]);
      @   ensures (\forall int k; 0 <= k && k < y.length; \result[x.length + k] == y[k]);
      @   ensures (\forall int k; x.length <= k && k < \result.length; \result[k] == y[k - x.length]);
      @   assignable \nothing;
      @*/
    public static int[][] concat(int[][] x, int[][] y) {
        int[][] rows = new int[x.length + y.length][];
        /*@ loop_invariant 0 <= k && k <= rows.length && rows.length == x.length + y.length
          @   && (\forall int j; 0 <= j && j < k; rows[j] == (j < x.length ? x[j] : y[j - x.length]));
          @ decreases rows.length - k;
          @*/
        /*+KeY@ loop_writes rows[*]; @*/
        /*-KeY@ loop_writes rows[*], k; @*/
        for (int k = 0; k < rows.length; k++) {
            rows[k] = k < x.length ? x[k] : y[k - x.length];
        }
        return rows;
    }

    /**
     * The highest model whose efforts in {@code x} and {@code y} differ, or -1 if they agree on models {@code 0..n-1}:
     * the digit that decides which profile comes first in Gambit order (player 0's effort varies fastest).
     */
    /*@ public normal_behavior
      @   requires x != null && y != null && 0 <= n && n <= x.length && n <= y.length;
      @   ensures -1 <= \result && \result < n;
      @   ensures (\forall int r; \result < r && r < n; x[r] == y[r]);
      @   ensures \result >= 0 ==> x[\result] != y[\result];
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ int highestDifference(int[] x, int[] y, int n) {
        int q = n - 1;
        /*@ loop_invariant -1 <= q && q < n && (\forall int r; q < r && r < n; x[r] == y[r]);
          @ decreases q + 1;
          @*/
        /*+KeY@ loop_writes \strictly_nothing; @*/
        /*-KeY@ loop_writes q; @*/
        while (q >= 0 && x[q] == y[q]) {
            q--;
        }
        return q;
    }

    /**
     * Lemma: {@code x} comes before {@code y} in Gambit order ({@code \exists} form) when they differ and {@code x} is
     * smaller at the deciding digit ({@link #highestDifference}); always true.
     */
    /*@ public normal_behavior
      @   requires x != null && y != null && 0 <= n && n <= x.length && n <= y.length;
      @   requires highestDifference(x, y, n) >= 0
      @       && x[highestDifference(x, y, n)] < y[highestDifference(x, y, n)];
      @   ensures \result && (\exists int m; 0 <= m && m < n; x[m] < y[m]
      @       && (\forall int q; m < q && q < n; x[q] == y[q]));
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean gambitBefore(int[] x, int[] y, int n) {
        int m = highestDifference(x, y, n);
        //@ assert 0 <= m && m < n && x[m] < y[m] && (\forall int q; m < q && q < n; x[q] == y[q]);
        return true;
    }

    /**
     * Lemma, the converse of {@link #gambitBefore}: when some model {@code m} has a smaller effort in {@code x} and
     * every higher model the same, {@code m} is the deciding digit; always true.
     */
    /*@ public normal_behavior
      @   requires x != null && y != null && 0 <= n && n <= x.length && n <= y.length;
      @   requires 0 <= m && m < n && x[m] < y[m] && (\forall int q; m < q && q < n; x[q] == y[q]);
      @   ensures \result && highestDifference(x, y, n) == m
      @       && x[highestDifference(x, y, n)] < y[highestDifference(x, y, n)];
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean gambitAfter(int[] x, int[] y, int n, int m) {
        int d = highestDifference(x, y, n);
        // d >= m since x[m] != y[m]; d <= m since every digit above m agrees
        //@ assert d == m;
        return true;
    }

    /**
     * Lemma: Gambit order is asymmetric across copies: when {@code xCopy} has {@code x}'s entries and {@code yCopy}
     * has {@code y}'s, {@code x} before {@code yCopy} and {@code y} before {@code xCopy} do not both hold; always true.
     */
    /*@ public normal_behavior
      @   requires x != null && y != null && xCopy != null && yCopy != null && 0 <= n;
      @   requires n <= x.length && n <= y.length && n <= xCopy.length && n <= yCopy.length;
      @   requires (\forall int m; 0 <= m && m < n; xCopy[m] == x[m]);
      @   requires (\forall int m; 0 <= m && m < n; yCopy[m] == y[m]);
      @   ensures \result && !(highestDifference(x, yCopy, n) >= 0
      @       && x[highestDifference(x, yCopy, n)] < yCopy[highestDifference(x, yCopy, n)]
      @       && highestDifference(y, xCopy, n) >= 0
      @       && y[highestDifference(y, xCopy, n)] < xCopy[highestDifference(y, xCopy, n)]);
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean gambitAsymmetric(int[] x, int[] y, int[] xCopy,
            int[] yCopy, int n) {
        int up = highestDifference(x, yCopy, n);
        int down = highestDifference(y, xCopy, n);
        // Both are the highest model where x and y differ, where x cannot be both below and above y.
        //@ assert up == down;
        return true;
    }
}
