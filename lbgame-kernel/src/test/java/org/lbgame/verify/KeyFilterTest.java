package org.lbgame.verify;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The contract filters of {@code key.only} and the strategy lists: substrings, or a name's end with {@code $}. */
class KeyFilterTest {

    private static final String STABLE = "org.lbgame.kernel.TbtStability.modelStaysStable";
    private static final String UNDER_H = "org.lbgame.kernel.TbtStability.modelStaysStableUnderH";

    @Test
    void aPlainPartMatchesEveryNameContainingIt() {
        assertTrue(KeyRunner.matches("TbtStability.modelStaysStable", STABLE));
        assertTrue(KeyRunner.matches("TbtStability.modelStaysStable", UNDER_H));
        assertTrue(KeyRunner.matches(null, UNDER_H));
        assertTrue(KeyRunner.matches("", UNDER_H));
    }

    @Test
    void aPartEndingInDollarMatchesOnlyNamesEndingInIt() {
        assertTrue(KeyRunner.matches("TbtStability.modelStaysStable$", STABLE));
        assertFalse(KeyRunner.matches("TbtStability.modelStaysStable$", UNDER_H));
        assertTrue(KeyRunner.matches("Ranking.rankOf,TbtStability.modelStaysStable$", STABLE));
        assertFalse(KeyRunner.matches("$", STABLE));
        assertTrue(KeyStrategy.listed("AllZero.justOvertake,TbtStability.modelStaysStable$", STABLE));
        assertFalse(KeyStrategy.listed("TbtStability.modelStaysStable$", UNDER_H));
    }
}
