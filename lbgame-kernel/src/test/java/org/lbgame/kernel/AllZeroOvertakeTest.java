package org.lbgame.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AllZeroOvertakeTest {

    /** Prop 4.5's condition at (i, e), written directly: every overtaken j < i is paid for. */
    private static boolean pays(long[][] score, long[][] cost, long[] reward, int tau, int i, int e) {
        for (int j = 0; j < i; j++) {
            if (score[i][tau + e] > score[j][tau] && cost[i][e] < reward[j] - reward[i]) {
                return false;
            }
        }
        return true;
    }

    /** Hand-computed: 30 > 20 > 10 at tau = 0; model 2 at effort 2 (score 31) overtakes both. */
    @Test
    void gainIsAnUnpaidOvertake() {
        long[][] score = {{30, 30, 30}, {20, 25, 31}, {10, 21, 31}};
        long[][] cost = {{0, 3, 6}, {0, 3, 6}, {0, 3, 5}};
        long[] reward = {10, 7, 4};
        // effort 1: 21 > 20 overtakes model 1, rank 1: utility 7 - 3 = 4 = r_2, no strict gain (C_2[1] = 3 >= 3)
        assertFalse(AllZeroOvertake.gainsByOvertaking(score, cost, reward, 0, 2, 1));
        // effort 2: 31 > 30 overtakes model 0, rank 0: utility 10 - 5 = 5 > 4 (C_2[2] = 5 < 6 = r_0 - r_2)
        assertTrue(AllZeroOvertake.gainsByOvertaking(score, cost, reward, 0, 2, 2));
        assertEquals(2, AllZeroOvertake.firstGainingEffort(score, cost, reward, 0, 2, 2));
        assertEquals(3, AllZeroOvertake.firstGainingEffort(score, cost, reward, 0, 2, 1)); // C_1[2] = 6 >= 3
        int[] dev = AllZero.prop45Deviation(score, cost, reward, 0, 2);
        assertEquals(2, dev[0]);
        assertEquals(2, dev[1]);
        assertNull(AllZero.prop45Deviation(score, cost, new long[] {8, 7, 4}, 0, 2)); // C_2[2] = 5 >= 4
    }

    /** Under H, on random games: a strict utility gain (brute force) iff the condition fails, model by model. */
    @Test
    void gainMatchesBruteForceUnderTheHypotheses() {
        int checked = KernelReference.forGamesUnderH(45, 4000, (score, cost, reward, tau, horizon) -> {
            int n = score.length;
            int[] zero = new int[n];
            int firstModel = -1;
            int firstEffort = -1;
            for (int i = 0; i < n; i++) {
                int least = horizon + 1;
                for (int e = 0; e <= horizon; e++) {
                    boolean gain = KernelReference.utility(score, cost, reward, tau, zero, i, e)
                            > KernelReference.utility(score, cost, reward, tau, zero, i, 0);
                    assertEquals(gain, AllZeroOvertake.gainsByOvertaking(score, cost, reward, tau, i, e));
                    assertEquals(!gain, pays(score, cost, reward, tau, i, e));
                    assertEquals(pays(score, cost, reward, tau, i, e),
                            AllZeroOvertake.paysForOvertakes(score, cost, reward, tau, i, e));
                    if (gain && e >= 1 && least > horizon) {
                        least = e;
                    }
                }
                assertEquals(least, AllZeroOvertake.firstGainingEffort(score, cost, reward, tau, horizon, i));
                assertEquals(least > horizon, AllZeroOvertake.paysForEveryEffort(score, cost, reward, tau, horizon, i));
                assertEquals(least > horizon,
                        AllZeroOvertake.modelPaysForOvertakes(score, cost, reward, tau, horizon, i));
                assertEquals(least, AllZeroOvertake.modelGainingEffort(score, cost, reward, tau, horizon, i));
                if (least <= horizon && firstModel < 0) {
                    firstModel = i;
                    firstEffort = least;
                }
            }
            assertEquals(firstModel < 0 ? n : firstModel,
                    AllZeroOvertake.firstGainingModel(score, cost, reward, tau, horizon));
            int[] dev = AllZero.prop45Deviation(score, cost, reward, tau, horizon);
            if (firstModel < 0) {
                assertNull(dev);
            } else {
                assertEquals(firstModel, dev[0]);
                assertEquals(firstEffort, dev[1]);
            }
        });
        assertTrue(checked > 1000, "too few random games met the hypotheses: " + checked);
    }
}
