package org.lbgame.soundness;

/** Constructs the ESC translation does not implement (JmlNotImplementedException): dropped or not? */
public final class Dropped {

    // False: s[0] is assigned. \not_assigned is not implemented in ESC.
    /*@ public normal_behavior
      @   requires s != null && s.length == 1;
      @   assignable s[0];
      @   ensures \not_assigned(s[0]);
      @*/
    public static void fNotAssigned(int[] s) {
        s[0] = 3;
    }
}
