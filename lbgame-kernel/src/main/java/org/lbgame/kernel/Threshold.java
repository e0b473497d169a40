package org.lbgame.kernel;

/** Monotone threshold search (Prop 5.3, Def 5.4). */
public final class Threshold {

    private Threshold() {
    }

    /** Least {@code t} with {@code holds[t]}, or {@code holds.length} if none; {@code holds} must be monotone. */
    /*@ public normal_behavior
      @   requires holds != null;
      @   requires (\forall int a, b; 0 <= a && a <= b && b < holds.length; holds[a] ==> holds[b]);
      @   ensures 0 <= \result && \result <= holds.length;
      @   ensures (\forall int t; 0 <= t && t < \result; !holds[t]);
      @   ensures \result < holds.length ==> holds[\result];
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ int leastTrue(boolean[] holds) {
        int lo = 0;
        int hi = holds.length;
        /*@ loop_invariant 0 <= lo && lo <= hi && hi <= holds.length
          @   && (\forall int t; 0 <= t && t < lo; !holds[t])
          @   && (hi < holds.length ==> holds[hi]);
          @ decreases hi - lo;
          @*/
        /*+KeY@ loop_writes \strictly_nothing; @*/
        /*-KeY@ loop_writes lo, hi; @*/
        while (lo < hi) {
            int mid = lo + (hi - lo) / 2;
            if (holds[mid]) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
