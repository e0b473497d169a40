package org.lbgame.kernel;

/**
 * Lemmas on the rank of a unilateral deviation ({@link Ranking#rankAfterDeviation}, the number of models that beat
 * model {@code i} playing {@code e}): bounds from which models beat it, and the comparison of two such ranks. Each
 * returns true; its postcondition is the fact, proved once over the count.
 */
public final class RankCount {

    private RankCount() {
    }

    /** Lemma: when no model {@code m >= q} beats model {@code i} playing {@code e}, its rank is at most {@code q}. */
    /*@ public normal_behavior
      @   requires score != null && effort != null && effort.length == score.length;
      @   requires 0 <= i && i < score.length && 0 <= tau && 0 <= e && 0 <= q && q <= score.length;
      @   requires (\forall int m; 0 <= m && m < score.length;
      @       score[m] != null && 0 <= effort[m] && tau + effort[m] < score[m].length);
      @   requires tau + e < score[i].length;
      @   requires (\forall int m; q <= m && m < score.length && m != i;
      @       !(score[m][tau + effort[m]] > score[i][tau + e]
      @           || (score[m][tau + effort[m]] == score[i][tau + e] && m < i)));
      @   ensures \result && Ranking.rankAfterDeviation(score, tau, effort, i, e) <= q;
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean rankAtMost(long[][] score, int tau, int[] effort,
            int i, int e, int q) {
        int rank = Ranking.rankAfterDeviation(score, tau, effort, i, e);
        long si = score[i][tau + e];
        int r = 0;
        /*+KeY@ loop_invariant 0 <= j && j <= score.length && 0 <= r && r <= j && r <= (j < q ? j : q)
          @   && r == (\num_of int m; 0 <= m && m < j; m != i
          @       && (score[m][tau + effort[m]] > si || (score[m][tau + effort[m]] == si && m < i)));
          @ decreases score.length - j;
          @*/
        /*-KeY@ loop_invariant 0 <= j && j <= score.length && 0 <= r && r <= j && r <= (j < q ? j : q)
          @   && r + Ranking.deviationBeatersFrom(score, tau, effort, i, si, j)
          @       == Ranking.deviationBeatersFrom(score, tau, effort, i, si, 0);
          @ decreases score.length - j;
          @*/
        /*+KeY@ loop_writes \strictly_nothing; @*/
        /*-KeY@ loop_writes r, j; @*/
        for (int j = 0; j < score.length; j++) {
            if (j != i) {
                long sj = score[j][tau + effort[j]];
                if (sj > si || (sj == si && j < i)) {
                    r++;
                }
            }
        }
        //@ assert r == rank;
        return true;
    }

    /**
     * Lemma: when every model {@code m < q} other than {@code i} beats model {@code i} playing {@code e}, its rank is
     * at least {@code q} (at least {@code q - 1} when {@code i} is itself among them).
     */
    /*@ public normal_behavior
      @   requires score != null && effort != null && effort.length == score.length;
      @   requires 0 <= i && i < score.length && 0 <= tau && 0 <= e && 0 <= q && q <= score.length;
      @   requires (\forall int m; 0 <= m && m < score.length;
      @       score[m] != null && 0 <= effort[m] && tau + effort[m] < score[m].length);
      @   requires tau + e < score[i].length;
      @   requires (\forall int m; 0 <= m && m < q && m != i;
      @       score[m][tau + effort[m]] > score[i][tau + e]
      @           || (score[m][tau + effort[m]] == score[i][tau + e] && m < i));
      @   ensures \result && (i >= q ==> Ranking.rankAfterDeviation(score, tau, effort, i, e) >= q)
      @       && (i < q ==> Ranking.rankAfterDeviation(score, tau, effort, i, e) >= q - 1);
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean rankAtLeast(long[][] score, int tau,
            int[] effort, int i, int e, int q) {
        int rank = Ranking.rankAfterDeviation(score, tau, effort, i, e);
        long si = score[i][tau + e];
        int r = 0;
        // KeY's invariant bounds the count itself, not r: with r, every bound is re-proved through r + 1's
        // wrap-around arithmetic (measured: 11 goals open at 30,118 steps, each such a bound after r++)
        /*+KeY@ loop_invariant 0 <= j && j <= score.length
          @   && (j <= q ==> (\num_of int m; 0 <= m && m < j; m != i
          @       && (score[m][tau + effort[m]] > score[i][tau + e]
          @           || (score[m][tau + effort[m]] == score[i][tau + e] && m < i))) >= (j <= i ? j : j - 1))
          @   && (j > q ==> (\num_of int m; 0 <= m && m < j; m != i
          @       && (score[m][tau + effort[m]] > score[i][tau + e]
          @           || (score[m][tau + effort[m]] == score[i][tau + e] && m < i))) >= (q <= i ? q : q - 1));
          @ decreases score.length - j;
          @*/
        /*-KeY@ loop_invariant 0 <= j && j <= score.length && 0 <= r && r <= j
          @   && (j <= q ==> r >= (j <= i ? j : j - 1)) && (j > q ==> r >= (q <= i ? q : q - 1))
          @   && r + Ranking.deviationBeatersFrom(score, tau, effort, i, si, j)
          @       == Ranking.deviationBeatersFrom(score, tau, effort, i, si, 0);
          @ decreases score.length - j;
          @*/
        /*+KeY@ loop_writes \strictly_nothing; @*/
        /*-KeY@ loop_writes r, j; @*/
        for (int j = 0; j < score.length; j++) {
            if (j != i) {
                long sj = score[j][tau + effort[j]];
                if (sj > si || (sj == si && j < i)) {
                    r++;
                }
            }
        }
        /*-KeY@ assert r == rank; @*/
        return true;
    }

    /**
     * Lemma: when every model that beats {@code i} playing {@code e} also beats {@code k} playing {@code f} (and is not
     * {@code k}), the first rank is at most the second.
     */
    /*@ public normal_behavior
      @   requires score != null && effort != null && effort.length == score.length;
      @   requires 0 <= i && i < score.length && 0 <= k && k < score.length && 0 <= tau && 0 <= e && 0 <= f;
      @   requires (\forall int m; 0 <= m && m < score.length;
      @       score[m] != null && 0 <= effort[m] && tau + effort[m] < score[m].length);
      @   requires tau + e < score[i].length && tau + f < score[k].length;
      @   requires (\forall int m; 0 <= m && m < score.length;
      @       (m != i && (score[m][tau + effort[m]] > score[i][tau + e]
      @           || (score[m][tau + effort[m]] == score[i][tau + e] && m < i)))
      @       ==> (m != k && (score[m][tau + effort[m]] > score[k][tau + f]
      @           || (score[m][tau + effort[m]] == score[k][tau + f] && m < k))));
      @   ensures \result && Ranking.rankAfterDeviation(score, tau, effort, i, e)
      @       <= Ranking.rankAfterDeviation(score, tau, effort, k, f);
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean rankDominated(long[][] score, int tau,
            int[] effort, int i, int e, int k, int f) {
        int rankI = Ranking.rankAfterDeviation(score, tau, effort, i, e);
        int rankK = Ranking.rankAfterDeviation(score, tau, effort, k, f);
        long si = score[i][tau + e];
        long sk = score[k][tau + f];
        int r = 0;
        int t = 0;
        // KeY's invariant compares the two counts themselves, not r and t (as in rankAtLeast: no wrap-around
        // arithmetic on the counters)
        /*+KeY@ loop_invariant 0 <= j && j <= score.length
          @   && (\num_of int m; 0 <= m && m < j; m != i
          @       && (score[m][tau + effort[m]] > score[i][tau + e]
          @           || (score[m][tau + effort[m]] == score[i][tau + e] && m < i)))
          @     <= (\num_of int m; 0 <= m && m < j; m != k
          @       && (score[m][tau + effort[m]] > score[k][tau + f]
          @           || (score[m][tau + effort[m]] == score[k][tau + f] && m < k)));
          @ decreases score.length - j;
          @*/
        /*-KeY@ loop_invariant 0 <= j && j <= score.length && 0 <= r && r <= t && t <= j
          @   && r + Ranking.deviationBeatersFrom(score, tau, effort, i, si, j)
          @       == Ranking.deviationBeatersFrom(score, tau, effort, i, si, 0)
          @   && t + Ranking.deviationBeatersFrom(score, tau, effort, k, sk, j)
          @       == Ranking.deviationBeatersFrom(score, tau, effort, k, sk, 0);
          @ decreases score.length - j;
          @*/
        /*+KeY@ loop_writes \strictly_nothing; @*/
        /*-KeY@ loop_writes r, t, j; @*/
        for (int j = 0; j < score.length; j++) {
            long sj = score[j][tau + effort[j]];
            if (j != i && (sj > si || (sj == si && j < i))) {
                r++;
            }
            if (j != k && (sj > sk || (sj == sk && j < k))) {
                t++;
            }
        }
        /*-KeY@ assert r == rankI && t == rankK; @*/
        return true;
    }
}
