package org.lbgame.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EquilibriumTest {

    @Test
    void isPneMatchesExhaustiveDeviationCheck() {
        Random rnd = new Random(6);
        for (int t = 0; t < 1500; t++) {
            int n = 1 + rnd.nextInt(3);
            int tau = rnd.nextInt(2);
            int horizon = rnd.nextInt(3);
            long[][][] g = KernelReference.randomGame(rnd, n, tau, horizon, rnd.nextBoolean());
            for (int[] p : KernelReference.profiles(n, horizon)) {
                assertEquals(KernelReference.isPne(g[0], g[1], g[2][0], tau, horizon, p),
                        Equilibrium.isPne(g[0], g[1], g[2][0], tau, horizon, p));
            }
        }
    }

    @Test
    void bestResponseIsTheLeastMaximizer() {
        Random rnd = new Random(7);
        for (int t = 0; t < 1500; t++) {
            int n = 1 + rnd.nextInt(3);
            int horizon = rnd.nextInt(4);
            long[][][] g = KernelReference.randomGame(rnd, n, 0, horizon, false);
            int[] p = new int[n];
            for (int m = 0; m < n; m++) {
                p[m] = rnd.nextInt(horizon + 1);
            }
            for (int i = 0; i < n; i++) {
                int best = -1;
                long bestU = Long.MIN_VALUE;
                for (int e = 0; e <= horizon; e++) {
                    long u = KernelReference.utility(g[0], g[1], g[2][0], 0, p, i, e);
                    if (u > bestU) {
                        bestU = u;
                        best = e;
                    }
                }
                assertEquals(best, Equilibrium.bestResponse(g[0], g[1], g[2][0], 0, horizon, p, i));
            }
        }
    }

    @Test
    void utilityIsRewardAtRankMinusCost() {
        long[][] score = {{10, 12}, {9, 13}};
        long[][] cost = {{0, 2}, {0, 5}};
        long[] reward = {8, 1};
        assertEquals(8 - 2, Utility.utility(score, cost, reward, 0, new int[] {1, 0}, 0));
        assertEquals(8 - 5, Utility.utility(score, cost, reward, 0, new int[] {1, 1}, 1));
        assertEquals(1 - 0, Utility.utility(score, cost, reward, 0, new int[] {1, 0}, 1));
    }

    @Test
    void enumerationReturnsExactlyThePneInGambitOrder() {
        Random rnd = new Random(8);
        for (int t = 0; t < 400; t++) {
            int n = 1 + rnd.nextInt(3);
            int horizon = rnd.nextInt(3);
            int tau = rnd.nextInt(2);
            long[][][] g = KernelReference.randomGame(rnd, n, tau, horizon, rnd.nextBoolean());
            List<int[]> expected = new ArrayList<>();
            for (int[] p : KernelReference.profiles(n, horizon)) {
                if (KernelReference.isPne(g[0], g[1], g[2][0], tau, horizon, p)) {
                    expected.add(p);
                }
            }
            int[][] actual = Enumeration.allPne(g[0], g[1], g[2][0], tau, horizon);
            assertEquals(expected.size(), actual.length);
            for (int k = 0; k < actual.length; k++) {
                assertArrayEquals(expected.get(k), actual[k]);
            }
            assertTrue(Certificates.checkPneSet(g[0], g[1], g[2][0], tau, horizon, actual));
        }
    }

    @Test
    void profileIndexingIsMixedRadixWithPlayerZeroFastest() {
        assertArrayEquals(new int[] {0, 0}, GambitIndex.profileAt(2, 2, 0));
        assertArrayEquals(new int[] {1, 0}, GambitIndex.profileAt(2, 2, 1));
        assertArrayEquals(new int[] {0, 1}, GambitIndex.profileAt(2, 2, 3));
        assertArrayEquals(new int[] {2, 2}, GambitIndex.profileAt(2, 2, 8));
        assertEquals(9, Enumeration.profileCount(2, 2));
        assertEquals(-1, Enumeration.profileCount(21, 1));
        assertEquals(1048576, Enumeration.profileCount(20, 1));
    }
}
