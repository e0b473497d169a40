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

    /** 0-based rank of model {@code i} under scores {@code s}: the number of models that beat it. */
    /*@ public normal_behavior
      @   requires s != null && 0 <= i && i < s.length;
      @   ensures \result == (\num_of int j; 0 <= j && j < s.length; s[j] > s[i] || (s[j] == s[i] && j < i));
      @   ensures 0 <= \result && \result < s.length;
      @   assignable \nothing;
      @*/
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ int rankOf(long[] s, int i) {
        int r = 0;
        /*@ loop_invariant 0 <= j && j <= s.length && 0 <= r && r <= j
          @   && (j > i ==> r < j)
          @   && r == (\num_of int m; 0 <= m && m < j; s[m] > s[i] || (s[m] == s[i] && m < i));
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

    /** 0-based rank of model {@code i} when it alone plays extra effort {@code e} and the others play {@code effort}. */
    /*@ public normal_behavior
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
    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ int rankAfterDeviation(long[][] score, int tau, int[] effort, int i, int e) {
        long si = score[i][tau + e];
        int r = 0;
        /*@ loop_invariant 0 <= j && j <= score.length && 0 <= r && r <= j
          @   && (j > i ==> r < j)
          @   && r == (\num_of int m; 0 <= m && m < j; m != i
          @       && (score[m][tau + effort[m]] > si || (score[m][tau + effort[m]] == si && m < i)));
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
}
