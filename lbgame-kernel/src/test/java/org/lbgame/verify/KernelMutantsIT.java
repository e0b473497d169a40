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
 * each must stay open under the same settings and step budget that close the kernel's contracts. Runs in
 * {@code mvn -B verify} and under {@code -Pprove}; a search stops at the first goal it cannot close, so this takes
 * seconds, not the budget.
 */
@ResourceLock(KeyRunner.IN_PROCESS)
class KernelMutantsIT {

    static final Path MUTANTS = Path.of("lbgame-kernel", "src", "test", "key-mutants");

    @Test
    void deliberatelyWrongContractsStayOpen() throws Exception {
        // -Pprove -Dproofs.tableOnly=true only rewrites the table: no KeY.
        org.junit.jupiter.api.Assumptions.assumeFalse(Boolean.getBoolean("proofs.tableOnly"));
        List<KeyRunner.Outcome> outcomes;
        try (KeyRunner runner = KeyRunner.load(MUTANTS)) {
            outcomes = runner.proveAll(null, KeyRunner.maxStepsProperty(), KeyRunner.timeoutMillisProperty(), null);
        }
        System.out.printf(java.util.Locale.ROOT, "KeY mutants done: %.1f s of CPU in this JVM so far%n",
                KeyWorkers.cpuSeconds());
        assertEquals(4, outcomes.size(), "expected the four mutants of " + MUTANTS);
        for (KeyRunner.Outcome o : outcomes) {
            assertFalse(o.closed(), "a wrong contract closed, so the verifier is not checking: " + o.line());
            assertFalse(o.timedOut(), "mutant stopped by the clock, not by KeY: " + o.line());
            assertTrue(o.error() == null, "mutant did not even run: " + o.line());
        }
    }
}
