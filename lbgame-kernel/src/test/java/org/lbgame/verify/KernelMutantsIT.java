package org.lbgame.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The proof search must fail on wrong contracts: {@code lbgame-kernel/src/test/key-mutants} holds copies of kernel
 * methods with one deliberate fault each (an off-by-one in {@code justOvertake}, the wrong tie rule in
 * {@code rankOf}, an unbounded {@code reward - cost}, {@code leastTrue} without its monotonicity precondition), and
 * each must stay open under the same settings and step budget that close the kernel's contracts.
 *
 * <p>{@code -Pprove} searches all four. {@code mvn -B verify} searches the two that KeY gives up on soonest
 * ({@code mutants.only}, set in the kernel's POM: {@code gainOverflow}, open at 198 steps, and
 * {@code rankOfWrongTie}, 950): a verifier that stopped checking arithmetic or loop bodies still fails the ordinary
 * build, at about 1,150 of the 5,571 steps of the four. A search stops when no rule applies to an open goal, so
 * this takes seconds, not the budget.
 */
@ResourceLock(KeyRunner.IN_PROCESS)
class KernelMutantsIT {

    static final Path MUTANTS = Path.of("lbgame-kernel", "src", "test", "key-mutants");

    /** The mutants of {@link #MUTANTS}; a new one must be added here and to proofs/README.md. */
    static final List<String> ALL = List.of("Mutants.gainOverflow", "Mutants.justOvertakeOffByOne",
            "Mutants.leastTrueNotMonotone", "Mutants.rankOfWrongTie");

    @Test
    void deliberatelyWrongContractsStayOpen() throws Exception {
        // -Pprove -Dproofs.tableOnly=true only rewrites the table: no KeY.
        org.junit.jupiter.api.Assumptions.assumeFalse(Boolean.getBoolean("proofs.tableOnly"));
        String only = System.getProperty("mutants.only", "").trim();
        List<String> expected = ALL.stream().filter(m -> KeyRunner.matches(only, m)).toList();
        assertFalse(expected.isEmpty(), "mutants.only=" + only + " names none of " + ALL);
        List<KeyRunner.Outcome> outcomes;
        try (KeyRunner runner = KeyRunner.load(MUTANTS)) {
            assertEquals(ALL, runner.contracts().keySet().stream().sorted().toList(),
                    "the mutants of " + MUTANTS + " (update KernelMutantsIT.ALL)");
            outcomes = runner.proveAll(only.isEmpty() ? null : only, KeyRunner.maxStepsProperty(),
                    KeyRunner.timeoutMillisProperty(), null);
        }
        System.out.printf(java.util.Locale.ROOT, "KeY mutants done (%d of %d searched): %.1f s of CPU in this JVM "
                + "so far%n", outcomes.size(), ALL.size(), KeyWorkers.cpuSeconds());
        assertEquals(expected, outcomes.stream().map(KeyRunner.Outcome::contract).toList(),
                "expected the mutants " + expected);
        for (KeyRunner.Outcome o : outcomes) {
            assertFalse(o.closed(), "a wrong contract closed, so the verifier is not checking: " + o.line());
            assertFalse(o.timedOut(), "mutant stopped by the clock, not by KeY: " + o.line());
            assertTrue(o.error() == null, "mutant did not even run: " + o.line());
        }
    }
}
