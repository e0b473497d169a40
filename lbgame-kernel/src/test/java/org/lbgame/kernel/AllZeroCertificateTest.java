package org.lbgame.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The two halves of the all-zero certificate ({@link AllZeroCertificate}) against brute force. */
class AllZeroCertificateTest {

    /** Delta_{k->j} by its definition: the least effort in 0..E by which k's score passes j's at tau, else -1. */
    private static int[][] leastOvertakes(long[][] score, int tau, int horizon) {
        int n = score.length;
        int[][] jump = new int[n][];
        for (int k = 0; k < n; k++) {
            jump[k] = new int[k];
            for (int j = 0; j < k; j++) {
                jump[k][j] = -1;
                for (int x = horizon; x >= 0; x--) {
                    if (score[k][tau + x] > score[j][tau]) {
                        jump[k][j] = x;
                    }
                }
            }
        }
        return jump;
    }

    /** Whether every claimed Delta_{k->j} is paid for: C_k[Delta] >= r_j - r_k. */
    private static boolean everyJumpPaid(long[][] cost, long[] reward, int[][] jump) {
        for (int k = 0; k < jump.length; k++) {
            for (int j = 0; j < k; j++) {
                if (jump[k][j] >= 0 && cost[k][jump[k][j]] < reward[j] - reward[k]) {
                    return false;
                }
            }
        }
        return true;
    }

    @Test
    void theDirectCheckIsTheDefinitionOnAnyGame() {
        Random rnd = new Random(4505);
        int pne = 0;
        for (int t = 0; t < 3000; t++) {
            int n = 1 + rnd.nextInt(4);
            int tau = rnd.nextInt(3);
            int horizon = rnd.nextInt(5);
            long[][][] g = KernelReference.randomGame(rnd, n, tau, horizon, t % 2 == 0);
            boolean expected = KernelReference.isPne(g[0], g[1], g[2][0], tau, horizon, new int[n]);
            assertEquals(expected, AllZeroCertificate.noModelGains(g[0], g[1], g[2][0], tau, horizon));
            pne += expected ? 1 : 0;
        }
        assertTrue(pne > 300 && pne < 2700, pne + " of 3000 games have all-zero as a PNE");
    }

    @Test
    void theDirectCheckRejectsTablesThatDoNotFit() {
        long[][] score = {{3, 3}, {2, 4}};
        long[][] cost = {{0, 1}, {0, 1}};
        long[] reward = {5, 1};
        assertFalse(AllZeroCertificate.noModelGains(score, cost, reward, 0, 2), "horizon past the rows");
        assertFalse(AllZeroCertificate.noModelGains(score, cost, new long[] {5}, 0, 1), "one reward for two models");
        assertFalse(AllZeroCertificate.noModelGains(score, cost, reward, -1, 1), "negative tau");
    }

    /** Prop 4.5 on the discrete game, over all models: under H an accepted jump table is exactly a PNE at all-zero. */
    @Test
    void underTheHypothesesTheJumpTableDecidesTheVerdict() {
        int[] accepted = {0};
        int[] rejected = {0};
        int checked = KernelReference.forGamesUnderH(4545, 4000, (score, cost, reward, tau, horizon) -> {
            int[][] jump = leastOvertakes(score, tau, horizon);
            boolean pne = KernelReference.isPne(score, cost, reward, tau, horizon, new int[score.length]);
            boolean table = AllZeroCertificate.jumpTableHolds(score, cost, reward, tau, horizon, jump);
            assertEquals(everyJumpPaid(cost, reward, jump), table, "the table is the least overtakes, so only pay");
            assertEquals(pne, table, "Prop 4.5: under H, every Delta paid for iff all-zero is a PNE");
            assertEquals(pne, AllZeroCertificate.noModelGains(score, cost, reward, tau, horizon));
            assertEquals(pne, Certificates.checkAllZeroPne(score, cost, reward, tau, horizon, jump));
            (table ? accepted : rejected)[0]++;
        });
        assertTrue(checked > 300 && accepted[0] > 300 && rejected[0] > 30,
                checked + " games, " + accepted[0] + " accepted, " + rejected[0] + " rejected");
    }

    @Test
    void aWrongDeltaIsRejectedEvenWhenTheVerdictHolds() {
        int[] tried = {0};
        KernelReference.forGamesUnderH(77, 2000, (score, cost, reward, tau, horizon) -> {
            int[][] jump = leastOvertakes(score, tau, horizon);
            if (score.length < 2 || !AllZeroCertificate.jumpTableHolds(score, cost, reward, tau, horizon, jump)) {
                return;
            }
            int k = score.length - 1;
            jump[k][0] = jump[k][0] == horizon ? -1 : jump[k][0] + 1;
            assertFalse(AllZeroCertificate.jumpTableHolds(score, cost, reward, tau, horizon, jump));
            assertFalse(Certificates.checkAllZeroPne(score, cost, reward, tau, horizon, jump));
            assertTrue(AllZeroCertificate.noModelGains(score, cost, reward, tau, horizon), "the verdict still holds");
            tried[0]++;
        });
        assertTrue(tried[0] > 50, tried[0] + " tables perturbed");
    }
}
