package org.lbgame.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Prop 4.5's proof steps in {@link AllZeroPaid}, against brute force on random games under H. */
class AllZeroPaidTest {

    /** REACH(k, j), written directly: every effort by which k overtakes j costs at least r_j - r_k. */
    private static boolean reach(long[][] score, long[][] cost, long[] reward, int tau, int horizon, int k, int j) {
        for (int x = 0; x <= horizon; x++) {
            if (score[k][tau + x] > score[j][tau] && cost[k][x] < reward[j] - reward[k]) {
                return false;
            }
        }
        return true;
    }

    @Test
    void jumpPaidIffReachAndReachMeansNoGainUnderTheHypotheses() {
        int[] reachingModels = {0};
        int[] gainingModels = {0};
        int checked = KernelReference.forGamesUnderH(4545, 4000, (score, cost, reward, tau, horizon) -> {
            int n = score.length;
            int[] zero = new int[n];
            for (int i = 0; i < n; i++) {
                boolean reachAll = true;
                for (int j = 0; j < i; j++) {
                    boolean r = reach(score, cost, reward, tau, horizon, i, j);
                    // JUMP => REACH needs the nondecreasing cost row; REACH => JUMP holds at Delta itself.
                    assertEquals(r, AllZeroPaid.reachFromJump(score, cost, reward, tau, horizon, i, j));
                    reachAll &= r;
                }
                boolean gains = false;
                for (int x = 1; x <= horizon; x++) {
                    gains |= KernelReference.utility(score, cost, reward, tau, zero, i, x)
                            > KernelReference.utility(score, cost, reward, tau, zero, i, 0);
                }
                if (reachAll) {
                    reachingModels[0]++;
                    assertFalse(gains, "REACH for every j < i but model " + i + " gains");
                    assertTrue(AllZeroPaid.modelNoGain(score, cost, reward, tau, horizon, i));
                } else {
                    // Under H the converse holds too (Prop 4.5 is an iff): an unpaid overtake is a gain.
                    assertTrue(gains, "an unpaid overtake but model " + i + " does not gain");
                    gainingModels[0]++;
                }
            }
        });
        assertTrue(checked > 300 && reachingModels[0] > 300 && gainingModels[0] > 50,
                checked + " games, " + reachingModels[0] + " paying, " + gainingModels[0] + " gaining models");
    }

    /** Without a nondecreasing cost row a paid least overtake effort does not pay for the later ones. */
    @Test
    void jumpDoesNotGiveReachWithoutMonotoneCosts() {
        long[][] score = {{10, 10, 10}, {5, 11, 12}};
        long[][] cost = {{0, 0, 0}, {0, 5, 2}};
        long[] reward = {8, 4};
        assertEquals(1, AllZero.justOvertake(score, 0, 2, 1, 0));
        assertTrue(AllZeroPaid.reachFromJump(score, cost, reward, 0, 2, 1, 0)); // outside its precondition
        assertFalse(reach(score, cost, reward, 0, 2, 1, 0)); // effort 2 overtakes for 2 < 4
    }
}
