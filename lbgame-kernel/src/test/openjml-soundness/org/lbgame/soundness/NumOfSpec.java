package org.lbgame.soundness;

/** A pure method with a \num_of postcondition, used in other specifications (its contract becomes an axiom). */
public final class NumOfSpec {

    // False for s = {1, 2}: count(s, 0) == 1.
    /*@ public normal_behavior
      @   requires s != null && s.length == 2 && s[0] == 1 && s[1] == 2;
      @   ensures NumOfCallee.count(s, 0) == 0;
      @*/
    public static void fSpecCountIsZero(int[] s) {
    }

    // False for s = {1, 2} and t = {2, 1}: count(s, 0) == 1, count(t, 0) == 0 (different arrays, same text shape).
    /*@ public normal_behavior
      @   requires s != null && s.length == 2 && s[0] == 1 && s[1] == 2;
      @   requires t != null && t.length == 2 && t[0] == 2 && t[1] == 1;
      @   ensures NumOfCallee.count(s, 0) == NumOfCallee.count(t, 0);
      @*/
    public static void fSpecTwoArrays(int[] s, int[] t) {
    }

    // False in code, with the callee named in a specification too (its axiom in the proof).
    /*@ public normal_behavior
      @   requires s != null && s.length == 2 && s[0] == 1 && s[1] == 2;
      @   ensures \result == NumOfCallee.count(s, 1);
      @*/
    public static int fCodeAndSpec(int[] s) {
        return NumOfCallee.count(s, 0);
    }

    // True: the translatable bound from the callee's axiom.
    /*@ public normal_behavior
      @   requires s != null && s.length == 2;
      @   ensures NumOfCallee.count(s, 0) < 2;
      @*/
    public static void tSpecBound(int[] s) {
    }
}
