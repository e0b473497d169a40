package org.lbgame.kernel;

/**
 * Lemma 5.2 on the discrete game ("TbT increases the leaderboard climbing cost"): one more step of tune-before-test
 * does not lower the least effort {@code Delta_{k->j}} by which model {@code k} overtakes a stronger model {@code j}.
 */
public final class ClimbingCost {

    private ClimbingCost() {
    }

    /**
     * Lemma 5.2 for the pair {@code j < k} from {@code tau} to {@code tau + 1}: if {@code k} can overtake {@code j}
     * within the horizon at {@code tau + 1}, it can at {@code tau}, with at most as much effort.
     *
     * <p>Hypotheses: C3 on the reach inverses ({@link Validity#gapOrdered}) at the two levels just above {@code j}'s
     * scores at {@code tau} and {@code tau + 1} (the least score that beats each: {@code s + 1}); {@code k}'s row
     * nondecreasing; {@code j}'s row strictly increasing at {@code tau} and not above {@code score[j][tau]} before.
     * The strict increase is needed on a grid: where {@code j}'s row is flat, the same target is one step nearer at
     * {@code tau + 1} and {@code Delta} drops by one. The bounds on {@code j}'s two scores are true of every
     * {@code long} but unknown to KeY (array elements carry no range); the upper one excludes {@code Long.MAX_VALUE},
     * which nothing beats.
     */
    /*@ public normal_behavior
      @   requires score != null && 0 <= j && j < k && k < score.length && score[j] != null && score[k] != null;
      @   requires 0 <= tau && 0 <= horizon && tau + 1 + horizon < score[k].length && tau + 1 < score[j].length;
      @   requires (\forall int a, b; 0 <= a && a <= b && b <= tau + 1 + horizon; score[k][a] <= score[k][b]);
      @   requires (\forall int y; 0 <= y && y <= tau; score[j][y] <= score[j][tau]);
      @   requires -9223372036854775807L - 1 <= score[j][tau] && score[j][tau] < score[j][tau + 1]
      @       && score[j][tau + 1] < 9223372036854775807L;
      @   requires Validity.gapOrdered(score[j], score[k], (long) (score[j][tau] + 1), (long) (score[j][tau + 1] + 1));
      @   ensures \result && (AllZero.justOvertake(score, (int) (tau + 1), horizon, k, j) >= 0
      @       ==> 0 <= AllZero.justOvertake(score, tau, horizon, k, j)
      @           && AllZero.justOvertake(score, tau, horizon, k, j) <= AllZero.justOvertake(score, (int) (tau + 1), horizon, k, j));
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean overtakeEffortGrows(long[][] score, int tau,
            int horizon, int k, int j) {
        int later = AllZeroPaid.leastOvertake(score, tau + 1, horizon, k, j);
        if (later < 0) {
            return true;
        }
        long v = score[j][tau] + 1;
        long w = score[j][tau + 1] + 1;
        // j reaches v by tau + 1 and w only after it; k reaches w by tau + 1 + later. Only the bound X_j(v) <= tau + 1
        // is needed: with the equation X_j(v) = tau + 1 (reachIs) KeY rewrote tau as X_j(v) - 1 everywhere and the
        // row hypotheses no longer matched reachedBy's precondition (measured: 17 goals open at 20,539 steps)
        boolean jv = ReachInverse.reachAtMost(score[j], v, tau + 1);
        boolean jw = ReachInverse.reachAtLeast(score[j], w, tau + 2);
        boolean kw = ReachInverse.reachAtMost(score[k], w, tau + 1 + later);
        // C3 (D(v) <= D(w)): k reaches v by tau + later, so k playing later at tau already passes j
        //@ assert Validity.reach(score[k], v) <= tau + later;
        boolean mono = TableShape.nondecreasingBelow(score[k], tau + later, tau + 1 + horizon);
        boolean kv = ReachInverse.reachedBy(score[k], v, tau + later);
        int now = AllZeroPaid.leastOvertake(score, tau, horizon, k, j);
        //@ assert score[k][tau + later] > score[j][tau];
        return true;
    }

    /**
     * Whether no least overtake effort shrinks from {@code tau} to {@code tau + 1}: for every {@code j < k}, if
     * {@code k} can overtake {@code j} within the horizon at {@code tau + 1}, it can at {@code tau} with at most as
     * much effort. Lemma 5.2's conclusion for every pair, checked exactly (the hypothesis of
     * {@link TbtStability#allZeroPnePersists}).
     */
    /*@ public normal_behavior
      @   requires score != null && 0 <= tau && 0 <= horizon && tau + 1 + horizon < 2147483647;
      @   requires (\forall int m; 0 <= m && m < score.length; score[m] != null && tau + 1 + horizon < score[m].length);
      @   ensures \result <==> (\forall int k; 0 <= k && k < score.length; (\forall int j; 0 <= j && j < k;
      @       AllZero.justOvertake(score, (int) (tau + 1), horizon, k, j) >= 0
      @       ==> 0 <= AllZero.justOvertake(score, tau, horizon, k, j)
      @           && AllZero.justOvertake(score, tau, horizon, k, j) <= AllZero.justOvertake(score, (int) (tau + 1), horizon, k, j)));
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean effortsGrow(long[][] score, int tau,
            int horizon) {
        /*@ loop_invariant 0 <= k && k <= score.length && (\forall int q; 0 <= q && q < k; (\forall int j; 0 <= j && j < q;
          @       AllZero.justOvertake(score, (int) (tau + 1), horizon, q, j) >= 0
          @       ==> 0 <= AllZero.justOvertake(score, tau, horizon, q, j)
          @           && AllZero.justOvertake(score, tau, horizon, q, j) <= AllZero.justOvertake(score, (int) (tau + 1), horizon, q, j)));
          @ decreases score.length - k;
          @*/
        /*+KeY@ loop_writes \strictly_nothing; @*/
        /*-KeY@ loop_writes k; @*/
        for (int k = 0; k < score.length; k++) {
            if (!effortsGrowFor(score, tau, horizon, k)) {
                return false;
            }
        }
        return true;
    }

    /** Lemma: model {@code k}'s row of {@link #effortsGrow}'s conclusion (always true). */
    /*@ public normal_behavior
      @   requires score != null && 0 <= tau && 0 <= horizon && tau + 1 + horizon < 2147483647;
      @   requires (\forall int m; 0 <= m && m < score.length; score[m] != null && tau + 1 + horizon < score[m].length);
      @   requires ClimbingCost.effortsGrow(score, tau, horizon);
      @   requires 0 <= k && k < score.length;
      @   ensures \result && (\forall int j; 0 <= j && j < k;
      @       AllZero.justOvertake(score, (int) (tau + 1), horizon, k, j) >= 0
      @       ==> 0 <= AllZero.justOvertake(score, tau, horizon, k, j)
      @           && AllZero.justOvertake(score, tau, horizon, k, j) <= AllZero.justOvertake(score, (int) (tau + 1), horizon, k, j));
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean effortsGrowAt(long[][] score, int tau,
            int horizon, int k) {
        return true;
    }

    /** {@link #effortsGrow} for model {@code k} against every stronger {@code j < k}. */
    /*@ public normal_behavior
      @   requires score != null && 0 <= tau && 0 <= horizon && tau + 1 + horizon < 2147483647;
      @   requires (\forall int m; 0 <= m && m < score.length; score[m] != null && tau + 1 + horizon < score[m].length);
      @   requires 0 <= k && k < score.length;
      @   ensures \result <==> (\forall int j; 0 <= j && j < k;
      @       AllZero.justOvertake(score, (int) (tau + 1), horizon, k, j) >= 0
      @       ==> 0 <= AllZero.justOvertake(score, tau, horizon, k, j)
      @           && AllZero.justOvertake(score, tau, horizon, k, j) <= AllZero.justOvertake(score, (int) (tau + 1), horizon, k, j));
      @   assignable \nothing;
      @*/
    private static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean effortsGrowFor(long[][] score, int tau,
            int horizon, int k) {
        /*@ loop_invariant 0 <= j && j <= k && (\forall int p; 0 <= p && p < j;
          @       AllZero.justOvertake(score, (int) (tau + 1), horizon, k, p) >= 0
          @       ==> 0 <= AllZero.justOvertake(score, tau, horizon, k, p)
          @           && AllZero.justOvertake(score, tau, horizon, k, p) <= AllZero.justOvertake(score, (int) (tau + 1), horizon, k, p));
          @ decreases k - j;
          @*/
        /*+KeY@ loop_writes \strictly_nothing; @*/
        /*-KeY@ loop_writes j; @*/
        for (int j = 0; j < k; j++) {
            int later = AllZero.justOvertakeValue(score, tau + 1, horizon, k, j);
            int now = AllZero.justOvertakeValue(score, tau, horizon, k, j);
            if (later >= 0 && (now < 0 || now > later)) {
                return false;
            }
        }
        return true;
    }
}
