package org.lbgame.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Lemma 5.2 ({@link ClimbingCost}), Prop 5.3 ({@link TbtStability}), the threshold's leastness
 * ({@link ThresholdCertificate}) and the counterexample tables ({@link Counterexamples}), against brute force written
 * here from the definitions (ranks by counting, utilities against all-zero, least overtake efforts by scanning).
 */
class TbtLemmasTest {

    /** Rank of model i playing e while the others play 0, by the definition (count of models that beat it). */
    static int rank(long[][] score, int tau, int i, int e) {
        int r = 0;
        long s = score[i][tau + e];
        for (int m = 0; m < score.length; m++) {
            if (m != i && (score[m][tau] > s || (score[m][tau] == s && m < i))) {
                r++;
            }
        }
        return r;
    }

    /** Whether all-zero is a PNE at tau, by the definition. */
    static boolean allZeroPne(long[][] score, long[][] cost, long[] reward, int tau, int horizon) {
        for (int i = 0; i < score.length; i++) {
            long stay = reward[rank(score, tau, i, 0)] - cost[i][0];
            for (int e = 1; e <= horizon; e++) {
                if (reward[rank(score, tau, i, e)] - cost[i][e] > stay) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Least e in 0..E with score[k][tau+e] > score[j][tau], or -1. */
    static int delta(long[][] score, int tau, int horizon, int k, int j) {
        for (int e = 0; e <= horizon; e++) {
            if (score[k][tau + e] > score[j][tau]) {
                return e;
            }
        }
        return -1;
    }

    /** A random game on levels 0..levels-1 (plus the horizon): nondecreasing rows, nondecreasing costs from 0. */
    private static long[][][] game(Random rnd, int n, int levels, int horizon) {
        int len = levels + horizon + 1;
        long[][] score = new long[n][len];
        long[][] cost = new long[n][horizon + 1];
        long[] reward = new long[n];
        for (int i = n - 1; i >= 0; i--) {
            long s = (n - 1 - i) * 3L + rnd.nextInt(3);
            for (int x = 0; x < len; x++) {
                score[i][x] = s;
                s += rnd.nextInt(4);
            }
            long c = 0;
            for (int e = 0; e <= horizon; e++) {
                cost[i][e] = c;
                c += rnd.nextInt(4);
            }
        }
        long r = 30;
        for (int i = 0; i < n; i++) {
            reward[i] = r;
            r -= rnd.nextInt(9);
        }
        return new long[][][] {score, cost, {reward}};
    }

    @Test
    void prop53AllZeroPnePersistsUnderItsHypotheses() {
        Random rnd = new Random(53);
        int premises = 0;
        int brokenWithoutLemma52 = 0;
        for (int t = 0; t < 20000; t++) {
            int n = 2 + rnd.nextInt(3);
            int horizon = 1 + rnd.nextInt(3);
            int tau = rnd.nextInt(3);
            long[][][] g = game(rnd, n, tau + 2, horizon);
            long[][] score = g[0];
            long[][] cost = g[1];
            long[] reward = g[2][0];
            if (!Certificates.prop45Hypotheses(score, cost, reward, tau, horizon)
                    || !Certificates.prop45Hypotheses(score, cost, reward, tau + 1, horizon)) {
                continue;
            }
            boolean before = allZeroPne(score, cost, reward, tau, horizon);
            boolean after = allZeroPne(score, cost, reward, tau + 1, horizon);
            if (!ClimbingCost.effortsGrow(score, tau, horizon)) {
                brokenWithoutLemma52 += before && !after ? 1 : 0;
                continue;
            }
            if (before) {
                premises++;
                assertTrue(after, "Prop 5.3 fails at tau=" + tau);
            }
        }
        assertTrue(premises > 100, "too few games with all-zero a PNE under the hypotheses: " + premises);
        // the hypothesis is not idle: without Lemma 5.2's conclusion the step fails on some game
        assertTrue(brokenWithoutLemma52 > 0, "no game breaks Prop 5.3 when an overtake effort shrinks");
    }

    @Test
    void lemma52OvertakeEffortGrowsUnderC3AtTheTwoLevels() {
        Random rnd = new Random(52);
        int premises = 0;
        int brokenWithoutC3 = 0;
        for (int t = 0; t < 20000; t++) {
            int horizon = 1 + rnd.nextInt(4);
            int tau = rnd.nextInt(3);
            long[][] score = game(rnd, 2, tau + 2, horizon)[0];
            int j = 0;
            int k = 1;
            boolean shape = score[j][tau] < score[j][tau + 1];
            for (int y = 0; y <= tau; y++) {
                shape &= score[j][y] <= score[j][tau];
            }
            if (!shape) {
                continue;
            }
            int later = delta(score, tau + 1, horizon, k, j);
            int now = delta(score, tau, horizon, k, j);
            boolean conclusion = later < 0 || (now >= 0 && now <= later);
            if (!Validity.gapOrdered(score[j], score[k], score[j][tau] + 1, score[j][tau + 1] + 1)) {
                brokenWithoutC3 += conclusion ? 0 : 1;
                continue;
            }
            premises++;
            assertTrue(conclusion, "Lemma 5.2 fails: Delta " + now + " at tau, " + later + " at tau + 1");
            assertTrue(ClimbingCost.overtakeEffortGrows(score, tau, horizon, k, j));
        }
        assertTrue(premises > 1000, "too few tables meet the hypotheses: " + premises);
        assertTrue(brokenWithoutC3 > 0, "no table breaks Lemma 5.2 without C3");
    }

    @Test
    void leastThresholdByProp53AgreesWithEveryLevelChecked() {
        Random rnd = new Random(55);
        int accepted = 0;
        for (int t = 0; t < 4000; t++) {
            int n = 2 + rnd.nextInt(2);
            int horizon = 1 + rnd.nextInt(3);
            int levels = 2 + rnd.nextInt(4);
            long[][][] g = game(rnd, n, levels, horizon);
            long[][] score = g[0];
            long[][] cost = g[1];
            long[] reward = g[2][0];
            for (int star = 1; star < levels; star++) {
                int[][] jump = new int[n][];
                for (int k = 0; k < n; k++) {
                    jump[k] = new int[k];
                    for (int j = 0; j < k; j++) {
                        jump[k][j] = delta(score, star, horizon, k, j);
                    }
                }
                for (int i = 0; i < n; i++) {
                    for (int e = 1; e <= horizon; e++) {
                        if (ThresholdCertificate.checkLeastThreshold(score, cost, reward, star, horizon, jump, i, e)) {
                            accepted++;
                            assertTrue(allZeroPne(score, cost, reward, star, horizon));
                            for (int below = 0; below < star; below++) {
                                assertFalse(allZeroPne(score, cost, reward, below, horizon),
                                        "accepted tau* = " + star + " but all-zero is a PNE at " + below);
                            }
                        }
                    }
                }
            }
        }
        assertTrue(accepted > 50, "too few accepted certificates: " + accepted);
    }

    @Test
    void theCounterexampleTablesDoWhatTheirLemmasSay() {
        long[][] score = {{4572117853059800325L, 4574233725179732604L}, {4571619950276297739L, 4573555264595244612L}};
        long[][] cost = {{0, 524288}, {0, 524288}};
        long[] reward = {1048576, 524288};
        int[] effort = {0, 1};
        // the profile (0, 1) by brute force: no deviation of either model gains, and model 1 ranks first
        long[] u = new long[2];
        for (int i = 0; i < 2; i++) {
            u[i] = reward[deviationRank(score, effort, i, effort[i])] - cost[i][effort[i]];
            for (int e = 0; e <= 1; e++) {
                assertTrue(reward[deviationRank(score, effort, i, e)] - cost[i][e] <= u[i]);
            }
        }
        assertEquals(0, deviationRank(score, effort, 1, 1));
        assertTrue(Equilibrium.isPne(score, cost, reward, 0, 1, effort));
        assertTrue(score[0][0] < score[1][1], "the one-step head start fails");

        long[][] s3 = {{2, 3, 4, 5}, {1, 2, 3, 4}, {0, 1, 2, 3}};
        long[][] c3 = {{0, 4, 8, 12}, {0, 4, 8, 12}, {0, 4, 8, 12}};
        long[] r3 = {13, 7, 0};
        assertEquals(2, delta(s3, 0, 3, 1, 0));
        assertEquals(2, delta(s3, 0, 3, 2, 1));
        assertTrue(c3[1][2] >= r3[0] - r3[1] && c3[2][2] >= r3[1] - r3[2]);
        assertFalse(allZeroPne(s3, c3, r3, 0, 3));
        assertTrue(AllZero.adjacentConditionHolds(s3, c3, r3, 0, 3));
        assertFalse(AllZero.isAllZeroPne(s3, c3, r3, 0, 3));
    }

    private static int deviationRank(long[][] score, int[] effort, int i, int e) {
        int r = 0;
        long s = score[i][e];
        for (int m = 0; m < score.length; m++) {
            long sm = score[m][effort[m]];
            if (m != i && (sm > s || (sm == s && m < i))) {
                r++;
            }
        }
        return r;
    }
}
