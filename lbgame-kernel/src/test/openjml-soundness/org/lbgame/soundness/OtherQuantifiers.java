package org.lbgame.soundness;

/** \sum and \max take the same path as \num_of in the SMT translation: one constant per expression text. */
public final class OtherQuantifiers {

    /*@ public normal_behavior
      @   requires s != null && 0 <= i && i < s.length;
      @   ensures \result == (\sum int j; 0 <= j && j < s.length && j != i; s[j]);
      @*/
    public static /*@ pure @*/ long others(int[] s, int i) {
        long t = 0;
        //@ loop_invariant 0 <= j && j <= s.length;
        //@ loop_writes t, j;
        //@ decreases s.length - j;
        for (int j = 0; j < s.length; j++) {
            if (j != i) {
                t += s[j];
            }
        }
        return t;
    }

    // False: s = {1, 2}: others(s, 0) == 2, others(s, 1) == 1.
    /*@ public normal_behavior
      @   requires s != null && s.length == 2 && s[0] == 1 && s[1] == 2;
      @   ensures others(s, 0) == others(s, 1);
      @*/
    public static void fSpecSumEqual(int[] s) {
    }

    // False: a \max over two different ranges.
    /*@ public normal_behavior
      @   requires s != null && s.length == 2 && s[0] == 1 && s[1] == 2;
      @   ensures (\max int j; 0 <= j && j < 1; s[j]) == (\max int j; 0 <= j && j < 2; s[j]);
      @*/
    public static void fMaxTwoRanges(int[] s) {
    }
}
