package org.lbgame.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ThresholdValidityTest {

    @Test
    void leastTrueFindsTheFirstTrueOfEveryMonotoneArray() {
        for (int len = 0; len <= 12; len++) {
            for (int first = 0; first <= len; first++) {
                boolean[] holds = new boolean[len];
                for (int t = first; t < len; t++) {
                    holds[t] = true;
                }
                assertEquals(first, Threshold.leastTrue(holds));
            }
        }
    }

    @Test
    void validatorsMatchTheirPairwiseDefinitions() {
        Random rnd = new Random(9);
        for (int t = 0; t < 3000; t++) {
            long[] row = new long[rnd.nextInt(6)];
            for (int x = 0; x < row.length; x++) {
                row[x] = rnd.nextInt(5);
            }
            boolean nondec = true;
            boolean strict = true;
            boolean nonInc = true;
            for (int a = 0; a < row.length; a++) {
                for (int b = a + 1; b < row.length; b++) {
                    nondec &= row[a] <= row[b];
                    strict &= row[a] < row[b];
                    nonInc &= row[a] >= row[b];
                }
            }
            boolean concave = true;
            boolean convex = true;
            for (int x = 1; x + 1 < row.length; x++) {
                concave &= row[x + 1] - row[x] <= row[x] - row[x - 1];
                convex &= row[x + 1] - row[x] >= row[x] - row[x - 1];
            }
            assertEquals(nondec, Validity.rowNondecreasing(row));
            assertEquals(strict, Validity.rowStrictlyIncreasing(row));
            assertEquals(nonInc, Validity.rewardsNonIncreasing(row));
            assertEquals(concave, Validity.rowConcave(row));
            assertEquals(convex, Validity.rowConvex(row));
        }
        assertTrue(Validity.columnStrictlyDecreasing(new long[][] {{3, 0}, {2, 5}, {1, 9}}, 0));
        assertFalse(Validity.columnStrictlyDecreasing(new long[][] {{3, 0}, {2, 5}, {1, 9}}, 1));
        assertFalse(Validity.rowBounded(new long[] {0, Bounds.MAX_VALUE + 1}));
        assertTrue(Validity.rowBounded(new long[] {-Bounds.MAX_VALUE, Bounds.MAX_VALUE}));
    }

    /** C3 on discrete reach inverses against D(s) evaluated at every integer s of the table range. */
    @Test
    void c3MatchesEvaluationAtEveryIntegerScore() {
        Random rnd = new Random(10);
        for (int t = 0; t < 3000; t++) {
            int len = 1 + rnd.nextInt(5);
            long[] strong = new long[len];
            long[] weak = new long[len];
            long vs = 3 + rnd.nextInt(3);
            long vw = rnd.nextInt(4);
            for (int x = 0; x < len; x++) {
                strong[x] = vs;
                weak[x] = vw;
                vs += rnd.nextInt(3);
                vw += rnd.nextInt(3);
            }
            boolean expected = true;
            for (long v = -1; v <= 20; v++) {
                for (long w = v + 1; w <= 21; w++) {
                    int mw = Validity.reach(weak, w);
                    if (mw == len) {
                        continue;
                    }
                    int iw = Validity.reach(strong, w);
                    if (iw == len) {
                        expected = false;
                        continue;
                    }
                    expected &= Validity.reach(weak, v) - Validity.reach(strong, v) <= mw - iw;
                }
            }
            assertEquals(expected, Validity.effortGapsNondecreasing(strong, weak),
                    java.util.Arrays.toString(strong) + " " + java.util.Arrays.toString(weak));
        }
    }

    @Test
    void reachIsTheLeastIndexReachingTheScore() {
        long[] row = {1, 3, 3, 7};
        assertEquals(0, Validity.reach(row, 0));
        assertEquals(1, Validity.reach(row, 2));
        assertEquals(1, Validity.reach(row, 3));
        assertEquals(3, Validity.reach(row, 4));
        assertEquals(4, Validity.reach(row, 8));
    }
}
