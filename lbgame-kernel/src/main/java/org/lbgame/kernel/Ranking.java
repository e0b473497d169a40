package org.lbgame.kernel;

/** Ranks by score, descending, ties to the lower index (the higher-capability model). */
public final class Ranking {

    private Ranking() {
    }

    /** Whether model {@code j} with score {@code sj} is ranked above model {@code i} with score {@code si}. */
    /*@ public normal_behavior
      @   ensures \result <==> (sj > si || (sj == si && j < i));
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ boolean beats(long sj, int j, long si, int i) {
        return sj > si || (sj == si && j < i);
    }

    /**
     * Number of models {@code j} in {@code lo..n-1} that beat model {@code i} under scores {@code s}: the count in
     * {@link #rankOf}'s contract, defined by recursion for OpenJML, whose SMT translation has no {@code \num_of}.
     */
    /*-KeY@ public normal_behavior
      @   requires s != null && 0 <= i && i < s.length && 0 <= lo && lo <= s.length;
      @   ensures lo == s.length ==> \result == 0;
      @   ensures lo < s.length ==> \result == beatersFrom(s, i, lo + 1)
      @       + ((s[lo] > s[i] || (s[lo] == s[i] && lo < i)) ? 1 : 0);
      @   ensures 0 <= \result && \result <= s.length - lo;
      @   measured_by s.length - lo;
      @ public static model pure int beatersFrom(long[] s, int i, int lo) {
      @   return lo == s.length ? 0
      @       : beatersFrom(s, i, lo + 1) + ((s[lo] > s[i] || (s[lo] == s[i] && lo < i)) ? 1 : 0);
      @ }
      @*/

    /**
     * 0-based rank of model {@code i} under scores {@code s}: the number of models that beat it. The count is
     * {@code \num_of} for KeY and the recursive JML model function {@code beatersFrom} for OpenJML (the same number:
     * the recursion counts {@code lo..n-1} one index at a time); the rest of the contract is the same text for both.
     */
    /*+KeY@ public normal_behavior
      @   requires s != null && 0 <= i && i < s.length;
      @   ensures \result == (\num_of int j; 0 <= j && j < s.length; s[j] > s[i] || (s[j] == s[i] && j < i));
      @   ensures 0 <= \result && \result < s.length;
      @   assignable \nothing;
      @*/
    /*-KeY@ public normal_behavior
      @   requires s != null && 0 <= i && i < s.length;
      @   ensures \result == beatersFrom(s, i, 0);
      @   ensures 0 <= \result && \result < s.length;
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ int rankOf(long[] s, int i) {
        int r = 0;
        /*+KeY@ loop_invariant 0 <= j && j <= s.length && 0 <= r && r <= j
          @   && (j > i ==> r < j)
          @   && r == (\num_of int m; 0 <= m && m < j; s[m] > s[i] || (s[m] == s[i] && m < i));
          @ decreases s.length - j;
          @*/
        /*-KeY@ loop_invariant 0 <= j && j <= s.length && 0 <= r && r <= j
          @   && (j > i ==> r < j)
          @   && r + beatersFrom(s, i, j) == beatersFrom(s, i, 0);
          @ decreases s.length - j;
          @*/
        /*+KeY@ loop_writes \strictly_nothing; @*/
        /*-KeY@ loop_writes r, j; @*/
        for (int j = 0; j < s.length; j++) {
            if (s[j] > s[i] || (s[j] == s[i] && j < i)) {
                r++;
            }
        }
        return r;
    }

    /**
     * Number of models {@code j != i} in {@code lo..n-1} whose score {@code score[j][tau + effort[j]]} beats model
     * {@code i}'s score {@code si}: the count in {@link #rankAfterDeviation}'s contract, by recursion, for OpenJML. A
     * row that does not cover {@code tau + effort[j]} counts as not beating (the rank's precondition excludes it).
     */
    /*-KeY@ public normal_behavior
      @   requires score != null && effort != null && effort.length == score.length;
      @   requires 0 <= i && i < score.length && 0 <= lo && lo <= score.length;
      @   ensures lo == score.length ==> \result == 0;
      @   ensures lo < score.length ==> \result == deviationBeatersFrom(score, tau, effort, i, si, lo + 1)
      @       + ((lo != i && score[lo] != null && 0 <= tau + effort[lo] && tau + effort[lo] < score[lo].length
      @           && (score[lo][tau + effort[lo]] > si || (score[lo][tau + effort[lo]] == si && lo < i))) ? 1 : 0);
      @   ensures 0 <= \result && \result <= score.length - lo;
      @   measured_by score.length - lo;
      @ public static model pure code_bigint_math int deviationBeatersFrom(long[][] score, int tau, int[] effort, int i, long si,
      @         int lo) {
      @   return lo == score.length ? 0
      @       : deviationBeatersFrom(score, tau, effort, i, si, lo + 1)
      @           + ((lo != i && score[lo] != null && 0 <= tau + effort[lo] && tau + effort[lo] < score[lo].length
      @               && (score[lo][tau + effort[lo]] > si || (score[lo][tau + effort[lo]] == si && lo < i)))
      @               ? 1 : 0);
      @ }
      @*/

    /**
     * 0-based rank of model {@code i} when it alone plays extra effort {@code e} and the others play {@code effort}.
     * The count is {@code \num_of} for KeY and the recursive JML model function {@code deviationBeatersFrom} for
     * OpenJML.
     */
    /*+KeY@ public normal_behavior
      @   requires score != null && effort != null && effort.length == score.length;
      @   requires 0 <= i && i < score.length && 0 <= tau && 0 <= e;
      @   requires (\forall int m; 0 <= m && m < score.length;
      @       score[m] != null && 0 <= effort[m] && tau + effort[m] < score[m].length);
      @   requires tau + e < score[i].length;
      @   ensures \result == (\num_of int j; 0 <= j && j < score.length; j != i
      @       && (score[j][tau + effort[j]] > score[i][tau + e]
      @           || (score[j][tau + effort[j]] == score[i][tau + e] && j < i)));
      @   ensures 0 <= \result && \result < score.length;
      @   assignable \nothing;
      @*/
    /*-KeY@ public normal_behavior
      @   requires score != null && effort != null && effort.length == score.length;
      @   requires 0 <= i && i < score.length && 0 <= tau && 0 <= e;
      @   requires (\forall int m; 0 <= m && m < score.length;
      @       score[m] != null && 0 <= effort[m] && tau + effort[m] < score[m].length);
      @   requires tau + e < score[i].length;
      @   ensures \result == deviationBeatersFrom(score, tau, effort, i, score[i][tau + e], 0);
      @   ensures 0 <= \result && \result < score.length;
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ int rankAfterDeviation(long[][] score, int tau, int[] effort, int i, int e) {
        long si = score[i][tau + e];
        int r = 0;
        /*+KeY@ loop_invariant 0 <= j && j <= score.length && 0 <= r && r <= j
          @   && (j > i ==> r < j)
          @   && r == (\num_of int m; 0 <= m && m < j; m != i
          @       && (score[m][tau + effort[m]] > si || (score[m][tau + effort[m]] == si && m < i)));
          @ decreases score.length - j;
          @*/
        /*-KeY@ loop_invariant 0 <= j && j <= score.length && 0 <= r && r <= j
          @   && (j > i ==> r < j)
          @   && r + deviationBeatersFrom(score, tau, effort, i, si, j)
          @       == deviationBeatersFrom(score, tau, effort, i, si, 0);
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
        return r;
    }

    /**
     * {@link #rankAfterDeviation} again, with the contract {@code \result == rankAfterDeviation(...)} and its range:
     * a caller whose search keeps the queries opaque links the value it computes to the query its contract names.
     */
    /*@ public normal_behavior
      @   requires score != null && effort != null && effort.length == score.length;
      @   requires 0 <= i && i < score.length && 0 <= tau && 0 <= e;
      @   requires (\forall int m; 0 <= m && m < score.length;
      @       score[m] != null && 0 <= effort[m] && tau + effort[m] < score[m].length);
      @   requires tau + e < score[i].length;
      @   ensures \result == rankAfterDeviation(score, tau, effort, i, e) && 0 <= \result && \result < score.length;
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ int rankAfterDeviationValue(long[][] score, int tau,
            int[] effort, int i, int e) {
        return rankAfterDeviation(score, tau, effort, i, e);
    }
}
