package org.lbgame.kernel;

/** Checks verdict certificates without trusting the solver (formats in {@code specs/certificates.md}). */
public final class Certificates {

    private Certificates() {
    }

    /** Whether the hypotheses under which the jump conditions decide the all-zero PNE hold at {@code tau}. */
    public static boolean prop45Hypotheses(long[][] score, long[][] cost, long[] reward, int tau, int horizon) {
        if (!Validity.wellFormed(score, cost, reward, tau, horizon)
                || !Validity.columnStrictlyDecreasing(score, tau) || !Validity.rewardsNonIncreasing(reward)) {
            return false;
        }
        for (int i = 0; i < score.length; i++) {
            for (int e = 0; e < horizon; e++) {
                if (score[i][tau + e] > score[i][tau + e + 1] || cost[i][e] > cost[i][e + 1]) {
                    return false;
                }
            }
            if (cost[i][0] != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * "All-zero is a PNE at tau": {@code jump[k][j]} (for {@code j < k}) is the claimed {@code Delta_{k->j}} or -1.
     * Accepts iff the Prop 4.5 hypotheses hold, every claimed overtake effort is the least one (or none exists within
     * the horizon), and every jump condition holds.
     */
    public static boolean checkAllZeroPne(long[][] score, long[][] cost, long[] reward, int tau, int horizon,
            int[][] jump) {
        if (!prop45Hypotheses(score, cost, reward, tau, horizon) || jump.length != score.length) {
            return false;
        }
        for (int k = 1; k < score.length; k++) {
            if (jump[k] == null || jump[k].length < k) {
                return false;
            }
            for (int j = 0; j < k; j++) {
                int d = jump[k][j];
                if (d != AllZero.justOvertake(score, tau, horizon, k, j)) {
                    return false;
                }
                if (d >= 0 && cost[k][d] < reward[j] - reward[k]) {
                    return false;
                }
            }
        }
        return true;
    }

    /** "Profile {@code effort} is not a PNE": accepts iff model {@code i} strictly gains by playing {@code e}. */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null && effort != null;
      @   requires (\forall int m; 0 <= m && m < cost.length; cost[m] != null
      @       && (\forall int x; 0 <= x && x < cost[m].length;
      @           -Bounds.MAX_VALUE <= cost[m][x] && cost[m][x] <= Bounds.MAX_VALUE));
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   ensures \result ==> (0 <= i && i < score.length && 0 <= e && e <= horizon
      @       && Utility.deviationUtility(score, cost, reward, tau, effort, i, e)
      @           > Utility.deviationUtility(score, cost, reward, tau, effort, i, effort[i]));
      @   assignable \nothing;
      @*/
    public static boolean checkProfitableDeviation(long[][] score, long[][] cost, long[] reward, int tau,
            int horizon, int[] effort, int i, int e) {
        if (!Validity.wellFormed(score, cost, reward, tau, horizon) || effort.length != score.length
                || i < 0 || i >= score.length || e < 0 || e > horizon) {
            return false;
        }
        boolean ok = true;
        int m = 0;
        /*@ loop_invariant 0 <= m && m <= effort.length
          @   && (ok <==> (\forall int q; 0 <= q && q < m; 0 <= effort[q] && effort[q] <= horizon));
          @ decreases effort.length - m;
          @*/
        /*+KeY@ loop_writes \strictly_nothing; @*/
        /*-KeY@ loop_writes ok, m; @*/
        while (ok && m < effort.length) {
            ok = effort[m] >= 0 && effort[m] <= horizon;
            m++;
        }
        return ok && Utility.deviationUtility(score, cost, reward, tau, effort, i, e)
                > Utility.deviationUtility(score, cost, reward, tau, effort, i, effort[i]);
    }

    /** "All-zero is not a PNE at tau": accepts iff model {@code i} strictly gains by {@code e} against all-zero. */
    public static boolean checkAllZeroNotPne(long[][] score, long[][] cost, long[] reward, int tau, int horizon,
            int i, int e) {
        return checkProfitableDeviation(score, cost, reward, tau, horizon, new int[score.length], i, e);
    }

    /**
     * "tau* = tauStar": {@code jumpAtStar} certifies all-zero at {@code tauStar}, and unless {@code tauStar == 0},
     * {@code (i, e)} is a profitable deviation from all-zero at {@code tauStar - 1}. Leastness below
     * {@code tauStar - 1} follows from Prop 5.3 (monotonicity), which this check does not re-prove.
     */
    public static boolean checkThreshold(long[][] score, long[][] cost, long[] reward, int tauStar, int horizon,
            int[][] jumpAtStar, int i, int e) {
        if (!checkAllZeroPne(score, cost, reward, tauStar, horizon, jumpAtStar)) {
            return false;
        }
        return tauStar == 0 || checkAllZeroNotPne(score, cost, reward, tauStar - 1, horizon, i, e);
    }

    /** "The PNE set is exactly {@code claimed}", in Gambit order; accepts iff it equals the exhaustive enumeration. */
    public static boolean checkPneSet(long[][] score, long[][] cost, long[] reward, int tau, int horizon,
            int[][] claimed) {
        if (!Validity.wellFormed(score, cost, reward, tau, horizon)
                || Enumeration.profileCount(score.length, horizon) < 0) {
            return false;
        }
        int[][] actual = Enumeration.allPne(score, cost, reward, tau, horizon);
        if (claimed.length != actual.length) {
            return false;
        }
        for (int p = 0; p < actual.length; p++) {
            if (claimed[p] == null || claimed[p].length != actual[p].length) {
                return false;
            }
            for (int m = 0; m < actual[p].length; m++) {
                if (claimed[p][m] != actual[p][m]) {
                    return false;
                }
            }
        }
        return true;
    }
}
