package org.lbgame.kernel;

/** Monotone threshold search (Prop 5.3, Def 5.4). */
public final class Threshold {

    private Threshold() {
    }

    /** Least {@code t} with {@code holds[t]}, or {@code holds.length} if none; {@code holds} must be monotone. */
    public static int leastTrue(boolean[] holds) {
        int lo = 0;
        int hi = holds.length;
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
