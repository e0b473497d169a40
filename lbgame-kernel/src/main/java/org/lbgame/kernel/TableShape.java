package org.lbgame.kernel;

/**
 * Bridging lemmas: a shape or bound fact of the tables restated in the exact form a callee's precondition asks for.
 * KeY discharges a quantified precondition at once when the caller's sequent holds the same formula, but often not
 * when it must instantiate a differently worded fact at a fresh index (measured in {@code proofs/notes.tsv}: the
 * open goals of {@code AllZeroPaid.modelCertifiedAt} and {@code TbtStability}'s steps). Each lemma returns true; its
 * contract does the rewording once, in a sequent with nothing else in it.
 */
public final class TableShape {

    private TableShape() {
    }

    /** Lemma: a cost row between 0 and {@code 2^60} on {@code 0..E} lies between {@code -2^60} and {@code 2^60}. */
    /*@ public normal_behavior
      @   requires cost != null && 0 <= i && i < cost.length && cost[i] != null && horizon < cost[i].length;
      @   requires (\forall int y; 0 <= y && y <= horizon; 0 <= cost[i][y] && cost[i][y] <= Bounds.MAX_VALUE);
      @   ensures \result && (\forall int x; 0 <= x && x <= horizon;
      @       -Bounds.MAX_VALUE <= cost[i][x] && cost[i][x] <= Bounds.MAX_VALUE);
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean costRowBounded(long[][] cost, int horizon,
            int i) {
        return true;
    }

    /** Lemma: rows that reach {@code tau + E} reach {@code tau} (the shape a one-level callee asks for). */
    /*@ public normal_behavior
      @   requires score != null && cost != null && 0 <= tau && 0 <= horizon;
      @   requires (\forall int m; 0 <= m && m < score.length; score[m] != null && cost[m] != null
      @       && tau + horizon < score[m].length && horizon < cost[m].length);
      @   ensures \result && (\forall int m; 0 <= m && m < score.length; score[m] != null && tau < score[m].length);
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean rowsReachTau(long[][] score, long[][] cost,
            int tau, int horizon) {
        return true;
    }

    /** Lemma: a row nondecreasing up to {@code top} is nondecreasing up to every {@code x <= top}. */
    /*@ public normal_behavior
      @   requires row != null && 0 <= x && x <= top && top < row.length;
      @   requires (\forall int a, b; 0 <= a && a <= b && b <= top; row[a] <= row[b]);
      @   ensures \result && (\forall int a, b; 0 <= a && a <= b && b <= x; row[a] <= row[b]);
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean nondecreasingBelow(long[] row, int x, int top) {
        return true;
    }

    /** Lemma: rows that reach {@code tau + 1} reach {@code tau} (the shape a callee at level {@code tau} asks for). */
    /*@ public normal_behavior
      @   requires score != null && 0 <= tau && tau + 1 < 2147483647;
      @   requires (\forall int m; 0 <= m && m < score.length; score[m] != null && tau + 1 < score[m].length);
      @   ensures \result && (\forall int m; 0 <= m && m < score.length; score[m] != null && tau < score[m].length);
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean rowsReachPrevious(long[][] score, int tau) {
        return true;
    }

    /**
     * {@link Validity#wellFormed}, its result named as the query and by its contract: a caller that keeps queries
     * opaque gets the shape facts of a {@code wellFormed} query in its precondition from this call.
     */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null;
      @   ensures \result == Validity.wellFormed(score, cost, reward, tau, horizon);
      @   ensures \result <==> (0 <= tau && 0 <= horizon && tau + horizon < 2147483647
      @       && score.length >= 1 && cost.length == score.length
      @       && reward.length == score.length
      @       && (\forall int m; 0 <= m && m < score.length; score[m] != null && cost[m] != null
      @           && tau + horizon < score[m].length && horizon < cost[m].length));
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean wellFormedValue(long[][] score, long[][] cost,
            long[] reward, int tau, int horizon) {
        return Validity.wellFormed(score, cost, reward, tau, horizon);
    }

    /**
     * Lemma: cost entries within {@code +-2^60} on whole rows are within it on {@code 0..E} of every row the score
     * table indexes (the bound {@code isAllZeroPne} asks for, from the one the certificate checks take).
     */
    /*@ public normal_behavior
      @   requires score != null && cost != null && cost.length == score.length;
      @   requires (\forall int m; 0 <= m && m < cost.length; cost[m] != null
      @       && (\forall int x; 0 <= x && x < cost[m].length;
      @           -Bounds.MAX_VALUE <= cost[m][x] && cost[m][x] <= Bounds.MAX_VALUE));
      @   requires (\forall int m; 0 <= m && m < score.length; score[m] != null && cost[m] != null
      @       && tau + horizon < score[m].length && horizon < cost[m].length);
      @   ensures \result && (\forall int m; 0 <= m && m < score.length; (\forall int e; 0 <= e && e <= horizon;
      @       -Bounds.MAX_VALUE <= cost[m][e] && cost[m][e] <= Bounds.MAX_VALUE));
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean costRowsBounded(long[][] score, long[][] cost,
            int tau, int horizon) {
        return true;
    }

    /** Lemma: one cost entry within {@code +-2^60}, from the bound on every whole row (a callee's point precondition). */
    /*@ public normal_behavior
      @   requires cost != null && 0 <= i && i < cost.length && cost[i] != null && 0 <= e && e < cost[i].length;
      @   requires (\forall int m; 0 <= m && m < cost.length; cost[m] != null
      @       && (\forall int x; 0 <= x && x < cost[m].length;
      @           -Bounds.MAX_VALUE <= cost[m][x] && cost[m][x] <= Bounds.MAX_VALUE));
      @   ensures \result && -Bounds.MAX_VALUE <= cost[i][e] && cost[i][e] <= Bounds.MAX_VALUE;
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean costEntryBounded(long[][] cost, int i, int e) {
        return true;
    }
}
