package org.lbgame.kernel;

/**
 * Lemmas that pin down the discrete reach inverse {@code X(s)} ({@link Validity#reach}, the least index whose score
 * is at least {@code s}) from what a row says at a few indices. Each returns true; its postcondition is the fact,
 * stated on the query {@code Validity.reach(...)} that the specifications of C3 ({@link Validity#gapOrdered}) name.
 */
public final class ReachInverse {

    private ReachInverse() {
    }

    /** Lemma: {@code X(s) = x} when row {@code x} reaches {@code s} and no earlier index does. */
    /*@ public normal_behavior
      @   requires row != null && 0 <= x && x < row.length && row[x] >= s;
      @   requires (\forall int y; 0 <= y && y < x; row[y] < s);
      @   ensures \result && Validity.reach(row, s) == x;
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean reachIs(long[] row, long s, int x) {
        return true;
    }

    /** Lemma: {@code X(s) >= x} when no index below {@code x} reaches {@code s}. */
    /*@ public normal_behavior
      @   requires row != null && 0 <= x && x <= row.length;
      @   requires (\forall int y; 0 <= y && y < x; row[y] < s);
      @   ensures \result && Validity.reach(row, s) >= x;
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean reachAtLeast(long[] row, long s, int x) {
        return true;
    }

    /** Lemma: {@code X(s) <= x} when index {@code x} reaches {@code s}. */
    /*@ public normal_behavior
      @   requires row != null && 0 <= x && x < row.length && row[x] >= s;
      @   ensures \result && Validity.reach(row, s) <= x;
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean reachAtMost(long[] row, long s, int x) {
        return true;
    }

    /**
     * Lemma: index {@code x} of a row nondecreasing up to {@code x} reaches {@code s} when {@code X(s) <= x}.
     */
    /*@ public normal_behavior
      @   requires row != null && 0 <= x && x < row.length && Validity.reach(row, s) <= x;
      @   requires (\forall int a, b; 0 <= a && a <= b && b <= x; row[a] <= row[b]);
      @   ensures \result && row[x] >= s;
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean reachedBy(long[] row, long s, int x) {
        int r = Validity.reachValue(row, s);
        //@ assert r < row.length && row[r] >= s && row[r] <= row[x];
        return true;
    }
}
