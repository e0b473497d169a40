package org.lbgame.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Thm 4.6 and Prop 4.3 on the discrete game ({@link PneStructure}), against exhaustive enumeration. */
class PneStructureTest {

    /** The hypotheses of {@link PneStructure}, written out: C1 at tau, head start, costly effort, rewards. */
    static boolean hypotheses(long[][] score, long[][] cost, long[] reward, int tau, int horizon) {
        int n = score.length;
        for (int a = 0; a < n; a++) {
            for (int x = 1; x <= horizon; x++) {
                if (cost[a][x] <= cost[a][0]) {
                    return false;
                }
            }
            for (int b = a + 1; b < n; b++) {
                if (score[a][tau] <= score[b][tau] || reward[a] < reward[b]) {
                    return false;
                }
                for (int x = 1; x <= horizon; x++) {
                    if (score[a][tau + x - 1] < score[b][tau + x]
                            || cost[a][x - 1] - cost[a][0] >= cost[b][x] - cost[b][0]) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** A random game of head-start rows (the stronger model one or more steps ahead) and rising costs. */
    private static long[][][] headStartGame(Random rnd, int n, int tau, int horizon) {
        int len = tau + horizon + 1;
        long[][] score = new long[n][len];
        long[][] cost = new long[n][horizon + 1];
        long[] reward = new long[n];
        int[] start = new int[n];
        long[] g = new long[len + 4 * n + 1];
        for (int z = 1; z < g.length; z++) {
            g[z] = g[z - 1] + rnd.nextInt(4);
        }
        for (int i = n - 1; i >= 0; i--) {
            start[i] = i == n - 1 ? rnd.nextInt(2) : start[i + 1] + 1 + rnd.nextInt(3);
        }
        long r = 20;
        for (int i = 0; i < n; i++) {
            for (int x = 0; x < len; x++) {
                score[i][x] = g[Math.min(g.length - 1, start[i] + x)] * (n + 1) + (n - i);
            }
            long c = rnd.nextInt(2);
            for (int e = 0; e <= horizon; e++) {
                cost[i][e] = c;
                c += 1 + rnd.nextInt(3) + (rnd.nextInt(3) == 0 ? i : 0);
            }
            reward[i] = r;
            r -= rnd.nextInt(8);
        }
        return new long[][][] {score, cost, {reward}};
    }

    @Test
    void underTheHypothesesEveryPneIsAllZeroAndRanksByCapability() {
        Random rnd = new Random(4603);
        int games = 0;
        int withPne = 0;
        int withoutPne = 0;
        for (int t = 0; t < 3000; t++) {
            int n = 1 + rnd.nextInt(4);
            int tau = rnd.nextInt(3);
            int horizon = 1 + rnd.nextInt(3);
            long[][][] g = headStartGame(rnd, n, tau, horizon);
            long[][] score = g[0];
            long[][] cost = g[1];
            long[] reward = g[2][0];
            if (!hypotheses(score, cost, reward, tau, horizon)) {
                continue;
            }
            games++;
            boolean any = false;
            for (int[] p : KernelReference.profiles(n, horizon)) {
                if (!KernelReference.isPne(score, cost, reward, tau, horizon, p)) {
                    continue;
                }
                any = true;
                for (int m = 0; m < n; m++) {
                    assertEquals(0, p[m], "a PNE with positive effort");
                    assertEquals(m, KernelReference.rank(KernelReference.scores(score, tau, p, m, p[m]), m));
                }
                assertTrue(PneStructure.pneIsAllZero(score, cost, reward, tau, horizon, p));
            }
            if (any) {
                withPne++;
            } else {
                withoutPne++;
            }
            // a failing jump condition leaves no PNE (with C[0] = 0 as well)
            boolean zeroAtZero = true;
            for (int m = 0; m < n; m++) {
                zeroAtZero &= cost[m][0] == 0;
            }
            for (int k = 0; k < n && zeroAtZero; k++) {
                for (int j = 0; j < k; j++) {
                    int d = AllZero.justOvertake(score, tau, horizon, k, j);
                    if (d >= 0 && cost[k][d] < reward[j] - reward[k]) {
                        assertFalse(any, "a jump condition fails but a PNE exists");
                    }
                }
            }
        }
        assertTrue(games > 1000 && withPne > 200 && withoutPne > 50,
                games + " games, " + withPne + " with a PNE, " + withoutPne + " without");
    }

    /** The hypotheses of the theorem follow from the paper's discrete C1 (first column), monotone rows and C3. */
    @Test
    void c3OnTablesGivesTheHeadStart() {
        Random rnd = new Random(4604);
        int checked = 0;
        for (int t = 0; t < 20000; t++) {
            int n = 2 + rnd.nextInt(2);
            int len = 2 + rnd.nextInt(4);
            long[][] score = new long[n][len];
            for (int i = 0; i < n; i++) {
                long v = rnd.nextInt(12);
                for (int x = 0; x < len; x++) {
                    score[i][x] = v;
                    v += rnd.nextInt(4);
                }
            }
            boolean c1 = true;
            for (int a = 0; a + 1 < n; a++) {
                c1 &= score[a][0] > score[a + 1][0];
            }
            if (!c1 || !Validity.c3Holds(score)) {
                continue;
            }
            checked++;
            for (int a = 0; a < n; a++) {
                for (int b = a + 1; b < n; b++) {
                    for (int y = 1; y < len; y++) {
                        assertTrue(score[a][y - 1] >= score[b][y], "no head start at " + a + ", " + b + ", " + y);
                    }
                }
            }
        }
        assertTrue(checked > 500, checked + " tables");
    }

    @Test
    void theLowestOfThePrefixIsBeatenByEveryOtherModelOfIt() {
        Random rnd = new Random(4605);
        for (int t = 0; t < 2000; t++) {
            int n = 1 + rnd.nextInt(5);
            long[][] score = new long[n][3];
            int[] effort = new int[n];
            for (int m = 0; m < n; m++) {
                for (int x = 0; x < 3; x++) {
                    score[m][x] = rnd.nextInt(4);
                }
                effort[m] = rnd.nextInt(3);
            }
            int p = 1 + rnd.nextInt(n);
            int b = PneStructure.lowestAmong(score, 0, effort, p);
            long[] s = KernelReference.scores(score, 0, effort, 0, effort[0]);
            for (int m = 0; m < p; m++) {
                if (m != b) {
                    assertTrue(KernelReference.rank(s, m) < KernelReference.rank(s, b));
                }
            }
        }
    }

    /** Ranks, counted independently, meet the three count lemmas whenever their preconditions hold. */
    @Test
    void rankCountLemmasHoldOnRandomProfiles() {
        Random rnd = new Random(4606);
        for (int t = 0; t < 3000; t++) {
            int n = 1 + rnd.nextInt(5);
            long[][] score = new long[n][3];
            int[] effort = new int[n];
            for (int m = 0; m < n; m++) {
                for (int x = 0; x < 3; x++) {
                    score[m][x] = rnd.nextInt(4);
                }
                effort[m] = rnd.nextInt(3);
            }
            int i = rnd.nextInt(n);
            int e = rnd.nextInt(3);
            int k = rnd.nextInt(n);
            int f = rnd.nextInt(3);
            long[] si = KernelReference.scores(score, 0, effort, i, e);
            long[] sk = KernelReference.scores(score, 0, effort, k, f);
            int rankI = KernelReference.rank(si, i);
            int rankK = KernelReference.rank(sk, k);
            boolean dominated = true;
            int lastBeater = -1;
            int firstNonBeater = n;
            for (int m = n - 1; m >= 0; m--) {
                boolean beatsI = m != i && KernelReference.rank(si, m) < rankI;
                boolean beatsK = m != k && KernelReference.rank(sk, m) < rankK;
                dominated &= !beatsI || beatsK;
                if (beatsI && lastBeater < 0) {
                    lastBeater = m;
                }
                if (!beatsI && m != i) {
                    firstNonBeater = m;
                }
            }
            if (dominated) {
                assertTrue(rankI <= rankK);
            }
            assertTrue(rankI <= lastBeater + 1, "rankAtMost with q = last beater + 1");
            int q = firstNonBeater;
            assertTrue(i >= q ? rankI >= q : rankI >= q - 1, "rankAtLeast with q = first non-beater");
        }
    }

    /** The property suite's integer-grid counterexample: without the head start, a PNE out of capability order. */
    @Test
    void withoutTheHeadStartAPneRanksTheWeakerModelFirst() {
        long[][] score = {{4572117853059800325L, 4574233725179732604L},
            {4571619950276297739L, 4573555264595244612L}};
        long[][] cost = {{0, 524288}, {0, 524288}};
        long[] reward = {1048576, 524288};
        int[] effort = {0, 1};
        assertTrue(KernelReference.isPne(score, cost, reward, 0, 1, effort));
        assertEquals(0, KernelReference.rank(KernelReference.scores(score, 0, effort, 1, 1), 1));
        assertFalse(hypotheses(score, cost, reward, 0, 1));
        assertFalse(Validity.c3Holds(score));
        assertTrue(Counterexamples.pneOutOfOrderOnGrid(score, cost, reward, effort));
        List<int[]> pne = List.of(Enumeration.allPne(score, cost, reward, 0, 1));
        assertTrue(pne.stream().anyMatch(p -> p[0] == 0 && p[1] == 1));
    }
}
