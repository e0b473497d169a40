package org.lbgame.kernel;

/**
 * Proof helpers of {@link AllZero#rankAtAllZero}: the rank as a count, and the same count under C1 at {@code tau},
 * where the models that beat model {@code i} form a prefix {@code 0..p-1} of the capability order.
 */
public final class AllZeroRank {

    private AllZeroRank() {
    }

    /**
     * Number of models {@code j != i} in {@code lo..n-1} whose score at {@code tau} beats {@code si} (model {@code i}'s
     * score when it plays {@code e} and the rest play 0): the all-zero rank's count, by recursion, for OpenJML, whose
     * SMT translation has no {@code \num_of}. A row that does not cover {@code tau} counts as not beating (the
     * callers' preconditions exclude it).
     */
    /*-KeY@ public normal_behavior
      @   requires score != null && 0 <= i && i < score.length && 0 <= lo && lo <= score.length;
      @   ensures lo == score.length ==> \result == 0;
      @   ensures lo < score.length ==> \result == allZeroBeatersFrom(score, tau, i, si, lo + 1)
      @       + ((lo != i && score[lo] != null && 0 <= tau && tau < score[lo].length
      @           && (score[lo][tau] > si || (score[lo][tau] == si && lo < i))) ? 1 : 0);
      @   ensures 0 <= \result && \result <= score.length - lo;
      @   measured_by score.length - lo;
      @ public static model pure int allZeroBeatersFrom(long[][] score, int tau, int i, long si, int lo) {
      @   return lo == score.length ? 0
      @       : allZeroBeatersFrom(score, tau, i, si, lo + 1)
      @           + ((lo != i && score[lo] != null && 0 <= tau && tau < score[lo].length
      @               && (score[lo][tau] > si || (score[lo][tau] == si && lo < i))) ? 1 : 0);
      @ }
      @*/

    /**
     * First model not beaten by model {@code i} playing {@code e} at {@code tau}: least {@code p} in {@code 0..i} with
     * {@code p == i} or {@code score[p][tau] < score[i][tau+e]}. Under C1 at {@code tau} this is the all-zero rank
     * (see {@link AllZero#rankAtAllZero}).
     */
    /*@ public normal_behavior
      @   requires score != null && 0 <= i && i < score.length && 0 <= tau && 0 <= e;
      @   requires (\forall int m; 0 <= m && m < score.length; score[m] != null && tau < score[m].length);
      @   requires tau + e < score[i].length;
      @   ensures 0 <= \result && \result <= i;
      @   ensures (\forall int m; 0 <= m && m < \result; score[m][tau] >= score[i][tau + e]);
      @   ensures \result < i ==> score[\result][tau] < score[i][tau + e];
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ int firstNotBeaten(long[][] score, int tau, int i,
            int e) {
        long si = score[i][tau + e];
        int p = 0;
        /*@ loop_invariant 0 <= p && p <= i && (\forall int m; 0 <= m && m < p; score[m][tau] >= si);
          @ decreases i - p;
          @*/
        /*+KeY@ loop_writes \strictly_nothing; @*/
        /*-KeY@ loop_writes p; @*/
        while (p < i && score[p][tau] >= si) {
            p++;
        }
        return p;
    }

    /**
     * Number of models that beat model {@code i} playing {@code e} while every other model plays 0: {@code \num_of}
     * for KeY, the recursive JML model function {@code allZeroBeatersFrom} for OpenJML.
     */
    /*+KeY@ public normal_behavior
      @   requires score != null && 0 <= i && i < score.length && 0 <= tau && 0 <= e;
      @   requires (\forall int m; 0 <= m && m < score.length; score[m] != null && tau < score[m].length);
      @   requires tau + e < score[i].length;
      @   ensures \result == (\num_of int j; 0 <= j && j < score.length; j != i
      @       && (score[j][tau] > score[i][tau + e] || (score[j][tau] == score[i][tau + e] && j < i)));
      @   ensures 0 <= \result && \result < score.length;
      @   assignable \nothing;
      @*/
    /*-KeY@ public normal_behavior
      @   requires score != null && 0 <= i && i < score.length && 0 <= tau && 0 <= e;
      @   requires (\forall int m; 0 <= m && m < score.length; score[m] != null && tau < score[m].length);
      @   requires tau + e < score[i].length;
      @   ensures \result == allZeroBeatersFrom(score, tau, i, score[i][tau + e], 0);
      @   ensures 0 <= \result && \result < score.length;
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ int beatersAtAllZero(long[][] score, int tau, int i,
            int e) {
        long si = score[i][tau + e];
        int r = 0;
        /*+KeY@ loop_invariant 0 <= j && j <= score.length && 0 <= r && r <= j
          @   && (j > i ==> r < j)
          @   && r == (\num_of int m; 0 <= m && m < j; m != i
          @       && (score[m][tau] > si || (score[m][tau] == si && m < i)));
          @ decreases score.length - j;
          @*/
        /*-KeY@ loop_invariant 0 <= j && j <= score.length && 0 <= r && r <= j
          @   && (j > i ==> r < j)
          @   && r + allZeroBeatersFrom(score, tau, i, si, j) == allZeroBeatersFrom(score, tau, i, si, 0);
          @ decreases score.length - j;
          @*/
        /*+KeY@ loop_writes \strictly_nothing; @*/
        /*-KeY@ loop_writes r, j; @*/
        for (int j = 0; j < score.length; j++) {
            if (j != i && (score[j][tau] > si || (score[j][tau] == si && j < i))) {
                r++;
            }
        }
        return r;
    }

    /**
     * {@link AllZero#rankAtAllZero} under C1 at {@code tau} when {@code e} does not lower model {@code i}'s score (the
     * count is {@code \num_of} for KeY, the recursive JML model function {@code allZeroBeatersFrom} for OpenJML).
     */
    /*+KeY@ public normal_behavior
      @   requires score != null && 0 <= i && i < score.length && 0 <= tau && 0 <= e;
      @   requires (\forall int m; 0 <= m && m < score.length; score[m] != null && tau < score[m].length);
      @   requires tau + e < score[i].length;
      @   requires (\forall int a, b; 0 <= a && a < b && b < score.length; score[a][tau] > score[b][tau]);
      @   requires score[i][tau] <= score[i][tau + e];
      @   ensures \result == (\num_of int j; 0 <= j && j < score.length; j != i
      @       && (score[j][tau] > score[i][tau + e] || (score[j][tau] == score[i][tau + e] && j < i)));
      @   ensures 0 <= \result && \result < score.length;
      @   ensures \result <= i
      @         && (\forall int j; 0 <= j && j < \result; score[j][tau] >= score[i][tau + e])
      @         && (\result < i ==> score[\result][tau] < score[i][tau + e]);
      @   assignable \nothing;
      @*/
    /*-KeY@ public normal_behavior
      @   requires score != null && 0 <= i && i < score.length && 0 <= tau && 0 <= e;
      @   requires (\forall int m; 0 <= m && m < score.length; score[m] != null && tau < score[m].length);
      @   requires tau + e < score[i].length;
      @   requires (\forall int a, b; 0 <= a && a < b && b < score.length; score[a][tau] > score[b][tau]);
      @   requires score[i][tau] <= score[i][tau + e];
      @   ensures \result == allZeroBeatersFrom(score, tau, i, score[i][tau + e], 0);
      @   ensures 0 <= \result && \result < score.length;
      @   ensures \result <= i
      @         && (\forall int j; 0 <= j && j < \result; score[j][tau] >= score[i][tau + e])
      @         && (\result < i ==> score[\result][tau] < score[i][tau + e]);
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ int rankAtAllZeroUnderC1(long[][] score, int tau,
            int i, int e) {
        long si = score[i][tau + e];
        // Under C1 the models that beat i form the prefix 0..p-1, so the count below equals p.
        int p = firstNotBeaten(score, tau, i, e);
        int r = 0;
        /*+KeY@ loop_invariant 0 <= j && j <= score.length && 0 <= r && r <= j
          @   && r == (\num_of int m; 0 <= m && m < j; m != i
          @       && (score[m][tau] > si || (score[m][tau] == si && m < i)))
          @   && r == (j < p ? j : p);
          @ decreases score.length - j;
          @*/
        /*-KeY@ loop_invariant 0 <= j && j <= score.length && 0 <= r && r <= j
          @   && r + allZeroBeatersFrom(score, tau, i, si, j) == allZeroBeatersFrom(score, tau, i, si, 0)
          @   && r == (j < p ? j : p);
          @ decreases score.length - j;
          @*/
        /*+KeY@ loop_writes \strictly_nothing; @*/
        /*-KeY@ loop_writes r, j; @*/
        for (int j = 0; j < score.length; j++) {
            if (j != i && (score[j][tau] > si || (score[j][tau] == si && j < i))) {
                r++;
            }
        }
        return r;
    }
}
