package org.lbgame.kernel;

/** Exhaustive pure-equilibrium enumeration of the discrete game, for small {@code n} and {@code E}. */
public final class Enumeration {

    /** Largest number of profiles {@code (E+1)^n} the enumeration accepts. */
    public static final int MAX_PROFILES = 1048576;

    private Enumeration() {
    }

    /**
     * Number of profiles {@code (E+1)^n}, or -1 if it exceeds {@link #MAX_PROFILES}: exactly the value of the
     * spec-only observer {@link #profilePower}, whose contract states it by recursion on {@code n}. The body is
     * iterative (the product calls it on games of 10^6 models): n steps at most, each (E+1) additions, stopping
     * at the first step past MAX_PROFILES.
     */
    /*@ public normal_behavior
      @   requires 0 <= n && 0 <= horizon;
      @   ensures \result == -1 || (1 <= \result && \result <= MAX_PROFILES);
      @   ensures \result == profilePower(n, horizon);
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ int profileCount(int n, int horizon) {
        // The lemma calls profilePowerStep(i, E) state profilePower's recursive clauses for level i + 1 (each returns
        // true at once); the observer itself is never run (its recursion is n deep).
        if (n > 0 && horizon >= MAX_PROFILES) {
            boolean top = profilePowerStep(n - 1, horizon);
            //@ assert profilePower(n, horizon) == -1;
            return -1; // one player alone has more than MAX_PROFILES strategies
        }
        boolean base = profilePowerStep(0, horizon); // profilePower(0, E) == 1
        int total = 1;
        boolean over = false;
        int i = 0;
        /*@ loop_invariant 0 <= i && i <= n && 1 <= total && total <= MAX_PROFILES
          @   && (!over ==> total == profilePower(i, horizon))
          @   && (over ==> 1 <= i && profilePower(i, horizon) == -1);
          @ decreases n - i;
          @*/
        /*+KeY@ loop_writes \strictly_nothing; @*/
        /*-KeY@ loop_writes total, over, i; @*/
        while (!over && i < n) {
            boolean step = profilePowerStep(i, horizon);
            // total * (E + 1), or -1 past MAX_PROFILES (repeated addition, see scaledCount)
            int next = scaledCount(total, horizon);
            if (next < 1) {
                //@ assert profilePower((int) (i + 1), horizon) == -1;
                over = true;
            } else {
                //@ assert profilePower((int) (i + 1), horizon) == next;
                total = next;
            }
            i++;
        }
        if (over) {
            // -1 at level i <= n stays -1 up to level n (the last clause of profilePowerStep at level n)
            boolean top = profilePowerStep(n - 1, horizon);
        }
        //@ assert over ? profilePower(n, horizon) == -1 : (i == n && total == profilePower(n, horizon));
        return over ? -1 : total;
    }

    /**
     * {@code total * (E + 1)}, or -1 if that exceeds {@link #MAX_PROFILES}: one step of {@link #profileCount}, by
     * repeated addition stopping past MAX_PROFILES, so the guard stays linear (no division, no product that could
     * wrap); the invariant names the product {@code k * total} as one term.
     */
    /*@ public normal_behavior
      @   requires 1 <= total && total <= MAX_PROFILES && 0 <= horizon && horizon < MAX_PROFILES;
      @   ensures \result == -1 || (1 <= \result && \result <= MAX_PROFILES);
      @   ensures \result >= 1 ==> \result == (horizon + 1) * total;
      @   ensures \result == -1 ==> (horizon + 1) * total > MAX_PROFILES;
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ int scaledCount(int total, int horizon) {
        int next = 0;
        int k = 0;
        boolean over = false;
        /*@ loop_invariant 0 <= k && k <= horizon + 1 && k <= next && next == k * total
          @   && over == (next > MAX_PROFILES) && next <= 2 * MAX_PROFILES;
          @ decreases horizon + 1 - k;
          @*/
        /*+KeY@ loop_writes \strictly_nothing; @*/
        /*-KeY@ loop_writes next, over, k; @*/
        while (!over && k <= horizon) {
            next = next + total;
            over = next > MAX_PROFILES;
            k++;
        }
        if (!over) {
            //@ assert k == horizon + 1 && next == (horizon + 1) * total;
            return next;
        }
        // k * total > MAX_PROFILES with k <= E + 1: counting k on to E + 1 keeps it, which gives the contract's
        // (E + 1) * total > MAX_PROFILES by linear steps (no monotonicity of the product). At most E + 1 empty
        // iterations, once per profileCount call (its loop stops at the first -1).
        /*@ loop_invariant k <= horizon + 1 && k * total > MAX_PROFILES;
          @ decreases horizon + 1 - k;
          @*/
        /*+KeY@ loop_writes \strictly_nothing; @*/
        /*-KeY@ loop_writes k; @*/
        while (k <= horizon) {
            //@ assert (k + 1) * total == k * total + total;
            k++;
        }
        //@ assert k == horizon + 1 && (horizon + 1) * total > MAX_PROFILES;
        return -1;
    }

    /**
     * {@code (E+1)^n}, or -1 if it exceeds {@link #MAX_PROFILES}, stated by recursion on {@code n}: 1 for
     * {@code n == 0}; for {@code n >= 1}, {@code (E+1)} times the value for {@code n - 1} when that is positive and
     * the product is at most MAX_PROFILES, else -1 (so a positive result is {@code (E+1)^n}; no power operator is
     * needed). Once -1, it stays -1 for larger {@code n} (the last clause, by the same recursion). A spec-only
     * observer: only specifications and the lemma {@link #profilePowerStep} name it; the product never runs it
     * (its recursion is {@code n} deep), {@link #profileCount} computes the same value by a loop.
     */
    /*@ public normal_behavior
      @   requires 0 <= n && 0 <= horizon;
      @   ensures \result == -1 || (1 <= \result && \result <= MAX_PROFILES);
      @   ensures n == 0 ==> \result == 1;
      @   ensures n >= 1 && \result >= 1 ==> horizon < MAX_PROFILES && profilePower((int) (n - 1), horizon) >= 1
      @       && \result == (horizon + 1) * profilePower((int) (n - 1), horizon);
      @   ensures n >= 1 && \result == -1 ==> horizon >= MAX_PROFILES || profilePower((int) (n - 1), horizon) < 1
      @       || (horizon + 1) * profilePower((int) (n - 1), horizon) > MAX_PROFILES;
      @   ensures (\forall int j; 0 <= j && j < n; profilePower(j, horizon) == -1 ==> \result == -1);
      @   measured_by n + n;
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ int profilePower(int n, int horizon) {
        if (n == 0) {
            return 1;
        }
        if (horizon >= MAX_PROFILES) {
            return -1;
        }
        // The recursive step goes through profilePowerValue, whose contract names the observer
        // profilePower(n - 1, horizon) itself (as GambitIndex.shiftedIndex does; the measures n + n and n + n + 1
        // decrease along both calls).
        int rest = profilePowerValue(n - 1, horizon);
        if (rest < 1) {
            return -1;
        }
        // rest * (E + 1) by repeated addition, stopping past MAX_PROFILES (as in profileCount).
        int next = 0;
        int k = 0;
        boolean over = false;
        /*@ loop_invariant 0 <= k && k <= horizon + 1 && k <= next && next == k * rest
          @   && over == (next > MAX_PROFILES) && next <= 2 * MAX_PROFILES;
          @ decreases horizon + 1 - k;
          @*/
        /*+KeY@ loop_writes \strictly_nothing; @*/
        /*-KeY@ loop_writes next, over, k; @*/
        while (!over && k <= horizon) {
            next = next + rest;
            over = next > MAX_PROFILES;
            k++;
        }
        if (!over) {
            //@ assert k == horizon + 1 && next == (horizon + 1) * rest;
            return next;
        }
        /*@ loop_invariant k <= horizon + 1 && k * rest > MAX_PROFILES;
          @ decreases horizon + 1 - k;
          @*/
        /*+KeY@ loop_writes \strictly_nothing; @*/
        /*-KeY@ loop_writes k; @*/
        while (k <= horizon) {
            //@ assert (k + 1) * rest == k * rest + rest;
            k++;
        }
        //@ assert k == horizon + 1 && (horizon + 1) * rest > MAX_PROFILES;
        return -1;
    }

    /** {@link #profilePower} as a call whose contract names the observer's value (for the recursion above). */
    /*@ public normal_behavior
      @   requires 0 <= n && 0 <= horizon;
      @   ensures \result == profilePower(n, horizon);
      @   ensures \result == -1 || (1 <= \result && \result <= MAX_PROFILES);
      @   ensures (\forall int j; 0 <= j && j < n; profilePower(j, horizon) == -1 ==> \result == -1);
      @   measured_by n + n + 1;
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ int profilePowerValue(int n, int horizon) {
        return profilePower(n, horizon);
    }

    /**
     * Lemma: {@link #profilePower}'s clauses for level {@code i + 1} in terms of level {@code i}, that -1 at any level
     * {@code j <= i} gives -1 at level {@code i + 1}, and {@code profilePower(0, E) == 1}; always returns true. Calling
     * it states these facts without running the observer (as {@link GambitIndex#shiftedIndexSteps} does for its
     * observer); one level per call, so no quantifier links two levels (OpenJML's feasibility check of a caller timed
     * out on a quantified form over all levels).
     */
    /*@ public normal_behavior
      @   requires 0 <= i && i < 2147483647 && 0 <= horizon;
      @   ensures \result && profilePower(0, horizon) == 1;
      @   ensures profilePower((int) (i + 1), horizon) == -1
      @       || (1 <= profilePower((int) (i + 1), horizon) && profilePower((int) (i + 1), horizon) <= MAX_PROFILES);
      @   ensures profilePower((int) (i + 1), horizon) >= 1 ==> horizon < MAX_PROFILES && profilePower(i, horizon) >= 1
      @       && profilePower((int) (i + 1), horizon) == (horizon + 1) * profilePower(i, horizon);
      @   ensures profilePower((int) (i + 1), horizon) == -1 ==> horizon >= MAX_PROFILES || profilePower(i, horizon) < 1
      @       || (horizon + 1) * profilePower(i, horizon) > MAX_PROFILES;
      @   ensures (\forall int j; 0 <= j && j <= i; profilePower(j, horizon) == -1 ==> profilePower((int) (i + 1), horizon) == -1);
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean profilePowerStep(int i, int horizon) {
        return true; // the facts follow from profilePower's contract; KeY proves them by unfolding the query
    }

    /**
     * Every PNE profile, in Gambit's order (player 0's effort varying fastest): each listed profile is a PNE, the list
     * is strictly increasing in that order (so without repeats), and every PNE profile is listed. "Row k before row
     * l" is stated through the deciding digit {@link ProfileRows#highestDifference}, a ground term for the prover;
     * {@link ProfileRows#gambitBefore} and {@link ProfileRows#gambitAfter} prove it equivalent to "some model has a
     * smaller effort in row k and every higher model the same".
     */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null;
      @   requires cost.length == score.length && reward.length == score.length && 0 <= tau && 0 <= horizon;
      @   requires (\forall int m; 0 <= m && m < score.length; score[m] != null && cost[m] != null
      @       && tau + horizon < score[m].length && horizon < cost[m].length);
      @   requires (\forall int m; 0 <= m && m < score.length; (\forall int e; 0 <= e && e <= horizon;
      @       -Bounds.MAX_VALUE <= cost[m][e] && cost[m][e] <= Bounds.MAX_VALUE));
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   requires profileCount(score.length, horizon) >= 1;
      @   ensures \result != null && \fresh(\result);
      @   ensures (\forall int k; 0 <= k && k < \result.length; \result[k] != null
      @       && \result[k].length == score.length
      @       && (\forall int m; 0 <= m && m < score.length; 0 <= \result[k][m] && \result[k][m] <= horizon)
      @       && Equilibrium.isPne(score, cost, reward, tau, horizon, \result[k]));
      @   ensures (\forall int k, l; 0 <= k && k < l && l < \result.length;
      @       ProfileRows.highestDifference(\result[k], \result[l], score.length) >= 0
      @       && \result[k][ProfileRows.highestDifference(\result[k], \result[l], score.length)]
      @           < \result[l][ProfileRows.highestDifference(\result[k], \result[l], score.length)]);
      @   ensures (\forall int[] a; a != null && a.length == score.length
      @       && (\forall int m; 0 <= m && m < score.length; 0 <= a[m] && a[m] <= horizon)
      @       && Equilibrium.isPne(score, cost, reward, tau, horizon, a)
      @       ==> (\exists int k; 0 <= k && k < \result.length;
      @           (\forall int m; 0 <= m && m < score.length; \result[k][m] == a[m])));
      @   assignable \nothing;
      @*/
    public static int[][] allPne(long[][] score, long[][] cost, long[] reward, int tau, int horizon) {
        // The search fixes efforts from the last model down (PneSearch.pneAbove); start holds the efforts not yet
        // chosen. With E == 0 there is one profile, checked directly (a search by model would recurse n deep).
        int n = score.length;
        int[] start = new int[n];
        boolean base = profilePowerStep(0, horizon); // profilePower(0, E) == 1
        int[][] rows;
        if (n == 0 || horizon == 0) {
            // Every profile in range is start itself (all zero).
            //@ assert (\forall int q; 0 <= q && q < n; start[q] == 0);
            rows = OpaquePne.candidate(score, cost, reward, tau, horizon, start);
        } else {
            boolean top = ProfileSpan.spanTop(n, horizon); // the whole search covers profilePower(n, E) profiles
            rows = PneSearch.pneAbove(score, cost, reward, tau, horizon, start, n, 0, horizon + 1);
        }
        // The search speaks of OpaquePne.holds; in the heap returned, on profiles of this shape, that is isPne.
        boolean link = OpaquePne.holdsIsPne(score, cost, reward, tau, horizon);
        return rows;
    }

    /**
     * The PNE profiles in increasing Gambit index, each re-checked by {@link Equilibrium#isPne} in the heap it is
     * returned in: every listed profile is a PNE of the right shape (the proved part of {@link #allPne}).
     */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null;
      @   requires cost.length == score.length && reward.length == score.length && 0 <= tau && 0 <= horizon;
      @   requires (\forall int m; 0 <= m && m < score.length; score[m] != null && cost[m] != null
      @       && tau + horizon < score[m].length && horizon < cost[m].length);
      @   requires (\forall int m; 0 <= m && m < score.length; (\forall int e; 0 <= e && e <= horizon;
      @       -Bounds.MAX_VALUE <= cost[m][e] && cost[m][e] <= Bounds.MAX_VALUE));
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   ensures \result != null && \fresh(\result);
      @   ensures (\forall int k; 0 <= k && k < \result.length; \result[k] != null
      @       && \result[k].length == score.length
      @       && (\forall int m; 0 <= m && m < score.length; 0 <= \result[k][m] && \result[k][m] <= horizon)
      @       && Equilibrium.isPne(score, cost, reward, tau, horizon, \result[k]));
      @   assignable \nothing;
      @*/
    public static int[][] certifiedPne(long[][] score, long[][] cost, long[] reward, int tau, int horizon) {
        int n = score.length;
        int total = profileCount(n, horizon);
        if (total < 1) {
            return new int[0][]; // more than MAX_PROFILES profiles: nothing is claimed (allPne's precondition excludes it)
        }
        // With no models the one profile is empty whatever E is; 0 keeps profileAt's E < 2^31 - 1 (for n >= 1,
        // tau + E < score[0].length already bounds E).
        int digitHorizon = n == 0 ? 0 : horizon;
        //@ assert n == 0 || tau + horizon < score[0].length;
        int[] index = pneIndices(score, cost, reward, tau, horizon, total);
        int[][] rows = profilesAt(n, digitHorizon, index, index.length);
        // isPne again, now in the heap returned. isPne reads only the game and the profile's contents, so this
        // cannot fail, but neither verifier carries pneIndices' verdict across the allocations and writes since (no
        // dependency contract on isPne's chain); the read-only re-check certifies every row where it is returned.
        if (!everyRowPne(score, cost, reward, tau, horizon, rows)) {
            return new int[0][]; // unreachable (see above); sound: an empty list claims nothing
        }
        return rows;
    }

    /** The Gambit indices {@code p < total} whose profile {@link GambitIndex#profileAt} is a PNE, increasing. */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null;
      @   requires cost.length == score.length && reward.length == score.length && 0 <= tau && 0 <= horizon;
      @   requires (\forall int m; 0 <= m && m < score.length; score[m] != null && cost[m] != null
      @       && tau + horizon < score[m].length && horizon < cost[m].length);
      @   requires (\forall int m; 0 <= m && m < score.length; (\forall int e; 0 <= e && e <= horizon;
      @       -Bounds.MAX_VALUE <= cost[m][e] && cost[m][e] <= Bounds.MAX_VALUE));
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   requires 0 <= total;
      @   ensures \result != null && \fresh(\result) && \result.length <= total;
      @   ensures (\forall int j; 0 <= j && j < \result.length; 0 <= \result[j] && \result[j] < total);
      @   ensures (\forall int j; 0 < j && j < \result.length; \result[j - 1] < \result[j]);
      @   assignable \nothing;
      @*/
    public static int[] pneIndices(long[][] score, long[][] cost, long[] reward, int tau, int horizon, int total) {
        int[] index = new int[total];
        int found = 0;
        /*@ loop_invariant 0 <= p && p <= total && 0 <= found && found <= p && index.length == total
          @   && (\forall int j; 0 <= j && j < found; 0 <= index[j] && index[j] < p)
          @   && (\forall int j; 0 < j && j < found; index[j - 1] < index[j]);
          @ decreases total - p;
          @*/
        /*+KeY@ loop_writes index[*]; @*/
        /*-KeY@ loop_writes index[*], found, p; @*/
        for (int p = 0; p < total; p++) {
            if (pneAt(score, cost, reward, tau, horizon, p)) {
                index[found] = p;
                found++;
            }
        }
        int[] exact = new int[found];
        /*@ loop_invariant 0 <= k && k <= found && exact.length == found && index.length == total
          @   && (\forall int j; 0 <= j && j < k; exact[j] == index[j]);
          @ decreases found - k;
          @*/
        /*+KeY@ loop_writes exact[*]; @*/
        /*-KeY@ loop_writes exact[*], k; @*/
        for (int k = 0; k < found; k++) {
            exact[k] = index[k];
        }
        return exact;
    }

    /**
     * Whether the profile at Gambit index {@code p} ({@link GambitIndex#profileAt}) is a PNE. No claim on the verdict:
     * the rows it selects are re-checked by {@link #everyRowPne} where they are returned.
     */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null;
      @   requires cost.length == score.length && reward.length == score.length && 0 <= tau && 0 <= horizon;
      @   requires (\forall int m; 0 <= m && m < score.length; score[m] != null && cost[m] != null
      @       && tau + horizon < score[m].length && horizon < cost[m].length);
      @   requires (\forall int m; 0 <= m && m < score.length; (\forall int e; 0 <= e && e <= horizon;
      @       -Bounds.MAX_VALUE <= cost[m][e] && cost[m][e] <= Bounds.MAX_VALUE));
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   requires 0 <= p;
      @   assignable \nothing;
      @*/
    public static boolean pneAt(long[][] score, long[][] cost, long[] reward, int tau, int horizon, int p) {
        int n = score.length;
        // With no models the one profile is empty whatever E is; 0 keeps profileAt's E < 2^31 - 1.
        int digitHorizon = n == 0 ? 0 : horizon;
        //@ assert n == 0 || tau + horizon < score[0].length;
        return Equilibrium.isPne(score, cost, reward, tau, horizon, GambitIndex.profileAt(n, digitHorizon, p));
    }

    /** The profiles at Gambit indices {@code index[0..count)}, one fresh array each ({@link GambitIndex#profileAt}). */
    /*@ public normal_behavior
      @   requires 0 <= n && 0 <= horizon && horizon < 2147483647 && index != null;
      @   requires 0 <= count && count <= index.length && (\forall int j; 0 <= j && j < count; 0 <= index[j]);
      @   ensures \result != null && \fresh(\result) && \result.length == count;
      @   ensures (\forall int j; 0 <= j && j < count; \result[j] != null && \result[j].length == n
      @       && (\forall int m; 0 <= m && m < n; 0 <= \result[j][m] && \result[j][m] <= horizon));
      @   assignable \nothing;
      @*/
    public static int[][] profilesAt(int n, int horizon, int[] index, int count) {
        int[][] rows = new int[count][];
        /*@ loop_invariant 0 <= k && k <= count && rows.length == count
          @   && (\forall int j; 0 <= j && j < k; rows[j] != null && rows[j].length == n
          @       && (\forall int m; 0 <= m && m < n; 0 <= rows[j][m] && rows[j][m] <= horizon));
          @ decreases count - k;
          @*/
        /*+KeY@ loop_writes rows[*]; @*/
        /*-KeY@ loop_writes rows[*], k; @*/
        for (int k = 0; k < count; k++) {
            int p = index[k];
            // Always true in Java, but KeY's logic does not bound a value read from an int array, and profileAt's
            // contract asks its argument to be an int (measured: the search stopped with index[k] >= 2^31 as the only
            // way to close a goal, no rule applicable). The guard states the bound; it never fires.
            rows[k] = GambitIndex.profileAt(n, horizon, p <= 2147483647 ? p : 0);
        }
        return rows;
    }

    /** Whether every row of {@code rows} is a PNE ({@link Equilibrium#isPne}). */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null && rows != null;
      @   requires cost.length == score.length && reward.length == score.length && 0 <= tau && 0 <= horizon;
      @   requires (\forall int m; 0 <= m && m < score.length; score[m] != null && cost[m] != null
      @       && tau + horizon < score[m].length && horizon < cost[m].length);
      @   requires (\forall int m; 0 <= m && m < score.length; (\forall int e; 0 <= e && e <= horizon;
      @       -Bounds.MAX_VALUE <= cost[m][e] && cost[m][e] <= Bounds.MAX_VALUE));
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   requires (\forall int j; 0 <= j && j < rows.length; rows[j] != null && rows[j].length == score.length
      @       && (\forall int m; 0 <= m && m < score.length; 0 <= rows[j][m] && rows[j][m] <= horizon));
      @   ensures \result <==> (\forall int j; 0 <= j && j < rows.length;
      @       Equilibrium.isPne(score, cost, reward, tau, horizon, rows[j]));
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean everyRowPne(long[][] score, long[][] cost,
            long[] reward, int tau, int horizon, int[][] rows) {
        /*@ loop_invariant 0 <= k && k <= rows.length
          @   && (\forall int j; 0 <= j && j < k; Equilibrium.isPne(score, cost, reward, tau, horizon, rows[j]));
          @ decreases rows.length - k;
          @*/
        /*+KeY@ loop_writes \strictly_nothing; @*/
        /*-KeY@ loop_writes k; @*/
        for (int k = 0; k < rows.length; k++) {
            // through the wrapper that names the verdict as the isPne query of the invariant (KeY keeps queries opaque)
            if (!Equilibrium.isPneValue(score, cost, reward, tau, horizon, rows[k])) {
                return false;
            }
        }
        return true;
    }
}
