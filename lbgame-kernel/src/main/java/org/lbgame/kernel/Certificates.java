package org.lbgame.kernel;

/** Checks verdict certificates without trusting the solver (formats in {@code specs/certificates.md}). */
public final class Certificates {

    private Certificates() {
    }

    /**
     * Whether the hypotheses {@code H} of Prop 4.5 hold at {@code tau}: the tables fit, C1 at {@code tau}, rewards
     * non-increasing, and every model's rows satisfy the row hypotheses (score row nondecreasing and concave, cost row zero at 0, nondecreasing and convex).
     */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null;
      @   ensures \result <==> (0 <= tau && 0 <= horizon && tau + horizon < 2147483647
      @       && score.length >= 1 && cost.length == score.length && reward.length == score.length
      @       && (\forall int m; 0 <= m && m < score.length; score[m] != null && cost[m] != null
      @           && tau + horizon < score[m].length && horizon < cost[m].length)
      @       && (\forall int a, b; 0 <= a && a < b && b < score.length; score[a][tau] > score[b][tau])
      @       && (\forall int a, b; 0 <= a && a <= b && b < reward.length; reward[a] >= reward[b])
      @       && (\forall int m; 0 <= m && m < score.length; cost[m][0] == 0
      @           && (\forall int a, b; 0 <= a && a <= b && b <= horizon; cost[m][a] <= cost[m][b])
      @           && (\forall int a, b; tau <= a && a <= b && b <= tau + horizon; score[m][a] <= score[m][b])));
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean prop45Hypotheses(long[][] score,
            long[][] cost, long[] reward, int tau, int horizon) {
        return Validity.wellFormed(score, cost, reward, tau, horizon) && Validity.columnStrictlyDecreasing(score, tau)
                && Validity.rewardsNonIncreasing(reward) && everyRowHypotheses(score, cost, tau, horizon);
    }

    /** The row hypotheses (score row nondecreasing and concave, cost row zero at 0, nondecreasing and convex) for every model. */
    /*@ public normal_behavior
      @   requires score != null && cost != null && cost.length == score.length && 0 <= tau && 0 <= horizon;
      @   requires (\forall int m; 0 <= m && m < score.length; score[m] != null && cost[m] != null
      @       && tau + horizon < score[m].length && horizon < cost[m].length);
      @   ensures \result <==> (\forall int m; 0 <= m && m < score.length; cost[m][0] == 0
      @       && (\forall int a, b; 0 <= a && a <= b && b <= horizon; cost[m][a] <= cost[m][b])
      @       && (\forall int a, b; tau <= a && a <= b && b <= tau + horizon; score[m][a] <= score[m][b]));
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean everyRowHypotheses(long[][] score,
            long[][] cost, int tau, int horizon) {
        return costsStartAtZero(cost) && nondecreasingRows(cost, 0, horizon)
                && nondecreasingRows(score, tau, horizon);
    }

    /** Whether every cost row starts at {@code C[0] = 0}. */
    /*@ private normal_behavior
      @   requires cost != null;
      @   requires (\forall int m; 0 <= m && m < cost.length; cost[m] != null && 0 < cost[m].length);
      @   ensures \result <==> (\forall int m; 0 <= m && m < cost.length; cost[m][0] == 0);
      @   assignable \nothing;
      @*/
    private static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean costsStartAtZero(long[][] cost) {
        /*@ loop_invariant 0 <= m && m <= cost.length
          @   && (\forall int p; 0 <= p && p < m; cost[p][0] == 0);
          @ decreases cost.length - m;
          @*/
        /*+KeY@ loop_writes \strictly_nothing; @*/
        /*-KeY@ loop_writes m; @*/
        for (int m = 0; m < cost.length; m++) {
            if (cost[m][0] != 0) {
                return false;
            }
        }
        return true;
    }

    /** {@link #nondecreasingOn} for every row on {@code from..from+span} (the sum is formed only for a row). */
    /*@ private normal_behavior
      @   requires rows != null && 0 <= from && 0 <= span;
      @   requires (\forall int m; 0 <= m && m < rows.length; rows[m] != null && from + span < rows[m].length);
      @   ensures \result <==> (\forall int m; 0 <= m && m < rows.length;
      @       (\forall int a, b; from <= a && a <= b && b <= from + span; rows[m][a] <= rows[m][b]));
      @   assignable \nothing;
      @*/
    private static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean nondecreasingRows(long[][] rows, int from,
            int span) {
        /*@ loop_invariant 0 <= m && m <= rows.length
          @   && (\forall int p; 0 <= p && p < m;
          @       (\forall int a, b; from <= a && a <= b && b <= from + span; rows[p][a] <= rows[p][b]));
          @ decreases rows.length - m;
          @*/
        /*+KeY@ loop_writes \strictly_nothing; @*/
        /*-KeY@ loop_writes m; @*/
        for (int m = 0; m < rows.length; m++) {
            // The precondition's instance at m, which Z3 does not find by itself (it answered unknown).
            /*-KeY@ assert rows[m] != null && from + span < rows[m].length; @*/
            if (!nondecreasingOn(rows[m], from, from + span)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code row[a] <= row[b]} for every {@code from <= a <= b <= to} (checked adjacently). */
    /*@ public normal_behavior
      @   requires row != null && 0 <= from && from <= to && to < row.length;
      @   ensures \result <==> (\forall int a, b; from <= a && a <= b && b <= to; row[a] <= row[b]);
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean nondecreasingOn(long[] row, int from, int to) {
        int x = from;
        /*@ loop_invariant from <= x && x <= to
          @   && (\forall int a, b; from <= a && a <= b && b <= x; row[a] <= row[b]);
          @ decreases to - x;
          @*/
        /*+KeY@ loop_writes \strictly_nothing; @*/
        /*-KeY@ loop_writes x; @*/
        while (x < to && row[x] <= row[x + 1]) {
            x++;
        }
        return x >= to;
    }

    /**
     * "All-zero is a PNE at tau": {@code jump[k][j]} (for {@code j < k}) is the claimed {@code Delta_{k->j}} or -1.
     * Accepts iff the Prop 4.5 hypotheses hold, every claimed overtake effort is the least one (or none exists within
     * the horizon), every jump condition holds, and no model gains against all-zero, checked directly. By Prop 4.5
     * the last check never rejects a table the others accept (tested; proved one model at a time in
     * {@code AllZeroPaid}, open over all models): it is there so that soundness rests on proved contracts only.
     */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null && jump != null;
      @   requires (\forall int m; 0 <= m && m < cost.length; cost[m] != null
      @       && (\forall int x; 0 <= x && x < cost[m].length;
      @           -Bounds.MAX_VALUE <= cost[m][x] && cost[m][x] <= Bounds.MAX_VALUE));
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   ensures \result ==> (prop45Hypotheses(score, cost, reward, tau, horizon) && jump.length == score.length
      @       && (\forall int k; 1 <= k && k < score.length; jump[k] != null && jump[k].length >= k
      @           && (\forall int j; 0 <= j && j < k; jump[k][j] == AllZero.justOvertake(score, tau, horizon, k, j)
      @               && (jump[k][j] >= 0 ==> cost[k][jump[k][j]] >= reward[j] - reward[k])))
      @       && (\forall int i; 0 <= i && i < score.length; (\forall int e; 1 <= e && e <= horizon;
      @           AllZeroGain.allZeroUtility(score, cost, reward, tau, i, e)
      @               <= AllZeroGain.allZeroUtility(score, cost, reward, tau, i, 0))));
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean checkAllZeroPne(long[][] score, long[][] cost,
            long[] reward, int tau, int horizon, int[][] jump) {
        return AllZeroCertificate.noModelGains(score, cost, reward, tau, horizon)
                && AllZeroCertificate.jumpTableHolds(score, cost, reward, tau, horizon, jump);
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
        return effortsFit(score, tau, horizon, effort)
                && gainsByDeviation(score, cost, reward, tau, horizon, effort, i, e);
    }

    /** Whether every effort lies in {@code 0..E} (then every model's score row covers it). */
    /*@ private normal_behavior
      @   requires score != null && effort != null && effort.length == score.length && 0 <= tau && 0 <= horizon;
      @   requires (\forall int m; 0 <= m && m < score.length; score[m] != null && tau + horizon < score[m].length);
      @   ensures \result <==> (\forall int m; 0 <= m && m < score.length; 0 <= effort[m] && effort[m] <= horizon);
      @   ensures \result ==> (\forall int m; 0 <= m && m < score.length;
      @       score[m] != null && 0 <= effort[m] && tau + effort[m] < score[m].length);
      @   assignable \nothing;
      @*/
    private static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean effortsFit(long[][] score, int tau,
            int horizon, int[] effort) {
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
        return ok;
    }

    /** Whether model {@code i} strictly gains by playing {@code e} instead of {@code effort[i]}. */
    /*@ private normal_behavior
      @   requires score != null && cost != null && reward != null && effort != null;
      @   requires cost.length == score.length && reward.length == score.length && effort.length == score.length;
      @   requires 0 <= i && i < score.length && 0 <= tau && 0 <= e && e <= horizon;
      @   requires (\forall int m; 0 <= m && m < score.length;
      @       score[m] != null && 0 <= effort[m] && tau + effort[m] < score[m].length);
      @   requires effort[i] <= horizon && tau + horizon < score[i].length && cost[i] != null && horizon < cost[i].length;
      @   requires (\forall int x; 0 <= x && x < cost[i].length;
      @       -Bounds.MAX_VALUE <= cost[i][x] && cost[i][x] <= Bounds.MAX_VALUE);
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   ensures \result <==> Utility.deviationUtility(score, cost, reward, tau, effort, i, e)
      @       > Utility.deviationUtility(score, cost, reward, tau, effort, i, effort[i]);
      @   assignable \nothing;
      @*/
    private static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean gainsByDeviation(long[][] score,
            long[][] cost, long[] reward, int tau, int horizon, int[] effort, int i, int e) {
        return Utility.deviationUtilityValue(score, cost, reward, tau, effort, i, e)
                > Utility.deviationUtilityValue(score, cost, reward, tau, effort, i, effort[i]);
    }

    /**
     * "All-zero is not a PNE at tau": accepts iff model {@code i} strictly gains by {@code e} against all-zero (the
     * same test as {@link #checkProfitableDeviation} on the all-zero profile, with the rank at all-zero).
     */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null;
      @   requires (\forall int m; 0 <= m && m < cost.length; cost[m] != null
      @       && (\forall int x; 0 <= x && x < cost[m].length;
      @           -Bounds.MAX_VALUE <= cost[m][x] && cost[m][x] <= Bounds.MAX_VALUE));
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   ensures \result <==> (Validity.wellFormed(score, cost, reward, tau, horizon)
      @       && 0 <= i && i < score.length && 1 <= e && e <= horizon
      @       && reward[AllZero.rankAtAllZero(score, tau, i, e)] - cost[i][e]
      @           > reward[AllZero.rankAtAllZero(score, tau, i, 0)] - cost[i][0]);
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean checkAllZeroNotPne(long[][] score,
            long[][] cost, long[] reward, int tau, int horizon, int i, int e) {
        return tablesFit(score, cost, reward, tau, horizon)
                && gainsWithinHorizon(score, cost, reward, tau, horizon, i, e);
    }

    /** {@link Validity#wellFormed}, with the contract naming its result as the query (for callers' postconditions). */
    /*@ private normal_behavior
      @   requires score != null && cost != null && reward != null;
      @   ensures \result == Validity.wellFormed(score, cost, reward, tau, horizon);
      @   ensures \result <==> (0 <= tau && 0 <= horizon && tau + horizon < 2147483647
      @       && score.length >= 1 && cost.length == score.length
      @       && reward.length == score.length
      @       && (\forall int m; 0 <= m && m < score.length; score[m] != null && cost[m] != null
      @           && tau + horizon < score[m].length && horizon < cost[m].length));
      @   assignable \nothing;
      @*/
    private static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean tablesFit(long[][] score, long[][] cost,
            long[] reward, int tau, int horizon) {
        return Validity.wellFormed(score, cost, reward, tau, horizon);
    }

    /** {@link #checkAllZeroNotPne} on well-formed tables: {@code (i, e)} is in range and model {@code i} gains. */
    /*@ private normal_behavior
      @   requires score != null && cost != null && reward != null;
      @   requires 0 <= tau && 0 <= horizon && tau + horizon < 2147483647
      @       && score.length >= 1 && cost.length == score.length
      @       && reward.length == score.length
      @       && (\forall int m; 0 <= m && m < score.length; score[m] != null && cost[m] != null
      @           && tau + horizon < score[m].length && horizon < cost[m].length);
      @   requires (\forall int m; 0 <= m && m < cost.length; cost[m] != null
      @       && (\forall int x; 0 <= x && x < cost[m].length;
      @           -Bounds.MAX_VALUE <= cost[m][x] && cost[m][x] <= Bounds.MAX_VALUE));
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   ensures \result <==> (0 <= i && i < score.length && 1 <= e && e <= horizon
      @       && reward[AllZero.rankAtAllZero(score, tau, i, e)] - cost[i][e]
      @           > reward[AllZero.rankAtAllZero(score, tau, i, 0)] - cost[i][0]);
      @   assignable \nothing;
      @*/
    private static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean gainsWithinHorizon(long[][] score,
            long[][] cost, long[] reward, int tau, int horizon, int i, int e) {
        if (i < 0 || i >= score.length || e < 1 || e > horizon) {
            return false; // e == 0 is all-zero itself: no strict gain
        }
        //@ assert cost[i] != null && horizon < cost[i].length && tau + horizon < score[i].length;
        //@ assert -Bounds.MAX_VALUE <= cost[i][e] && cost[i][e] <= Bounds.MAX_VALUE;
        //@ assert -Bounds.MAX_VALUE <= cost[i][0] && cost[i][0] <= Bounds.MAX_VALUE;
        //@ assert (\forall int m; 0 <= m && m < score.length; score[m] != null && tau < score[m].length);
        return gainsAtAllZero(score, cost, reward, tau, i, e);
    }

    /** Whether model {@code i} strictly gains by playing {@code e} while every other model plays 0. */
    /*@ private normal_behavior
      @   requires score != null && cost != null && reward != null;
      @   requires cost.length == score.length && reward.length == score.length;
      @   requires 0 <= i && i < score.length && 0 <= tau && 0 <= e;
      @   requires (\forall int m; 0 <= m && m < score.length; score[m] != null && tau < score[m].length);
      @   requires tau + e < score[i].length && cost[i] != null && e < cost[i].length;
      @   requires -Bounds.MAX_VALUE <= cost[i][e] && cost[i][e] <= Bounds.MAX_VALUE;
      @   requires -Bounds.MAX_VALUE <= cost[i][0] && cost[i][0] <= Bounds.MAX_VALUE;
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   ensures \result <==> reward[AllZero.rankAtAllZero(score, tau, i, e)] - cost[i][e]
      @       > reward[AllZero.rankAtAllZero(score, tau, i, 0)] - cost[i][0];
      @   assignable \nothing;
      @*/
    private static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean gainsAtAllZero(long[][] score, long[][] cost,
            long[] reward, int tau, int i, int e) {
        return AllZeroGain.allZeroUtility(score, cost, reward, tau, i, e)
                > AllZeroGain.allZeroUtility(score, cost, reward, tau, i, 0);
    }

    /**
     * "tau* = tauStar": {@code jumpAtStar} certifies all-zero at {@code tauStar}, and unless {@code tauStar == 0},
     * {@code (i, e)} is a profitable deviation from all-zero at {@code tauStar - 1}. Leastness below
     * {@code tauStar - 1} follows from Prop 5.3 (monotonicity), which this check does not re-prove.
     */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null && jumpAtStar != null;
      @   requires (\forall int m; 0 <= m && m < cost.length; cost[m] != null
      @       && (\forall int x; 0 <= x && x < cost[m].length;
      @           -Bounds.MAX_VALUE <= cost[m][x] && cost[m][x] <= Bounds.MAX_VALUE));
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   ensures \result ==> (prop45Hypotheses(score, cost, reward, tauStar, horizon)
      @       && (\forall int m; 0 <= m && m < score.length; (\forall int x; 1 <= x && x <= horizon;
      @           AllZeroGain.allZeroUtility(score, cost, reward, tauStar, m, x)
      @               <= AllZeroGain.allZeroUtility(score, cost, reward, tauStar, m, 0)))
      @       && (\forall int below; below + 1 == tauStar && 0 <= below;
      @           0 <= i && i < score.length && 1 <= e && e <= horizon
      @           && reward[AllZero.rankAtAllZero(score, below, i, e)] - cost[i][e]
      @               > reward[AllZero.rankAtAllZero(score, below, i, 0)] - cost[i][0]));
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean checkThreshold(long[][] score, long[][] cost,
            long[] reward, int tauStar, int horizon, int[][] jumpAtStar, int i, int e) {
        if (!checkAllZeroPne(score, cost, reward, tauStar, horizon, jumpAtStar)) {
            return false;
        }
        return tauStar == 0 || checkAllZeroNotPne(score, cost, reward, tauStar - 1, horizon, i, e);
    }

    /**
     * "The PNE set is exactly {@code claimed}", in Gambit order; accepts iff it equals the exhaustive enumeration,
     * that is iff {@code claimed} meets {@link Enumeration#allPne}'s postcondition (the order stated, as there,
     * through the deciding digit {@link ProfileRows#highestDifference}).
     */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null && claimed != null;
      @   requires (\forall int m; 0 <= m && m < cost.length; cost[m] != null
      @       && (\forall int x; 0 <= x && x < cost[m].length;
      @           -Bounds.MAX_VALUE <= cost[m][x] && cost[m][x] <= Bounds.MAX_VALUE));
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   ensures \result <==> (Validity.wellFormed(score, cost, reward, tau, horizon)
      @       && Enumeration.profileCount(score.length, horizon) >= 1
      @       && (\forall int k; 0 <= k && k < claimed.length; claimed[k] != null
      @           && claimed[k].length == score.length
      @           && (\forall int m; 0 <= m && m < score.length; 0 <= claimed[k][m] && claimed[k][m] <= horizon)
      @           && Equilibrium.isPne(score, cost, reward, tau, horizon, claimed[k]))
      @       && (\forall int k, l; 0 <= k && k < l && l < claimed.length;
      @           ProfileRows.highestDifference(claimed[k], claimed[l], score.length) >= 0
      @           && claimed[k][ProfileRows.highestDifference(claimed[k], claimed[l], score.length)]
      @               < claimed[l][ProfileRows.highestDifference(claimed[k], claimed[l], score.length)])
      @       && (\forall int[] a; a != null && a.length == score.length
      @           && (\forall int m; 0 <= m && m < score.length; 0 <= a[m] && a[m] <= horizon)
      @           && Equilibrium.isPne(score, cost, reward, tau, horizon, a)
      @           ==> (\exists int k; 0 <= k && k < claimed.length;
      @               (\forall int m; 0 <= m && m < score.length; claimed[k][m] == a[m]))));
      @   assignable \nothing;
      @*/
    public static boolean checkPneSet(long[][] score, long[][] cost, long[] reward, int tau, int horizon,
            int[][] claimed) {
        if (!Validity.wellFormed(score, cost, reward, tau, horizon)
                || Enumeration.profileCount(score.length, horizon) < 0) {
            return false;
        }
        int n = score.length;
        int[][] actual = Enumeration.allPne(score, cost, reward, tau, horizon);
        // A claim that meets allPne's postcondition is a second such list of the PNE set, so it equals actual row by
        // row (PneLists.samePneLists): a mismatch below refutes the claim.
        /*@ assert ((\forall int k; 0 <= k && k < claimed.length; claimed[k] != null
          @       && claimed[k].length == n
          @       && (\forall int m; 0 <= m && m < n; 0 <= claimed[k][m] && claimed[k][m] <= horizon)
          @       && Equilibrium.isPne(score, cost, reward, tau, horizon, claimed[k]))
          @   && (\forall int k, l; 0 <= k && k < l && l < claimed.length;
          @       ProfileRows.highestDifference(claimed[k], claimed[l], n) >= 0
          @       && claimed[k][ProfileRows.highestDifference(claimed[k], claimed[l], n)]
          @           < claimed[l][ProfileRows.highestDifference(claimed[k], claimed[l], n)])
          @   && (\forall int[] a; a != null && a.length == n
          @       && (\forall int m; 0 <= m && m < n; 0 <= a[m] && a[m] <= horizon)
          @       && Equilibrium.isPne(score, cost, reward, tau, horizon, a)
          @       ==> (\exists int k; 0 <= k && k < claimed.length;
          @           (\forall int m; 0 <= m && m < n; claimed[k][m] == a[m]))))
          @   ==> PneLists.samePneLists(score, cost, reward, tau, horizon, actual, claimed);
          @*/
        if (!PneLists.sameRows(actual, claimed, n)) {
            return false;
        }
        // claimed is actual entry by entry, so it meets allPne's postcondition too (PneLists.sameContentsMeet).
        boolean meets = PneLists.sameContentsMeet(score, cost, reward, tau, horizon, actual, claimed);
        return true;
    }
}
