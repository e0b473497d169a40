package org.lbgame.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class RankingTest {

    @Test
    void tiesGoToTheLowerIndex() {
        long[] s = {5, 7, 5, 7, 1};
        // order: 1 (7), 3 (7), 0 (5), 2 (5), 4 (1)
        assertEquals(2, Ranking.rankOf(s, 0));
        assertEquals(0, Ranking.rankOf(s, 1));
        assertEquals(3, Ranking.rankOf(s, 2));
        assertEquals(1, Ranking.rankOf(s, 3));
        assertEquals(4, Ranking.rankOf(s, 4));
    }

    @Test
    void rankMatchesSortingOnRandomScores() {
        Random rnd = new Random(1);
        for (int t = 0; t < 2000; t++) {
            int n = 1 + rnd.nextInt(6);
            long[] s = new long[n];
            for (int m = 0; m < n; m++) {
                s[m] = rnd.nextInt(4) - 2;
            }
            for (int i = 0; i < n; i++) {
                assertEquals(KernelReference.rank(s, i), Ranking.rankOf(s, i));
            }
        }
    }

    @Test
    void rankAfterDeviationUsesOnlyTheDeviatorsNewEffort() {
        long[][] score = {{10, 11, 12}, {9, 10, 13}, {1, 2, 3}};
        int[] effort = {1, 0, 2};
        // scores: model 0 at 11, model 2 at 3; model 1 deviating to 2 -> 13 > 11: first place
        assertEquals(0, Ranking.rankAfterDeviation(score, 0, effort, 1, 2));
        // model 1 deviating to 1 -> 10 < 11: second place
        assertEquals(1, Ranking.rankAfterDeviation(score, 0, effort, 1, 1));
        Random rnd = new Random(2);
        for (int t = 0; t < 500; t++) {
            long[][][] g = KernelReference.randomGame(rnd, 1 + rnd.nextInt(4), rnd.nextInt(3), rnd.nextInt(3), false);
            int n = g[0].length;
            int horizon = g[1][0].length - 1;
            int tau = g[0][0].length - 1 - horizon;
            int[] prof = new int[n];
            for (int m = 0; m < n; m++) {
                prof[m] = rnd.nextInt(horizon + 1);
            }
            for (int i = 0; i < n; i++) {
                for (int e = 0; e <= horizon; e++) {
                    assertEquals(KernelReference.rank(KernelReference.scores(g[0], tau, prof, i, e), i),
                            Ranking.rankAfterDeviation(g[0], tau, prof, i, e));
                }
            }
        }
    }
}
