package org.lbgame.soundness;

/** \num_of in what a method must show. t*: true, f*: false (any VALID for f* is unsound). */
public final class NumOfObligation {

    // True: a correct count (OpenJML cannot translate it, so it should not say VALID unless it proves it).
    /*@ public normal_behavior
      @   requires s != null && 0 <= i && i < s.length;
      @   ensures \result == (\num_of int j; 0 <= j && j < s.length; s[j] > s[i]);

      @*/
    public static /*@ pure @*/ int tCount(int[] s, int i) {
        int r = 0;
        //@ loop_invariant 0 <= j && j <= s.length && r == (\num_of int m; 0 <= m && m < j; s[m] > s[i]);
        //@ loop_writes r, j;
        //@ decreases s.length - j;
        for (int j = 0; j < s.length; j++) {
            if (s[j] > s[i]) {
                r++;
            }
        }
        return r;
    }

    // False: a wrong count.
    /*@ public normal_behavior
      @   requires s != null && 0 <= i && i < s.length;
      @   ensures \result == (\num_of int j; 0 <= j && j < s.length; s[j] > s[i]);
      @*/
    public static int fCount(int[] s, int i) {
        return 42;
    }

    // False: the \num_of is one conjunct of a false postcondition.
    /*@ public normal_behavior
      @   requires s != null;
      @   ensures (\num_of int j; 0 <= j && j < s.length; s[j] > 0) >= 0 && \result == 1;
      @*/
    public static int fConjunct(int[] s) {
        return 0;
    }

    // False: a false postcondition that also mentions a callee's count, with the same text as the callee's clause.
    /*@ public normal_behavior
      @   requires s != null && s.length == 2 && s[0] == 0 && s[1] == 0;
      @   assignable s[1];
      @   ensures \result == (\num_of int j; 0 <= j && j < s.length; s[j] > s[0]);
      @*/
    public static int fStaleCount(int[] s) {
        int a = NumOfCallee.count(s, 0);
        s[1] = 5;
        return a;
    }
}
