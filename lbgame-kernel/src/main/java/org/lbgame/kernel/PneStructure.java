package org.lbgame.kernel;

/**
 * Thm 4.6 and Prop 4.3 on the discrete game: under C1 at {@code tau}, a head start of at least one effort step
 * ({@code score[a][y-1] >= score[b][y]} for {@code a < b}), effort that always costs something
 * ({@code C_m[x] > C_m[0]}) and costs that favour the stronger model by at least one step
 * ({@code C_a[x-1] - C_a[0] < C_b[x] - C_b[0]} for {@code a < b}), every PNE is the all-zero profile, ranks the
 * models by capability, and a failing jump condition leaves no PNE at all.
 *
 * <p>The proof goes up the ranking from the bottom ({@link #bottomStep}): if the models below {@code p} play 0 and
 * {@code p} plays {@code x >= 1}, then {@code p} gains from its effort only by passing some stronger model; the
 * lowest of the stronger models, {@code b}, could then pass {@code p} with {@code x - 1} steps, which pays for
 * {@code b} exactly when it does not pay for {@code p}.
 */
public final class PneStructure {

    private PneStructure() {
    }

    /**
     * The lowest-ranked of models {@code 0..p-1} under {@code effort}: every other model {@code m < p} beats it
     * (a higher score, or an equal score and a lower index).
     */
    /*@ public normal_behavior
      @   requires score != null && effort != null && effort.length == score.length && 0 <= tau;
      @   requires 1 <= p && p <= score.length;
      @   requires (\forall int m; 0 <= m && m < score.length;
      @       score[m] != null && 0 <= effort[m] && tau + effort[m] < score[m].length);
      @   ensures 0 <= \result && \result < p;
      @   ensures (\forall int m; 0 <= m && m < p && m != \result;
      @       score[m][tau + effort[m]] > score[\result][tau + effort[\result]]
      @           || (score[m][tau + effort[m]] == score[\result][tau + effort[\result]] && m < \result));
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ int lowestAmong(long[][] score, int tau, int[] effort,
            int p) {
        int b = 0;
        /*@ loop_invariant 1 <= m && m <= p && 0 <= b && b < m
          @   && (\forall int q; 0 <= q && q < m && q != b;
          @       score[q][tau + effort[q]] > score[b][tau + effort[b]]
          @           || (score[q][tau + effort[q]] == score[b][tau + effort[b]] && q < b));
          @ decreases p - m;
          @*/
        /*+KeY@ loop_writes \strictly_nothing; @*/
        /*-KeY@ loop_writes b, m; @*/
        for (int m = 1; m < p; m++) {
            // m < b is impossible here (b < m), so m beats b only by a strictly higher score
            /*-KeY@ assert 0 <= m && m < score.length && score[m] != null && 0 <= effort[m]
              @     && tau + effort[m] < score[m].length; @*/
            /*-KeY@ assert 0 <= b && b < score.length && score[b] != null && 0 <= effort[b]
              @     && tau + effort[b] < score[b].length; @*/
            if (score[m][tau + effort[m]] <= score[b][tau + effort[b]]) {
                b = m;
            }
        }
        return b;
    }
    /**
     * One step up the ranking: in a PNE (stated over the ranks) whose models below {@code p} play 0, model {@code p}
     * plays 0 too.
     */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null && effort != null;
      @   requires cost.length == score.length && reward.length == score.length && effort.length == score.length;
      @   requires 0 <= tau && 0 <= horizon;
      @   requires (\forall int m; 0 <= m && m < score.length; score[m] != null && cost[m] != null
      @       && tau + horizon < score[m].length && horizon < cost[m].length
      @       && 0 <= effort[m] && effort[m] <= horizon);
      @   requires (\forall int m; 0 <= m && m < score.length; (\forall int x; 0 <= x && x <= horizon;
      @       -Bounds.MAX_VALUE <= cost[m][x] && cost[m][x] <= Bounds.MAX_VALUE));
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   requires (\forall int a, b; 0 <= a && a < b && b < score.length; score[a][tau] > score[b][tau]);
      @   requires (\forall int a, b; 0 <= a && a < b && b < score.length; (\forall int y; tau < y && y <= tau + horizon;
      @       score[a][y - 1] >= score[b][y]));
      @   requires (\forall int m; 0 <= m && m < score.length; (\forall int x; 1 <= x && x <= horizon;
      @       cost[m][x] > cost[m][0]));
      @   requires (\forall int a, b; 0 <= a && a < b && b < score.length; (\forall int x; 1 <= x && x <= horizon;
      @       cost[a][x - 1] - cost[a][0] < cost[b][x] - cost[b][0]));
      @   requires (\forall int a, b; 0 <= a && a <= b && b < reward.length; reward[a] >= reward[b]);
      @   requires (\forall int m; 0 <= m && m < score.length; (\forall int x; 0 <= x && x <= horizon;
      @       reward[Ranking.rankAfterDeviation(score, tau, effort, m, x)] - cost[m][x]
      @           <= reward[Ranking.rankAfterDeviation(score, tau, effort, m, effort[m])] - cost[m][effort[m]]));
      @   requires 0 <= p && p < score.length && (\forall int q; p < q && q < score.length; effort[q] == 0);
      @   ensures \result && effort[p] == 0;
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean bottomStep(long[][] score, long[][] cost,
            long[] reward, int tau, int horizon, int[] effort, int p) {
        // Z3 instantiated the monotonicity hypothesis on every pair of reward terms (fed by the PNE hypothesis's
        // instances) and timed out on this step: PneStep takes both hypotheses pointwise, through predicates.
        boolean step = PneStep.costlyStepFails(score, cost, reward, tau, horizon, effort, p);
        return true;
    }

    /**
     * Lemma (first half of {@link #bottomStep}): when the models above {@code p} play 0 and {@code p}'s effort costs
     * more than 0 but pays at least as well as 0, it buys a rank above {@code p} and {@code r_rank - C} at least
     * {@code r_p - C_p[0]}.
     */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null && effort != null;
      @   requires cost.length == score.length && reward.length == score.length && effort.length == score.length;
      @   requires 0 <= tau && 0 <= horizon;
      @   requires (\forall int m; 0 <= m && m < score.length; score[m] != null && cost[m] != null
      @       && tau + horizon < score[m].length && horizon < cost[m].length
      @       && 0 <= effort[m] && effort[m] <= horizon);
      @   requires (\forall int a, b; 0 <= a && a < b && b < score.length; score[a][tau] > score[b][tau]);
      @   requires (\forall int a, b; 0 <= a && a <= b && b < reward.length; PneStep.rewardOrdered(reward, a, b));
      @   requires 0 <= p && p < score.length && (\forall int q; p < q && q < score.length; effort[q] == 0);
      @   requires cost[p][0] < cost[p][effort[p]];
      @   requires reward[Ranking.rankAfterDeviation(score, tau, effort, p, 0)] - cost[p][0]
      @       <= reward[Ranking.rankAfterDeviation(score, tau, effort, p, effort[p])] - cost[p][effort[p]];
      @   ensures \result && Ranking.rankAfterDeviation(score, tau, effort, p, effort[p]) < p
      @       && reward[Ranking.rankAfterDeviation(score, tau, effort, p, effort[p])] - cost[p][effort[p]]
      @           >= reward[p] - cost[p][0];
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean effortBuysRank(long[][] score, long[][] cost,
            long[] reward, int tau, int horizon, int[] effort, int p) {
        // at 0, p is beaten by no model above it (they play 0, C1), so its rank is at most p
        boolean stay = RankCount.rankAtMost(score, tau, effort, p, 0, p);
        // the two ranks and the two reward comparisons through wrappers whose contracts name the queries, so that
        // KeY keeps rankAfterDeviation and rewardOrdered opaque (measured with the queries evaluated: 8 goals open at
        // 80,484 steps, rewardOrdered(..) = TRUE never unfolded where it sat in the antecedent)
        int stayRank = Ranking.rankAfterDeviationValue(score, tau, effort, p, 0);
        boolean below = PneStep.rewardOrderedValue(reward, stayRank, p);
        int rank = Ranking.rankAfterDeviationValue(score, tau, effort, p, effort[p]);
        if (rank >= p) {
            boolean above = PneStep.rewardOrderedValue(reward, p, rank);
        }
        return true;
    }

    /**
     * Lemma (second half of {@link #bottomStep}): if {@code p} (playing {@code x >= 1}) passes {@code b}, the lowest
     * of the models below it, and {@code b} with {@code x - 1} steps reaches {@code p}'s score, then in a PNE for
     * {@code b} (no gain from {@code x - 1}) the rank {@code p} buys is worth at most {@code r_p - C_b[0] + C_b[x-1]}:
     * {@code b} could buy it.
     */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null && effort != null;
      @   requires cost.length == score.length && reward.length == score.length && effort.length == score.length;
      @   requires 0 <= tau && 0 <= horizon;
      @   requires (\forall int m; 0 <= m && m < score.length; score[m] != null && cost[m] != null
      @       && tau + horizon < score[m].length && horizon < cost[m].length
      @       && 0 <= effort[m] && effort[m] <= horizon);
      @   requires (\forall int r, t; 0 <= r && r <= t && t < reward.length; PneStep.rewardOrdered(reward, r, t));
      @   requires 0 <= b && b < p && p < score.length && 1 <= effort[p];
      @   requires score[p][tau + effort[p]] > score[b][tau + effort[b]];
      @   requires (\forall int m; 0 <= m && m < p && m != b;
      @       score[m][tau + effort[m]] > score[b][tau + effort[b]]
      @           || (score[m][tau + effort[m]] == score[b][tau + effort[b]] && m < b));
      @   requires score[b][tau + effort[p] - 1] >= score[p][tau + effort[p]];
      @   requires cost[b][0] <= cost[b][effort[b]];
      @   requires reward[Ranking.rankAfterDeviation(score, tau, effort, b, (int) (effort[p] - 1))]
      @       - cost[b][effort[p] - 1]
      @       <= reward[Ranking.rankAfterDeviation(score, tau, effort, b, effort[b])] - cost[b][effort[b]];
      @   ensures \result && reward[Ranking.rankAfterDeviation(score, tau, effort, p, effort[p])]
      @       <= reward[p] - cost[b][0] + cost[b][effort[p] - 1];
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean lowestPassesBack(long[][] score, long[][] cost,
            long[] reward, int tau, int horizon, int[] effort, int p, int b) {
        int x = effort[p];
        // every m <= p other than b beats b: b's rank is at least p
        boolean low = RankCount.rankAtLeast(score, tau, effort, b, effort[b], p + 1);
        //@ assert PneStep.rewardOrdered(reward, p, Ranking.rankAfterDeviation(score, tau, effort, b, effort[b]));
        // every model that beats b playing x - 1 beats p playing x (and is not p): b's rank is at most p's
        boolean pass = RankCount.rankDominated(score, tau, effort, b, x - 1, p, x);
        /*@ assert PneStep.rewardOrdered(reward, Ranking.rankAfterDeviation(score, tau, effort, b, (int) (x - 1)),
          @     Ranking.rankAfterDeviation(score, tau, effort, p, x)); @*/
        return true;
    }

    /** Lemma: a PNE ({@link Equilibrium#isPne}) stated over the ranks: no deviation raises {@code r_rank - C}. */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null && effort != null;
      @   requires cost.length == score.length && reward.length == score.length && effort.length == score.length;
      @   requires 0 <= tau && 0 <= horizon;
      @   requires (\forall int m; 0 <= m && m < score.length; score[m] != null && cost[m] != null
      @       && tau + horizon < score[m].length && horizon < cost[m].length
      @       && 0 <= effort[m] && effort[m] <= horizon);
      @   requires (\forall int m; 0 <= m && m < score.length; (\forall int x; 0 <= x && x <= horizon;
      @       -Bounds.MAX_VALUE <= cost[m][x] && cost[m][x] <= Bounds.MAX_VALUE));
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   requires Equilibrium.isPne(score, cost, reward, tau, horizon, effort);
      @   ensures \result && (\forall int m; 0 <= m && m < score.length; (\forall int x; 0 <= x && x <= horizon;
      @       reward[Ranking.rankAfterDeviation(score, tau, effort, m, x)] - cost[m][x]
      @           <= reward[Ranking.rankAfterDeviation(score, tau, effort, m, effort[m])] - cost[m][effort[m]]));
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean pneRankForm(long[][] score, long[][] cost,
            long[] reward, int tau, int horizon, int[] effort) {
        // one deviation at a time, through the query wrapper (measured: with the body return true, 40 goals open at
        // 31,037 steps, the search instantiating the bound clauses at every rank term instead of isPne's)
        boolean pne = pneUtilityForm(score, cost, reward, tau, horizon, effort);
        int m = 0;
        /*@ loop_invariant 0 <= m && m <= score.length
          @   && (\forall int q; 0 <= q && q < m; (\forall int x; 0 <= x && x <= horizon;
          @       reward[Ranking.rankAfterDeviation(score, tau, effort, q, x)] - cost[q][x]
          @           <= reward[Ranking.rankAfterDeviation(score, tau, effort, q, effort[q])] - cost[q][effort[q]]));
          @ decreases score.length - m;
          @*/
        /*+KeY@ loop_writes \strictly_nothing; @*/
        /*-KeY@ loop_writes m; @*/
        while (m < score.length) {
            long stay = deviationUtilityRanked(score, cost, reward, tau, effort, m, effort[m]);
            int x = 0;
            /*@ loop_invariant 0 <= x && x <= horizon + 1
              @   && (\forall int q; 0 <= q && q < m; (\forall int y; 0 <= y && y <= horizon;
              @       reward[Ranking.rankAfterDeviation(score, tau, effort, q, y)] - cost[q][y]
              @           <= reward[Ranking.rankAfterDeviation(score, tau, effort, q, effort[q])] - cost[q][effort[q]]))
              @   && (\forall int y; 0 <= y && y < x;
              @       reward[Ranking.rankAfterDeviation(score, tau, effort, m, y)] - cost[m][y]
              @           <= reward[Ranking.rankAfterDeviation(score, tau, effort, m, effort[m])] - cost[m][effort[m]]);
              @ decreases horizon + 1 - x;
              @*/
            /*+KeY@ loop_writes \strictly_nothing; @*/
            /*-KeY@ loop_writes x; @*/
            while (x <= horizon) {
                long u = deviationUtilityRanked(score, cost, reward, tau, effort, m, x);
                x++;
            }
            m++;
        }
        return true;
    }

    /** Lemma: a PNE in the utility form of {@link Equilibrium#isPne}'s contract (always true). */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null && effort != null;
      @   requires cost.length == score.length && reward.length == score.length && effort.length == score.length;
      @   requires 0 <= tau && 0 <= horizon;
      @   requires (\forall int m; 0 <= m && m < score.length; score[m] != null && cost[m] != null
      @       && tau + horizon < score[m].length && horizon < cost[m].length
      @       && 0 <= effort[m] && effort[m] <= horizon);
      @   requires (\forall int m; 0 <= m && m < score.length; (\forall int x; 0 <= x && x <= horizon;
      @       -Bounds.MAX_VALUE <= cost[m][x] && cost[m][x] <= Bounds.MAX_VALUE));
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   requires Equilibrium.isPne(score, cost, reward, tau, horizon, effort);
      @   ensures \result && (\forall int m; 0 <= m && m < score.length; (\forall int x; 0 <= x && x <= horizon;
      @       Utility.deviationUtility(score, cost, reward, tau, effort, m, x)
      @           <= Utility.deviationUtility(score, cost, reward, tau, effort, m, effort[m])));
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean pneUtilityForm(long[][] score, long[][] cost,
            long[] reward, int tau, int horizon, int[] effort) {
        return true;
    }

    /** {@code u_m(x)} against {@code effort}, named both as the query {@code deviationUtility(...)} and in its rank form. */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null && effort != null;
      @   requires cost.length == score.length && reward.length == score.length && effort.length == score.length;
      @   requires 0 <= m && m < score.length && 0 <= tau && 0 <= x;
      @   requires (\forall int q; 0 <= q && q < score.length;
      @       score[q] != null && 0 <= effort[q] && tau + effort[q] < score[q].length);
      @   requires tau + x < score[m].length && cost[m] != null && x < cost[m].length;
      @   requires -Bounds.MAX_VALUE <= cost[m][x] && cost[m][x] <= Bounds.MAX_VALUE;
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   ensures \result == Utility.deviationUtility(score, cost, reward, tau, effort, m, x)
      @       && \result == reward[Ranking.rankAfterDeviation(score, tau, effort, m, x)] - cost[m][x];
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ long deviationUtilityRanked(long[][] score, long[][] cost,
            long[] reward, int tau, int[] effort, int m, int x) {
        return Utility.deviationUtility(score, cost, reward, tau, effort, m, x);
    }

    /** Thm 4.6, first part (discrete): under the class's hypotheses every PNE is the all-zero profile. */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null && effort != null;
      @   requires cost.length == score.length && reward.length == score.length && effort.length == score.length;
      @   requires 0 <= tau && 0 <= horizon;
      @   requires (\forall int m; 0 <= m && m < score.length; score[m] != null && cost[m] != null
      @       && tau + horizon < score[m].length && horizon < cost[m].length
      @       && 0 <= effort[m] && effort[m] <= horizon);
      @   requires (\forall int m; 0 <= m && m < score.length; (\forall int x; 0 <= x && x <= horizon;
      @       -Bounds.MAX_VALUE <= cost[m][x] && cost[m][x] <= Bounds.MAX_VALUE));
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   requires (\forall int a, b; 0 <= a && a < b && b < score.length; score[a][tau] > score[b][tau]);
      @   requires (\forall int a, b; 0 <= a && a < b && b < score.length; (\forall int y; tau < y && y <= tau + horizon;
      @       score[a][y - 1] >= score[b][y]));
      @   requires (\forall int m; 0 <= m && m < score.length; (\forall int x; 1 <= x && x <= horizon;
      @       cost[m][x] > cost[m][0]));
      @   requires (\forall int a, b; 0 <= a && a < b && b < score.length; (\forall int x; 1 <= x && x <= horizon;
      @       cost[a][x - 1] - cost[a][0] < cost[b][x] - cost[b][0]));
      @   requires (\forall int a, b; 0 <= a && a <= b && b < reward.length; reward[a] >= reward[b]);
      @   requires Equilibrium.isPne(score, cost, reward, tau, horizon, effort);
      @   ensures \result && (\forall int m; 0 <= m && m < score.length; effort[m] == 0);
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean pneIsAllZero(long[][] score, long[][] cost,
            long[] reward, int tau, int horizon, int[] effort) {
        boolean ranks = pneRankForm(score, cost, reward, tau, horizon, effort);
        int p = score.length - 1;
        /*@ loop_invariant -1 <= p && p < score.length && (\forall int q; p < q && q < score.length; effort[q] == 0);
          @ decreases p + 1;
          @*/
        /*+KeY@ loop_writes \strictly_nothing; @*/
        /*-KeY@ loop_writes p; @*/
        while (p >= 0) {
            boolean step = bottomStep(score, cost, reward, tau, horizon, effort, p);
            p--;
        }
        return true;
    }

    /** Prop 4.3 (discrete): under the class's hypotheses every PNE ranks the models by capability (model i is i-th). */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null && effort != null;
      @   requires cost.length == score.length && reward.length == score.length && effort.length == score.length;
      @   requires 0 <= tau && 0 <= horizon;
      @   requires (\forall int m; 0 <= m && m < score.length; score[m] != null && cost[m] != null
      @       && tau + horizon < score[m].length && horizon < cost[m].length
      @       && 0 <= effort[m] && effort[m] <= horizon);
      @   requires (\forall int m; 0 <= m && m < score.length; (\forall int x; 0 <= x && x <= horizon;
      @       -Bounds.MAX_VALUE <= cost[m][x] && cost[m][x] <= Bounds.MAX_VALUE));
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   requires (\forall int a, b; 0 <= a && a < b && b < score.length; score[a][tau] > score[b][tau]);
      @   requires (\forall int a, b; 0 <= a && a < b && b < score.length; (\forall int y; tau < y && y <= tau + horizon;
      @       score[a][y - 1] >= score[b][y]));
      @   requires (\forall int m; 0 <= m && m < score.length; (\forall int x; 1 <= x && x <= horizon;
      @       cost[m][x] > cost[m][0]));
      @   requires (\forall int a, b; 0 <= a && a < b && b < score.length; (\forall int x; 1 <= x && x <= horizon;
      @       cost[a][x - 1] - cost[a][0] < cost[b][x] - cost[b][0]));
      @   requires (\forall int a, b; 0 <= a && a <= b && b < reward.length; reward[a] >= reward[b]);
      @   requires Equilibrium.isPne(score, cost, reward, tau, horizon, effort);
      @   ensures \result && (\forall int i; 0 <= i && i < score.length;
      @       Ranking.rankAfterDeviation(score, tau, effort, i, effort[i]) == i);
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean pneRanksByCapability(long[][] score,
            long[][] cost, long[] reward, int tau, int horizon, int[] effort) {
        boolean zero = pneIsAllZero(score, cost, reward, tau, horizon, effort);
        int i = 0;
        /*@ loop_invariant 0 <= i && i <= score.length && (\forall int q; 0 <= q && q < i;
          @       Ranking.rankAfterDeviation(score, tau, effort, q, effort[q]) == q);
          @ decreases score.length - i;
          @*/
        /*+KeY@ loop_writes \strictly_nothing; @*/
        /*-KeY@ loop_writes i; @*/
        while (i < score.length) {
            boolean atMost = RankCount.rankAtMost(score, tau, effort, i, effort[i], i);
            boolean atLeast = RankCount.rankAtLeast(score, tau, effort, i, effort[i], i);
            i++;
        }
        return true;
    }

    /**
     * Thm 4.6, second part (discrete): with {@code C[0] = 0} as well, if the jump condition fails for some
     * {@code j < k} (in particular the adjacent condition for {@code j = k - 1}), no profile is a PNE.
     */
    /*@ public normal_behavior
      @   requires score != null && cost != null && reward != null && effort != null;
      @   requires cost.length == score.length && reward.length == score.length && effort.length == score.length;
      @   requires 0 <= tau && 0 <= horizon;
      @   requires (\forall int m; 0 <= m && m < score.length; score[m] != null && cost[m] != null
      @       && tau + horizon < score[m].length && horizon < cost[m].length
      @       && 0 <= effort[m] && effort[m] <= horizon);
      @   requires (\forall int m; 0 <= m && m < score.length; (\forall int x; 0 <= x && x <= horizon;
      @       -Bounds.MAX_VALUE <= cost[m][x] && cost[m][x] <= Bounds.MAX_VALUE));
      @   requires (\forall int r; 0 <= r && r < reward.length;
      @       -Bounds.MAX_VALUE <= reward[r] && reward[r] <= Bounds.MAX_VALUE);
      @   requires (\forall int a, b; 0 <= a && a < b && b < score.length; score[a][tau] > score[b][tau]);
      @   requires (\forall int a, b; 0 <= a && a < b && b < score.length; (\forall int y; tau < y && y <= tau + horizon;
      @       score[a][y - 1] >= score[b][y]));
      @   requires (\forall int m; 0 <= m && m < score.length; (\forall int x; 1 <= x && x <= horizon;
      @       cost[m][x] > cost[m][0]));
      @   requires (\forall int a, b; 0 <= a && a < b && b < score.length; (\forall int x; 1 <= x && x <= horizon;
      @       cost[a][x - 1] - cost[a][0] < cost[b][x] - cost[b][0]));
      @   requires (\forall int a, b; 0 <= a && a <= b && b < reward.length; reward[a] >= reward[b]);
      @   requires (\forall int m; 0 <= m && m < score.length; cost[m][0] == 0);
      @   requires 0 <= j && j < k && k < score.length;
      @   requires AllZero.justOvertake(score, tau, horizon, k, j) >= 0
      @       && cost[k][AllZero.justOvertake(score, tau, horizon, k, j)] < reward[j] - reward[k];
      @   ensures \result && !Equilibrium.isPne(score, cost, reward, tau, horizon, effort);
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean noPneWhenJumpFails(long[][] score,
            long[][] cost, long[] reward, int tau, int horizon, int[] effort, int k, int j) {
        if (!Equilibrium.isPne(score, cost, reward, tau, horizon, effort)) {
            return true;
        }
        boolean zero = pneIsAllZero(score, cost, reward, tau, horizon, effort);
        boolean ranks = pneRankForm(score, cost, reward, tau, horizon, effort);
        int d = AllZero.justOvertake(score, tau, horizon, k, j);
        // k playing d passes j and every model below j: its rank is at most j; at 0 it is at least k.
        boolean passes = RankCount.rankAtMost(score, tau, effort, k, d, j);
        boolean stays = RankCount.rankAtLeast(score, tau, effort, k, 0, k);
        //@ assert reward[Ranking.rankAfterDeviation(score, tau, effort, k, d)] >= reward[j];
        //@ assert reward[Ranking.rankAfterDeviation(score, tau, effort, k, 0)] <= reward[k];
        return true;
    }
}
