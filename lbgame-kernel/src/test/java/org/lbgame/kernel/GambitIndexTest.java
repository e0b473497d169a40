package org.lbgame.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Gambit indexing against an independent mixed-radix computation (powers by BigInteger). */
class GambitIndexTest {

    @Test
    void shiftedIndexIsIndexOverPowerOfBase() {
        for (int horizon = 0; horizon <= 4; horizon++) {
            BigInteger base = BigInteger.valueOf(horizon + 1);
            for (int value = 0; value <= 700; value += 7) {
                for (int m = 0; m <= 12; m++) {
                    long expected = BigInteger.valueOf(value).divide(base.pow(m)).longValueExact();
                    assertEquals(expected, GambitIndex.shiftedIndex(value, horizon, m), value + " " + horizon + " " + m);
                }
            }
        }
        assertEquals(0, GambitIndex.shiftedIndex(Integer.MAX_VALUE, Integer.MAX_VALUE - 1, 2));
        assertEquals(1, GambitIndex.shiftedIndex(Integer.MAX_VALUE, Integer.MAX_VALUE - 1, 1));
    }

    @Test
    void profileDigitsSumBackToTheIndex() {
        for (int n = 0; n <= 4; n++) {
            for (int horizon = 0; horizon <= 3; horizon++) {
                int count = BigInteger.valueOf(horizon + 1).pow(n).intValueExact();
                for (int index = 0; index < count + 5; index++) {
                    int[] effort = GambitIndex.profileAt(n, horizon, index);
                    assertEquals(n, effort.length);
                    long sum = 0;
                    long place = 1;
                    for (int m = 0; m < n; m++) {
                        assertEquals(true, 0 <= effort[m] && effort[m] <= horizon);
                        sum += effort[m] * place;
                        place *= horizon + 1;
                    }
                    // index = sum + (E+1)^n * leftover: the digits are index mod (E+1)^n
                    assertEquals(index % count, sum, n + " " + horizon + " " + index);
                }
            }
        }
        assertArrayEquals(new int[] {1, 2, 0}, GambitIndex.profileAt(3, 2, 1 + 2 * 3));
    }
}
