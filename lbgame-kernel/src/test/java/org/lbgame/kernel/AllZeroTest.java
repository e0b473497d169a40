package org.lbgame.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class AllZeroTest {

    @Test
    void justOvertakeNeedsAStrictBeatAndStaysWithinTheHorizon() {
        long[][] score = {{10, 10, 10, 10}, {7, 9, 10, 11}};
        assertEquals(3, AllZero.justOvertake(score, 0, 3, 1, 0)); // 10 only ties; 11 beats
        assertEquals(-1, AllZero.justOvertake(score, 0, 2, 1, 0)); // beyond the horizon
        assertEquals(0, AllZero.justOvertake(score, 0, 3, 0, 1)); // already above
    }

    @Test
    void justOvertakeAtTauOneIsTwo() {
        long[][] score = {{10, 10, 10, 10}, {7, 9, 10, 11}};
        assertEquals(2, AllZero.justOvertake(score, 1, 2, 1, 0));
    }

    /** Hand-computed: three models, a multi-rank jump pays although no adjacent one does (cost not convex). */
    @Test
    void multiRankJumpBreaksTheAdjacentShortcutWithoutConvexity() {
        // tau = 0, horizon 2. Baselines 30 > 20 > 10. Model 2 reaches 21 at e=1 (beats model 1) and 31 at e=2
        // (beats model 0): Delta_{2->1} = 1, Delta_{2->0} = 2. Model 1 needs e=2 to beat model 0 (only 31).
        long[][] score = {{30, 30, 30}, {20, 25, 31}, {10, 21, 31}};
        long[][] cost = {{0, 3, 6}, {0, 3, 6}, {0, 3, 6}};
        long[] reward = {10, 7, 4}; // gaps 3 and 3; jump 2->0 gains 6
        // adjacent: pair (0,1): cost[1][2] = 6 >= 3; pair (1,2): cost[2][1] = 3 >= 3. Holds.
        assertTrue(AllZero.adjacentConditionHolds(score, cost, reward, 0, 2));
        // jump 2->0: cost[2][2] = 6 >= 6 holds too, so make the jump cheaper with a concave-ish (non-convex) cost.
        long[][] cheap = {{0, 3, 6}, {0, 3, 6}, {0, 3, 5}};
        assertTrue(AllZero.adjacentConditionHolds(score, cheap, reward, 0, 2));
        assertFalse(AllZero.everyJumpConditionHolds(score, cheap, reward, 0, 2));
        assertFalse(AllZero.isAllZeroPne(score, cheap, reward, 0, 2));
        assertArrayEquals(new int[] {2, 2}, AllZero.firstProfitableDeviation(score, cheap, reward, 0, 2));
        assertTrue(AllZero.isAllZeroPne(score, cost, reward, 0, 2));
    }

    @Test
    void flatCostMakesAnyReachableOvertakeProfitable() {
        long[][] score = {{5, 5}, {4, 6}};
        long[][] cost = {{0, 0}, {0, 0}};
        long[] reward = {1, 0};
        assertFalse(AllZero.isAllZeroPne(score, cost, reward, 0, 1));
        assertArrayEquals(new int[] {1, 1}, AllZero.firstProfitableDeviation(score, cost, reward, 0, 1));
        // equal rewards: no gain, all-zero is a PNE even with flat cost
        assertTrue(AllZero.isAllZeroPne(score, cost, new long[] {1, 1}, 0, 1));
        assertNull(AllZero.firstProfitableDeviation(score, cost, new long[] {1, 1}, 0, 1));
    }

    @Test
    void isAllZeroPneMatchesTheDefinitionOnRandomTables() {
        Random rnd = new Random(3);
        for (int t = 0; t < 3000; t++) {
            int n = 1 + rnd.nextInt(4);
            int tau = rnd.nextInt(3);
            int horizon = rnd.nextInt(4);
            long[][][] g = KernelReference.randomGame(rnd, n, tau, horizon, rnd.nextBoolean());
            boolean expected = KernelReference.isPne(g[0], g[1], g[2][0], tau, horizon, new int[n]);
            assertEquals(expected, AllZero.isAllZeroPne(g[0], g[1], g[2][0], tau, horizon));
            int[] dev = AllZero.firstProfitableDeviation(g[0], g[1], g[2][0], tau, horizon);
            if (dev != null) {
                assertTrue(KernelReference.utility(g[0], g[1], g[2][0], tau, new int[n], dev[0], dev[1])
                        > KernelReference.utility(g[0], g[1], g[2][0], tau, new int[n], dev[0], 0));
            }
        }
    }

    /** Prop 4.5 on the discrete game: under its hypotheses, all-zero is a PNE iff every jump condition holds. */
    @Test
    void prop45HoldsUnderItsHypotheses() {
        int checked = KernelReference.forGamesUnderH(4, 5000, (score, cost, reward, tau, horizon) -> {
            boolean pne = KernelReference.isPne(score, cost, reward, tau, horizon, new int[score.length]);
            assertEquals(pne, AllZero.everyJumpConditionHolds(score, cost, reward, tau, horizon));
            assertEquals(pne, AllZero.isAllZeroPne(score, cost, reward, tau, horizon));
        });
        assertTrue(checked > 1000, "too few random games met the hypotheses: " + checked);
    }

    @Test
    void jumpConditionUsesTheLeastOvertakeEffort() {
        long[][] score = {{10, 10, 10}, {8, 11, 12}};
        long[][] cost = {{0, 1, 2}, {0, 4, 9}};
        long[] reward = {9, 5};
        // Delta_{1->0} = 1, cost 4 >= 4: holds; with reward gap 5 it fails.
        assertTrue(AllZero.jumpConditionHolds(score, cost, reward, 0, 2, 1, 0));
        assertFalse(AllZero.jumpConditionHolds(score, cost, new long[] {10, 5}, 0, 2, 1, 0));
        // beyond the horizon the condition holds vacuously
        assertTrue(AllZero.jumpConditionHolds(score, cost, new long[] {100, 0}, 0, 0, 1, 0));
    }

    @Test
    void rankAtAllZeroMatchesSorting() {
        Random rnd = new Random(5);
        for (int t = 0; t < 1000; t++) {
            int n = 1 + rnd.nextInt(5);
            long[][][] g = KernelReference.randomGame(rnd, n, 1, 2, false);
            for (int i = 0; i < n; i++) {
                for (int e = 0; e <= 2; e++) {
                    assertEquals(KernelReference.rank(KernelReference.scores(g[0], 1, new int[n], i, e), i),
                            AllZero.rankAtAllZero(g[0], 1, i, e));
                }
            }
        }
    }
}
