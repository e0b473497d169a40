package org.lbgame.kernel;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CertificatesTest {

    private static int[][] jumps(long[][] score, int tau, int horizon) {
        int n = score.length;
        int[][] jump = new int[n][];
        for (int k = 0; k < n; k++) {
            jump[k] = new int[k];
            for (int j = 0; j < k; j++) {
                jump[k][j] = AllZero.justOvertake(score, tau, horizon, k, j);
            }
        }
        return jump;
    }

    @Test
    void allZeroCertificateIsAcceptedExactlyWhenValid() {
        long[][] score = {{30, 30, 30}, {20, 25, 31}, {10, 21, 31}};
        long[][] cost = {{0, 3, 6}, {0, 3, 6}, {0, 3, 6}};
        long[] reward = {10, 7, 4};
        int[][] jump = jumps(score, 0, 2);
        assertTrue(Certificates.checkAllZeroPne(score, cost, reward, 0, 2, jump));
        int[][] wrong = jumps(score, 0, 2);
        wrong[2][1] = 2; // not the least overtake effort
        assertFalse(Certificates.checkAllZeroPne(score, cost, reward, 0, 2, wrong));
        long[][] cheap = {{0, 3, 6}, {0, 3, 6}, {0, 3, 5}};
        assertFalse(Certificates.checkAllZeroPne(score, cheap, reward, 0, 2, jumps(score, 0, 2)));
        assertTrue(Certificates.checkAllZeroNotPne(score, cheap, reward, 0, 2, 2, 2));
        assertFalse(Certificates.checkAllZeroNotPne(score, cheap, reward, 0, 2, 2, 1)); // gains nothing
        assertFalse(Certificates.checkAllZeroNotPne(score, cost, reward, 0, 2, 2, 2));
    }

    @Test
    void certificatesAgreeWithTheDefinitionOnRandomGames() {
        Random rnd = new Random(11);
        for (int t = 0; t < 2000; t++) {
            int n = 1 + rnd.nextInt(4);
            int tau = rnd.nextInt(3);
            int horizon = rnd.nextInt(4);
            long[][][] g = KernelReference.randomGame(rnd, n, tau, horizon, true);
            boolean pne = KernelReference.isPne(g[0], g[1], g[2][0], tau, horizon, new int[n]);
            boolean accepted = Certificates.checkAllZeroPne(g[0], g[1], g[2][0], tau, horizon,
                    jumps(g[0], tau, horizon));
            if (accepted) {
                assertTrue(pne, "certificate accepted for a non-equilibrium");
            }
            if (Certificates.prop45Hypotheses(g[0], g[1], g[2][0], tau, horizon)) {
                assertTrue(accepted == pne);
            }
            if (!pne) {
                int[] dev = AllZero.firstProfitableDeviation(g[0], g[1], g[2][0], tau, horizon);
                assertNotNull(dev);
                assertTrue(Certificates.checkAllZeroNotPne(g[0], g[1], g[2][0], tau, horizon, dev[0], dev[1]));
            }
        }
    }

    @Test
    void thresholdCertificateNeedsAViolationJustBelow() {
        // Model 1 can overtake at tau=0 with one cheap step, not at tau=1 (the leader pulls away).
        long[][] score = {{10, 20, 20}, {9, 11, 12}};
        long[][] cost = {{0, 1}, {0, 1}};
        long[] reward = {5, 0};
        int[][] jumpAt1 = jumps(score, 1, 1);
        assertTrue(Certificates.checkThreshold(score, cost, reward, 1, 1, jumpAt1, 1, 1));
        assertFalse(Certificates.checkThreshold(score, cost, reward, 1, 1, jumpAt1, 0, 1));
        assertFalse(Certificates.checkThreshold(score, cost, reward, 0, 1, jumps(score, 0, 1), 0, 0));
    }
}
