package org.lbgame.kernel;

/** Ranks by score, descending, ties to the lower index (the higher-capability model). */
public final class Ranking {

    private Ranking() {
    }

    /** Whether model {@code j} with score {@code sj} is ranked above model {@code i} with score {@code si}. */
    public static boolean beats(long sj, int j, long si, int i) {
        return sj > si || (sj == si && j < i);
    }

    /** 0-based rank of model {@code i} under scores {@code s}: the number of models that beat it. */
    public static int rankOf(long[] s, int i) {
        int r = 0;
        for (int j = 0; j < s.length; j++) {
            if (j != i && (s[j] > s[i] || (s[j] == s[i] && j < i))) {
                r++;
            }
        }
        return r;
    }

    /** 0-based rank of model {@code i} when it alone plays extra effort {@code e} and the others play {@code effort}. */
    public static int rankAfterDeviation(long[][] score, int tau, int[] effort, int i, int e) {
        long si = score[i][tau + e];
        int r = 0;
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
