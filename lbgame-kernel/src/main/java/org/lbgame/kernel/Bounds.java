package org.lbgame.kernel;

/** Magnitude bounds under which no kernel arithmetic overflows a Java {@code long}. */
public final class Bounds {

    /** Largest admissible magnitude of a reward or cost value: 2^60. */
    public static final long MAX_VALUE = 1152921504606846976L;

    private Bounds() {
    }

    /** Whether {@code -MAX_VALUE <= v <= MAX_VALUE}. */
    /*@ public normal_behavior
      @   ensures \result <==> (-MAX_VALUE <= v && v <= MAX_VALUE);
      @   assignable \nothing;
      @*/
    public static boolean inRange(long v) {
        return -MAX_VALUE <= v && v <= MAX_VALUE;
    }
}
