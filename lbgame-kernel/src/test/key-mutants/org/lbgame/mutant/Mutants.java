package org.lbgame.mutant;

/**
 * Copies of kernel methods, each with one deliberate fault. KernelProofsIT asserts that KeY reports every contract
 * here OPEN: if one closes, the verifier is not checking what the build claims.
 */
public final class Mutants {

    /** Same bound as the kernel's Bounds.MAX_VALUE (2^60). */
    public static final long MAX_VALUE = 1152921504606846976L;

    private Mutants() {
    }

    /** AllZero.justOvertake with an off-by-one in the body: a tie counts as an overtake ({@code >=} for {@code >}). */
    /*@ public normal_behavior
      @   requires score != null && 0 <= k && k < score.length && 0 <= j && j < score.length;
      @   requires 0 <= tau && 0 <= horizon && score[k] != null && score[j] != null;
      @   requires tau + horizon < score[k].length && tau < score[j].length;
      @   ensures -1 <= \result && \result <= horizon;
      @   ensures \result >= 0 ==> score[k][tau + \result] > score[j][tau]
      @       && (\forall int e; 0 <= e && e < \result; score[k][tau + e] <= score[j][tau]);
      @   ensures \result == -1 ==> (\forall int e; 0 <= e && e <= horizon; score[k][tau + e] <= score[j][tau]);
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ int justOvertakeOffByOne(long[][] score, int tau,
            int horizon, int k, int j) {
        long target = score[j][tau];
        int e = 0;
        /*@ loop_invariant 0 <= e && e <= horizon + 1
          @   && (\forall int f; 0 <= f && f < e; score[k][tau + f] <= target);
          @ decreases horizon + 1 - e;
          @*/
        /*+KeY@ loop_writes \strictly_nothing; @*/
        /*-KeY@ loop_writes e; @*/
        while (e <= horizon && score[k][tau + e] < target) {
            e++;
        }
        return e <= horizon ? e : -1;
    }

    /** Ranking.rankOf with the wrong tie rule in the body: ties go to the higher index. */
    /*@ public normal_behavior
      @   requires s != null && 0 <= i && i < s.length;
      @   ensures \result == (\num_of int j; 0 <= j && j < s.length; s[j] > s[i] || (s[j] == s[i] && j < i));
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ int rankOfWrongTie(long[] s, int i) {
        int r = 0;
        /*@ loop_invariant 0 <= j && j <= s.length && 0 <= r && r <= j
          @   && r == (\num_of int m; 0 <= m && m < j; s[m] > s[i] || (s[m] == s[i] && m < i));
          @ decreases s.length - j;
          @*/
        /*+KeY@ loop_writes \strictly_nothing; @*/
        /*-KeY@ loop_writes r, j; @*/
        for (int j = 0; j < s.length; j++) {
            if (s[j] > s[i] || (s[j] == s[i] && j > i)) {
                r++;
            }
        }
        return r;
    }

    /** Utility-style difference without the magnitude bound: {@code reward - cost} can overflow a long. */
    /*@ public normal_behavior
      @   ensures \result == reward - cost;
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ long gainOverflow(long reward, long cost) {
        return reward - cost;
    }

    /** Threshold.leastTrue without the monotonicity precondition: binary search may miss the least index. */
    /*@ public normal_behavior
      @   requires holds != null;
      @   ensures 0 <= \result && \result <= holds.length;
      @   ensures (\forall int t; 0 <= t && t < \result; !holds[t]);
      @   ensures \result < holds.length ==> holds[\result];
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ int leastTrueNotMonotone(boolean[] holds) {
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
