package org.lbgame.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class AllZeroJumpTest {

    // tau = 0, horizon 2, baselines 30 > 20 > 10: Delta_{1->0} = 2 (31 > 30), Delta_{2->1} = 1 (21 > 20),
    // Delta_{2->0} = 2 (31 > 30).
    private static final long[][] SCORE = {{30, 30, 30}, {20, 25, 31}, {10, 21, 31}};
    private static final long[][] CHEAP = {{0, 3, 6}, {0, 3, 6}, {0, 3, 5}};

    /** Hand-computed: the adjacent pair (k-1, k) only, with the gain r_{k-1} - r_k met exactly. */
    @Test
    void adjacentJumpChecksOnlyThePairAbove() {
        long[] reward = {10, 7, 4};
        assertTrue(AllZeroJump.adjacentJumpHolds(SCORE, CHEAP, reward, 0, 2, 1)); // C_1[2] = 6 >= 3
        assertTrue(AllZeroJump.adjacentJumpHolds(SCORE, CHEAP, reward, 0, 2, 2)); // C_2[1] = 3 >= 3 (tie holds)
        long[] steeper = {10, 8, 4};
        assertFalse(AllZeroJump.adjacentJumpHolds(SCORE, CHEAP, steeper, 0, 2, 2)); // C_2[1] = 3 < 4
        assertTrue(AllZeroJump.adjacentJumpHolds(SCORE, CHEAP, steeper, 0, 2, 1)); // C_1[2] = 6 >= 2
        // the multi-rank jump 2 -> 0 (C_2[2] = 5 < 6) is not an adjacent pair, but the all-below check sees it
        assertFalse(AllZeroJump.jumpConditionHoldsForAllBelow(SCORE, CHEAP, reward, 0, 2, 2));
        assertTrue(AllZeroJump.jumpConditionHoldsForAllBelow(SCORE, CHEAP, reward, 0, 2, 1));
    }

    /** An overtake beyond the horizon imposes nothing, however large the reward gap. */
    @Test
    void overtakeBeyondTheHorizonHolds() {
        long[][] cost = {{0}, {0}, {0}};
        assertTrue(AllZeroJump.adjacentJumpHolds(SCORE, cost, new long[] {100, 0, 0}, 0, 0, 1));
    }

    /** Against the definition: every least effort e in 0..E with score[k][tau+e] > score[k-1][tau] costs the gap. */
    @Test
    void adjacentJumpMatchesTheLeastEffortDefinition() {
        Random rnd = new Random(11);
        for (int t = 0; t < 2000; t++) {
            int n = 2 + rnd.nextInt(3);
            int tau = rnd.nextInt(3);
            int horizon = rnd.nextInt(4);
            long[][][] g = KernelReference.randomGame(rnd, n, tau, horizon, rnd.nextBoolean());
            int k = 1 + rnd.nextInt(n - 1);
            boolean expected = true;
            boolean earlier = false;
            for (int e = 0; e <= horizon; e++) {
                boolean beats = g[0][k][tau + e] > g[0][k - 1][tau];
                if (beats && !earlier && g[1][k][e] < g[2][0][k - 1] - g[2][0][k]) {
                    expected = false;
                }
                earlier |= beats;
            }
            assertEquals(expected, AllZeroJump.adjacentJumpHolds(g[0], g[1], g[2][0], tau, horizon, k));
        }
    }
}
