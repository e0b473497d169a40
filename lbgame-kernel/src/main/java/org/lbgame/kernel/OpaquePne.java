package org.lbgame.kernel;

/**
 * The PNE verdict behind a public contract that names no definition: outside this class {@link #holds} is an
 * opaque predicate, so proofs about lists of profiles ({@link PneSearch}) pass it around without unfolding
 * {@link Equilibrium#isPne}'s chain of utilities and ranks. Its private specification case, seen only here, says it
 * is isPne; the lemmas below hand that link out where a caller needs it.
 */
public final class OpaquePne {

    private OpaquePne() {
    }

    /**
     * Whether {@code x} is a profile of the game's shape that is a PNE ({@link Equilibrium#isPne}); false off that
     * shape. Outside this class it is an opaque predicate defined everywhere.
     */
    /*@ public normal_behavior
      @   assignable \nothing;
      @ also
      @ private normal_behavior
      @   ensures \result == (shaped(score, cost, reward, tau, horizon, x)
      @       && Equilibrium.isPne(score, cost, reward, tau, horizon, x));
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean holds(long[][] score, long[][] cost,
            long[] reward, int tau, int horizon, int[] x) {
        return shaped(score, cost, reward, tau, horizon, x)
            && Equilibrium.isPneValue(score, cost, reward, tau, horizon, x);
    }

    /** Whether {@code x} is a profile of the game's shape, that is, whether {@link Equilibrium#isPne} applies to it. */
    /*@ public normal_behavior
      @   ensures \result <==> (score != null && cost != null && reward != null && x != null
      @       && cost.length == score.length && reward.length == score.length && x.length == score.length
      @       && 0 <= tau && 0 <= horizon
      @       && (\forall int m; 0 <= m && m < score.length; score[m] != null && cost[m] != null
      @           && tau + horizon < score[m].length && horizon < cost[m].length
      @           && 0 <= x[m] && x[m] <= horizon)
      @       && (\forall int m; 0 <= m && m < score.length; (\forall int e; 0 <= e && e <= horizon;
      @           -Bounds.MAX_VALUE <= cost[m][e] && cost[m][e] <= Bounds.MAX_VALUE))
      @       && (\forall int r; 0 <= r && r < reward.length;
      @           -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE));
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean shaped(long[][] score, long[][] cost,
            long[] reward, int tau, int horizon, int[] x) {
        if (score == null || cost == null || reward == null || x == null || cost.length != score.length
                || reward.length != score.length || x.length != score.length || tau < 0 || horizon < 0) {
            return false;
        }
        /*@ loop_invariant 0 <= m && m <= score.length
          @   && (\forall int p; 0 <= p && p < m; score[p] != null && cost[p] != null
          @       && tau + horizon < score[p].length && horizon < cost[p].length
          @       && 0 <= x[p] && x[p] <= horizon
          @       && (\forall int e; 0 <= e && e <= horizon;
          @           -Bounds.MAX_VALUE <= cost[p][e] && cost[p][e] <= Bounds.MAX_VALUE));
          @ decreases score.length - m;
          @*/
        /*+KeY@ loop_writes \strictly_nothing; @*/
        /*-KeY@ loop_writes m; @*/
        for (int m = 0; m < score.length; m++) {
            // horizon < length - tau: the same bound as tau + horizon < length, without an int wrap
            if (score[m] == null || cost[m] == null || horizon >= score[m].length - tau || horizon >= cost[m].length
                    || x[m] < 0 || x[m] > horizon) {
                return false;
            }
            // No return inside the inner loop: KeY's loop rule havocs the outer loop's return flag and value when the
            // inner loop's body writes them, and then has to prove the postcondition for a made-up "return true".
            int e = 0;
            /*@ loop_invariant 0 <= e && e <= horizon + 1 && (\forall int f; 0 <= f && f < e;
              @     -Bounds.MAX_VALUE <= cost[m][f] && cost[m][f] <= Bounds.MAX_VALUE);
              @ decreases horizon + 1 - e;
              @*/
            /*+KeY@ loop_writes \strictly_nothing; @*/
            /*-KeY@ loop_writes e; @*/
            while (e <= horizon && -Bounds.MAX_VALUE <= cost[m][e] && cost[m][e] <= Bounds.MAX_VALUE) {
                e++;
            }
            if (e <= horizon) {
                return false;
            }
        }
        /*@ loop_invariant 0 <= r && r <= reward.length && (\forall int p; 0 <= p && p < r;
          @     -Bounds.MAX_VALUE <= reward[p] && reward[p] <= Bounds.MAX_VALUE);
          @ decreases reward.length - r;
          @*/
        /*+KeY@ loop_writes \strictly_nothing; @*/
        /*-KeY@ loop_writes r; @*/
        for (int r = 0; r < reward.length; r++) {
            if (reward[r] < -Bounds.MAX_VALUE || reward[r] > Bounds.MAX_VALUE) {
                return false;
            }
        }
        return true;
    }

    /**
     * The one-profile list: {@code [a]} if {@code a} is a PNE, else empty; a profile with {@code a}'s entries gets
     * {@code a}'s verdict (the base of {@link PneSearch#pneAbove}).
     */
    /*@ public normal_behavior
      @   requires a != null;
      @   ensures \result != null && \fresh(\result);
      @   ensures \result.length == (holds(score, cost, reward, tau, horizon, a) ? 1 : 0);
      @   ensures \result.length == 1 ==> \result[0] == a;
      @   ensures (\forall int[] b; b != null && b.length == a.length
      @       && (\forall int q; 0 <= q && q < a.length; b[q] == a[q])
      @       ==> holds(score, cost, reward, tau, horizon, b) == holds(score, cost, reward, tau, horizon, a));
      @   assignable \nothing;
      @*/
    public static int[][] candidate(long[][] score, long[][] cost, long[] reward, int tau, int horizon, int[] a) {
        // Both possible results first, then the verdict: it is read in the heap the postcondition is evaluated in
        // (no dependency contract carries holds across an allocation).
        int[][] none = new int[0][];
        int[][] one = ProfileRows.single(a);
        boolean pne = holdsValue(score, cost, reward, tau, horizon, a);
        return pne ? one : none;
    }

    /**
     * Lemma: {@link #holds} of {@code a}, and a profile with {@code a}'s entries gets {@code a}'s verdict, in one heap
     * (the verdict of {@link #candidate}).
     */
    /*@ public normal_behavior
      @   requires a != null;
      @   ensures \result == holds(score, cost, reward, tau, horizon, a);
      @   ensures (\forall int[] b; b != null && b.length == a.length
      @       && (\forall int q; 0 <= q && q < a.length; b[q] == a[q])
      @       ==> holds(score, cost, reward, tau, horizon, b) == holds(score, cost, reward, tau, horizon, a));
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean holdsValue(long[][] score, long[][] cost,
            long[] reward, int tau, int horizon, int[] a) {
        boolean pne = holds(score, cost, reward, tau, horizon, a);
        // The shape reads only the entries, and on the shape isPne reads only the entries (sameVerdict).
        /*@ assert (\forall int[] b; b != null && b.length == a.length
          @     && (\forall int q; 0 <= q && q < a.length; b[q] == a[q])
          @     ==> shaped(score, cost, reward, tau, horizon, b) == shaped(score, cost, reward, tau, horizon, a)
          @         && (shaped(score, cost, reward, tau, horizon, a)
          @             ==> ProfileContents.sameVerdict(score, cost, reward, tau, horizon, a, b)));
          @*/
        return pne;
    }

    /** Lemma: {@link #holds} is {@link Equilibrium#isPne} on every profile of the game's shape; always true. */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null;
      @   requires cost.length == score.length && reward.length == score.length && 0 <= tau && 0 <= horizon;
      @   requires (\forall int m; 0 <= m && m < score.length; score[m] != null && cost[m] != null
      @       && tau + horizon < score[m].length && horizon < cost[m].length);
      @   requires (\forall int m; 0 <= m && m < score.length; (\forall int e; 0 <= e && e <= horizon;
      @       -Bounds.MAX_VALUE <= cost[m][e] && cost[m][e] <= Bounds.MAX_VALUE));
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   ensures \result && (\forall int[] x; x != null && x.length == score.length
      @       && (\forall int q; 0 <= q && q < score.length; 0 <= x[q] && x[q] <= horizon)
      @       ==> holds(score, cost, reward, tau, horizon, x) == Equilibrium.isPne(score, cost, reward, tau, horizon, x));
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean holdsIsPne(long[][] score, long[][] cost,
            long[] reward, int tau, int horizon) {
        return true;
    }
}
