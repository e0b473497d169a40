package org.lbgame.soundness;

/**
 * How OpenJML's ESC treats a \num_of it cannot translate, in a callee's postcondition (assumed at the call) and in
 * the method's own postcondition (to be shown). Each method is named t* (true: may be VALID) or f* (false: any
 * VALID is unsound).
 */
public final class NumOfCallee {

    /*@ public normal_behavior
      @   requires s != null && 0 <= i && i < s.length;
      @   ensures \result == (\num_of int j; 0 <= j && j < s.length; s[j] > s[i]);
      @   ensures 0 <= \result && \result < s.length;

      @*/
    public static /*@ pure @*/ int count(int[] s, int i) {
        int r = 0;
        //@ loop_invariant 0 <= j && j <= s.length && 0 <= r && r <= j && (j > i ==> r < j);
        //@ loop_writes r, j;
        //@ decreases s.length - j;
        for (int j = 0; j < s.length; j++) {
            if (s[j] > s[i]) {
                r++;
            }
        }
        return r;
    }

    // A true fact from the translatable clause only.
    /*@ public normal_behavior
      @   requires s != null && 0 <= i && i < s.length;
      @   ensures 0 <= \result && \result < s.length;
      @*/
    public static int tBoundsFromCallee(int[] s, int i) {
        return count(s, i);
    }

    // False: nothing forces the count to be 0.
    /*@ public normal_behavior
      @   requires s != null && 0 <= i && i < s.length;
      @   ensures \result == 0;
      @*/
    public static int fCountIsZero(int[] s, int i) {
        return count(s, i);
    }

    // False: two different models in one state need not have equal counts.
    /*@ public normal_behavior
      @   requires s != null && s.length == 2;
      @   ensures \result;
      @*/
    public static boolean fSameCountTwoModels(int[] s) {
        return count(s, 0) == count(s, 1);
    }

    // False: the same call text in two different heaps (s[1] changes in between).
    /*@ public normal_behavior
      @   requires s != null && s.length == 2 && s[0] == 0 && s[1] == 0;
      @   assignable s[1];
      @   ensures \result;
      @*/
    public static boolean fSameTextTwoHeaps(int[] s) {
        int a = count(s, 0);
        s[1] = 5;
        int b = count(s, 0);
        return a == b;
    }

    // True: the same call in the same heap gives the same value (determinism of a pure method).
    /*@ public normal_behavior
      @   requires s != null && 0 <= i && i < s.length;
      @   ensures \result;
      @*/
    public static boolean tSameCallSameHeap(int[] s, int i) {
        return count(s, i) == count(s, i);
    }

    // False, in a specification: the counts of two models (pure method used as a function).
    /*@ public normal_behavior
      @   requires s != null && s.length == 2;
      @   ensures count(s, 0) == count(s, 1);
      @*/
    public static void fSpecSameCountTwoModels(int[] s) {
    }

    // False: concrete values. s = {1, 2}: count(s, 0) == 1, count(s, 1) == 0.
    /*@ public normal_behavior
      @   requires s != null && s.length == 2 && s[0] == 1 && s[1] == 2;
      @   ensures \result == 0;
      @*/
    public static int fConcrete(int[] s) {
        return count(s, 0);
    }
}
