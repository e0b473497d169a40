package org.lbgame.kernel;

/**
 * How many profiles a part of the search covers: {@code (hi - lo) (E+1)^(m-1)}. Outside this class the count is an
 * opaque number with linear lemmas (split, descend, top), so that the search's proofs stay in linear arithmetic;
 * the product itself is visible only here, in a private specification case.
 */
public final class ProfileSpan {

    private ProfileSpan() {
    }

    /**
     * The number of profiles that fix models {@code m..n-1} and give model {@code m - 1} an effort in
     * {@code lo..hi-1}, that is {@code (hi - lo) (E+1)^(m-1)}, or {@code MAX_PROFILES + 1} when that exceeds
     * {@link Enumeration#MAX_PROFILES} or the arguments name no such part. A spec-only observer: the product never
     * runs it.
     */
    /*@ public normal_behavior
      @   ensures 0 <= \result && \result <= Enumeration.MAX_PROFILES + 1;
      @   assignable \nothing;
      @ also
      @ private normal_behavior
      @   ensures (1 <= m && 0 <= lo && lo <= hi && 0 <= horizon && hi <= horizon + 1 && horizon < Enumeration.MAX_PROFILES
      @           && Enumeration.profilePower((int) (m - 1), horizon) >= 1
      @           && (hi - lo) * Enumeration.profilePower((int) (m - 1), horizon) <= Enumeration.MAX_PROFILES)
      @       ? \result == (hi - lo) * Enumeration.profilePower((int) (m - 1), horizon)
      @       : \result == Enumeration.MAX_PROFILES + 1;
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ int span(int m, int lo, int hi, int horizon) {
        if (m < 1 || lo < 0 || hi < lo || horizon < 0 || horizon >= Enumeration.MAX_PROFILES || hi > horizon + 1) {
            return Enumeration.MAX_PROFILES + 1;
        }
        int width = Enumeration.profilePowerValue(m - 1, horizon);
        if (width < 1) {
            return Enumeration.MAX_PROFILES + 1;
        }
        if (hi == lo) {
            return 0;
        }
        // (hi - lo) * width, or -1 past MAX_PROFILES (repeated addition, linear for the provers)
        int count = Enumeration.scaledCount(width, hi - lo - 1);
        return count < 1 ? Enumeration.MAX_PROFILES + 1 : count;
    }

    /** Lemma: a part split at {@code mid} covers its two halves; always true. */
    /*@ public normal_behavior
      @   requires 1 <= m && 0 <= lo && lo <= mid && mid <= hi
      @       && span(m, lo, hi, horizon) <= Enumeration.MAX_PROFILES;
      @   ensures \result && span(m, lo, hi, horizon) == span(m, lo, mid, horizon) + span(m, mid, hi, horizon);
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean spanSplit(int m, int lo, int mid, int hi,
            int horizon) {
        // The halves' products (mid - lo) * P and (hi - mid) * P are >= 0 (each is the positive value or the overflow
        // of scaledCount, whose contract names the product as one term), so both halves meet span's private case.
        if (horizon >= 0 && hi <= Enumeration.MAX_PROFILES) {
            int width = Enumeration.profilePowerValue(m - 1, horizon);
            if (width >= 1) {
                if (mid > lo) {
                    int low = Enumeration.scaledCount(width, mid - lo - 1);
                }
                if (hi > mid) {
                    int high = Enumeration.scaledCount(width, hi - mid - 1);
                }
            }
        }
        return true;
    }

    /**
     * Lemma: one effort of model {@code m - 1} covers one profile when {@code m == 1}, else every effort range of the
     * model below; always true.
     */
    /*@ public normal_behavior
      @   requires 1 <= m && 0 <= lo && span(m, lo, (int) (lo + 1), horizon) <= Enumeration.MAX_PROFILES;
      @   ensures \result && (m == 1 ==> span(m, lo, (int) (lo + 1), horizon) == 1);
      @   ensures m >= 2 ==> span(m, lo, (int) (lo + 1), horizon) == span((int) (m - 1), 0, (int) (horizon + 1), horizon);
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean spanDescends(int m, int lo, int horizon) {
        if (m >= 2) {
            boolean below = Enumeration.profilePowerStep(m - 2, horizon);
        }
        return true;
    }

    /** Lemma: every effort of the last of {@code n} models covers all {@code (E+1)^n} profiles; always true. */
    /*@ public normal_behavior
      @   requires 1 <= n && 0 <= horizon && Enumeration.profilePower(n, horizon) >= 1;
      @   ensures \result && span(n, 0, (int) (horizon + 1), horizon) == Enumeration.profilePower(n, horizon);
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean spanTop(int n, int horizon) {
        boolean step = Enumeration.profilePowerStep(n - 1, horizon);
        return true;
    }
}
