package org.lbgame.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OpenJML record ({@code proofs/OPENJML.md}) and the combined status table: parsing OpenJML's output, the verdict
 * rules, and the warning when the kernel changed since OpenJML last checked it (OpenJML cannot run in CI).
 */
class ProofStatusTest {

    private static final Path KERNEL = Path.of("lbgame-kernel", "src", "main", "java");
    private static final Path OPENJML = Path.of("proofs", "OPENJML.md");
    private static final Path STATUS = Path.of("proofs", "STATUS.md");
    private static final Path NOTES = Path.of("proofs", "notes.tsv");

    @Test
    void warnsWhenTheKernelChangedSinceOpenJmlCheckedIt() throws IOException {
        if (!Files.exists(OPENJML)) {
            System.out.println("WARNING: " + OPENJML + " is missing: OpenJML has not checked this kernel "
                    + "(run scripts/openjml-esc.sh where OpenJML is installed)");
            return;
        }
        String recorded = ProofStatus.recordedHash(Files.readAllLines(OPENJML, StandardCharsets.UTF_8));
        assertNotNull(recorded, OPENJML + " names no kernel hash: it was not written by scripts/openjml-esc.sh");
        assertTrue(recorded.matches("[0-9a-f]{64}"), "not a sha256: " + recorded);
        String now = ProofStatus.kernelHash(KERNEL);
        if (!now.equals(recorded)) {
            // A warning, not a failure: OpenJML takes 75 minutes to build, so CI cannot re-run it.
            System.out.println("WARNING: the kernel changed since OpenJML checked it (" + OPENJML + " records "
                    + recorded.substring(0, 12) + ", the sources hash to " + now.substring(0, 12)
                    + "): its column in " + STATUS + " may be stale; re-run scripts/openjml-esc.sh");
        }
    }

    @Test
    void theKernelHashIsSha256sumOverTheSortedFiles(@TempDir Path dir) throws IOException {
        // Expected value from the shell: (find . -name '*.java' | LC_ALL=C sort | xargs sha256sum) | sha256sum
        Files.createDirectories(dir.resolve("org/x"));
        Files.writeString(dir.resolve("org/x/B.java"), "class B {}\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("org/A.java"), "class A {}\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("org/notes.txt"), "no\n", StandardCharsets.UTF_8);
        assertEquals("8ba7d1bac3ab2c1b73f4bdd44edc33e6038a22367e3afc3d7765a1c1ff11fe78", ProofStatus.kernelHash(dir));
    }

    @Test
    void parsesOneResultPerMethodWithItsDiagnostics() {
        List<String> log = List.of(
                "Proving methods in org.lbgame.kernel.Ranking",
                "Starting proof of org.lbgame.kernel.Ranking.beats(long,int,long,int) with prover z3_4_8",
                "Feasibility check - end of preconditions : OK",
                "Completed proof of org.lbgame.kernel.Ranking.beats(long,int,long,int) with prover z3_4_8 - no warnings"
                        + " [0.41 secs]",
                "Starting proof of org.lbgame.kernel.Ranking.rankOf(long[],int) with prover z3_4_8",
                "lbgame-kernel/src/main/java/org/lbgame/kernel/Ranking.java:22: warning: Not yet supported feature in "
                        + "converting BasicPrograms to SMTLIB: JML Quantified expression using \\num_of",
                "lbgame-kernel/src/main/java/org/lbgame/kernel/Ranking.java:30: warning: The prover cannot establish an"
                        + " assertion (LoopInvariant) in method rankOf",
                "        /*@ loop_invariant 0 <= j",
                "lbgame-kernel/src/main/java/org/lbgame/kernel/Ranking.java:19: warning: Associated declaration",
                "Completed proof of org.lbgame.kernel.Ranking.rankOf(long[],int) with prover z3_4_8 - with warnings"
                        + " [2.50 secs]",
                "Starting proof of org.lbgame.kernel.Enumeration.allPne(long[][],long[][],long[],int,int) with prover "
                        + "z3_4_8",
                "Feasibility check - end of preconditions : infeasible",
                "Completed proof of org.lbgame.kernel.Enumeration.allPne(long[][],long[][],long[],int,int) with prover "
                        + "z3_4_8 - TIMEOUT [900.10 secs]");
        Map<String, EscLog.EscResult> r = EscLog.parseEscLog(log);
        assertEquals(3, r.size());
        EscLog.EscResult beats = r.get("org.lbgame.kernel.Ranking.beats(long,int,long,int)");
        assertEquals("valid", beats.status());
        assertEquals(0.41, beats.seconds(), 1e-9);
        EscLog.EscResult rank = r.get("org.lbgame.kernel.Ranking.rankOf(long[],int)");
        assertEquals("invalid", rank.status());
        assertEquals(Set.of("\\num_of"), rank.untranslated());
        assertEquals(List.of("(LoopInvariant) (Ranking.java:30)"), rank.reasons());
        EscLog.EscResult all = r.get("org.lbgame.kernel.Enumeration.allPne(long[][],long[][],long[],int,int)");
        assertEquals("timeout", all.status());
        assertEquals(List.of("feasibility check end of preconditions: infeasible"), all.reasons());
        assertEquals("Enumeration.allPne", EscLog.contractName(all.method()));
    }

    @Test
    void errorsOutsideAnyMethodAreReported() {
        Map<String, EscLog.EscResult> r = EscLog.parseEscLog(List.of(
                "lbgame-kernel/src/main/java/org/lbgame/kernel/Enumeration.java:156: error: cannot find symbol",
                "1 error"));
        assertEquals("error", r.get("").status());
    }

    @Test
    void onlyZ3sSatMakesAFailedMethodACounterexample() {
        Map<String, EscLog.EscResult> log = new java.util.LinkedHashMap<>();
        for (String m : List.of("a", "b", "c", "d")) {
            log.put(m, new EscLog.EscResult("org.lbgame.kernel.X." + m + "()", "invalid", 1.0, List.of(), Set.of()));
        }
        Map<String, EscLog.EscResult> r = EscLog.classify(log, List.of("org.lbgame.kernel.X.a\tsat",
                "org.lbgame.kernel.X.b\tunknown", "org.lbgame.kernel.X.c\tunsat"));
        assertEquals("invalid", r.get("a").status());
        assertEquals("possibly invalid", r.get("b").status());
        assertEquals("unstable", r.get("c").status());
        assertEquals("invalid", r.get("d").status()); // no answer: kept as the run reported it
        assertEquals("proved by KeY", ProofStatus.verdict(true, r.get("c")));
        assertEquals("open", ProofStatus.verdict(false, r.get("c")));
    }

    @Test
    void aMethodCheckedAloneSettlesOnlyATimeoutOrUnknown() {
        Map<String, EscLog.EscResult> run = new java.util.LinkedHashMap<>();
        Map<String, EscLog.EscResult> alone = new java.util.LinkedHashMap<>();
        String[][] cases = {{"a", "timeout", "valid"}, {"b", "unknown", "valid"}, {"c", "timeout", "timeout"},
            {"d", "invalid", "valid"}, {"e", "timeout", "invalid"}, {"f", "valid", "timeout"}, {"g", "timeout", null}};
        for (String[] c : cases) {
            String m = "org.lbgame.kernel.X." + c[0] + "()";
            run.put(c[0], new EscLog.EscResult(m, c[1], 300.0, List.of(), Set.of()));
            if (c[2] != null) {
                alone.put(c[0], new EscLog.EscResult(m, c[2], 6.0, List.of(), Set.of()));
            }
        }
        Map<String, EscLog.EscResult> r = EscLog.retried(run, alone);
        assertEquals("valid", r.get("a").status());
        assertEquals(6.0, r.get("a").seconds());
        assertEquals("checked alone: valid (timeout at 300.0 s in the whole-kernel run)", r.get("a").reasons().get(0));
        assertEquals("valid", r.get("b").status());
        assertEquals("timeout", r.get("c").status());
        assertEquals("invalid", r.get("d").status()); // a failed assertion is never overruled by a run alone
        assertEquals("timeout", r.get("e").status()); // nor does a run alone add one the whole run did not report
        assertEquals("valid", r.get("f").status());
        assertEquals("timeout", r.get("g").status());
        assertEquals(cases.length, r.size());
    }

    @Test
    void aContractIsProvedWhenOneVerifierClosesItAndNeitherRefutesIt() {
        EscLog.EscResult valid = result("valid", Set.of());
        EscLog.EscResult leaning = result("valid", Set.of("\\num_of"));
        EscLog.EscResult invalid = result("invalid", Set.of());
        EscLog.EscResult untranslatedInvalid = result("invalid", Set.of("\\num_of"));
        EscLog.EscResult unknown = result("unknown", Set.of());
        assertEquals("proved by both", ProofStatus.verdict(true, valid));
        assertEquals("proved by KeY", ProofStatus.verdict(true, unknown));
        assertEquals("proved by KeY", ProofStatus.verdict(true, leaning));
        assertEquals("proved by KeY", ProofStatus.verdict(true, untranslatedInvalid));
        assertEquals("proved by OpenJML", ProofStatus.verdict(false, valid));
        assertEquals("open", ProofStatus.verdict(false, leaning));
        assertEquals("open", ProofStatus.verdict(false, null));
        assertEquals("REFUTED by OpenJML", ProofStatus.verdict(true, invalid));
        assertEquals("REFUTED by OpenJML", ProofStatus.verdict(false, invalid));
    }

    @Test
    void combiningKeepsTheKeyColumnsWhereKernelProofsItReadsThem() {
        List<String> keyTable = List.of("# Kernel proof status", "", "KeY 2.12.3.", "",
                "| paper result | contract | status | steps | time (s) | why open |",
                "|---|---|---|---|---|---|",
                "| tie rule | `Ranking.beats` | proved | 216 | 0.3 |  |",
                "| Thm 4.6 | `Enumeration.allPne` | open | 1194 | 1.8 | no invariants |",
                "", "2 of 2 contracts proved.");
        Map<String, EscLog.EscResult> oj = Map.of("Ranking.beats", result("valid", Set.of()),
                "Enumeration.allPne", result("unknown", Set.of()));
        String once = ProofStatus.combine(keyTable, oj);
        assertTrue(once.contains("| tie rule | `Ranking.beats` | proved | 216 | 0.3 | valid | 1.0 | proved by both |  |"),
                once);
        assertTrue(once.contains("| `Enumeration.allPne` | open | 1194 | 1.8 | unknown | 1.0 | open | no invariants |"),
                once);
        assertTrue(once.contains("proved by both 1 (50.0%)"), once);
        String twice = ProofStatus.combine(once.lines().toList(), oj);
        assertEquals(once, twice);
    }

    @Test
    void readsOpenJml21sNumberedFeasibilityChecksAndTheUnansweredOnes() {
        List<String> log = List.of(
                "Starting proof of org.lbgame.kernel.PneLists.sameContentsMeet(int[][]) with prover z3_4_8",
                "Method assertions are validated [2.29 secs]",
                "lbgame-kernel/src/main/java/org/lbgame/kernel/PneLists.java:275:Feasibility check #1 - end of "
                        + "preconditions : OK [1.51 secs]",
                "lbgame-kernel/src/main/java/org/lbgame/kernel/PneLists.java:275:Method assertions are validated "
                        + "[2.29 secs]unknown reason: \"canceled\"",
                "Completed proof of org.lbgame.kernel.PneLists.sameContentsMeet(int[][]) with prover z3_4_8 - no "
                        + "warnings [527.06 secs]",
                "Starting proof of org.lbgame.kernel.X.vacuous(int) with prover z3_4_8",
                "lbgame-kernel/src/main/java/org/lbgame/kernel/X.java:9:Feasibility check #1 - end of preconditions"
                        + " : infeasible [0.10 secs]",
                "Completed proof of org.lbgame.kernel.X.vacuous(int) with prover z3_4_8 - no warnings [0.20 secs]");
        Map<String, EscLog.EscResult> r = EscLog.parseEscLog(log);
        EscLog.EscResult meet = r.get("org.lbgame.kernel.PneLists.sameContentsMeet(int[][])");
        assertEquals(List.of("a feasibility check not answered: canceled"), meet.reasons());
        assertTrue(EscLog.counts(meet), "a valid proof whose exit check was not answered still counts");
        EscLog.EscResult vacuous = r.get("org.lbgame.kernel.X.vacuous(int)");
        assertEquals("valid", vacuous.status());
        assertEquals(List.of("feasibility check end of preconditions: infeasible"), vacuous.reasons());
        assertFalse(EscLog.counts(vacuous), "a proof from infeasible preconditions must not count");
    }

    @Test
    void eachKeyContractOfAMethodWithSeveralCasesGetsTheMethodsOpenJmlAnswer() {
        List<String> keyTable = List.of(
                "| paper result | contract | status | steps | time (s) | why open |",
                "|---|---|---|---|---|---|",
                "| search | `OpaquePne.holds#0` | proved | 8304 | 18.8 |  |",
                "| search | `OpaquePne.holds#1` | open | 30000 | 40.0 | budget |",
                "| search | `OpaquePne.shaped#0` | proved | 100 | 1.0 |  |");
        String combined = ProofStatus.combine(keyTable, Map.of("OpaquePne.holds", result("valid", Set.of()),
                "OpaquePne.shaped#0", result("unknown", Set.of()), "OpaquePne.shaped", result("valid", Set.of())));
        assertTrue(combined.contains("| `OpaquePne.holds#0` | proved | 8304 | 18.8 | valid | 1.0 | proved by both |"),
                combined);
        assertTrue(combined.contains("| `OpaquePne.holds#1` | open | 30000 | 40.0 | valid | 1.0 | proved by OpenJML |"),
                combined);
        // an exact name wins over the method's
        assertTrue(combined.contains("| `OpaquePne.shaped#0` | proved | 100 | 1.0 | unknown | 1.0 | proved by KeY |"),
                combined);
    }

    @Test
    void theReplayAndTheSearchReadTheCombinedTable(@TempDir Path dir) throws IOException {
        List<String> keyTable = List.of(
                "| paper result | contract | status | steps | time (s) | replay (s) | why open |",
                "|---|---|---|---|---|---|---|",
                "| tie rule | `Ranking.beats` | proved | 216 | 0.3 | 0.1 |  |",
                "| Thm 4.6 | `Enumeration.allPne` | open | 1194 | 1.8 |  | no invariants |");
        Path status = dir.resolve("STATUS.md");
        Files.writeString(status, ProofStatus.combine(keyTable, Map.of("Ranking.beats", result("unknown", Set.of()),
                "Enumeration.allPne", result("valid", Set.of()))), StandardCharsets.UTF_8);
        // StatusTable.read is what KernelReplayIT (which proofs to replay) and KernelProofsIT (budgets) rely on.
        List<KeyRunner.Outcome> rows = StatusTable.read(status);
        assertEquals(2, rows.size());
        assertEquals("Ranking.beats", rows.get(0).contract());
        assertTrue(rows.get(0).closed());
        assertEquals(216, rows.get(0).steps());
        assertEquals(0.3, rows.get(0).seconds());
        assertEquals(0.1, rows.get(0).replaySeconds());
        assertFalse(rows.get(1).closed()); // OpenJML's valid does not make KeY's column say proved
        assertEquals("no invariants", rows.get(1).error());
    }

    @Test
    void openJmlColumnsGoAfterTheReplayColumn() {
        List<String> keyTable = List.of(
                "| paper result | contract | status | steps | time (s) | replay (s) | why open |",
                "|---|---|---|---|---|---|---|",
                "| tie rule | `Ranking.beats` | proved | 216 | 0.3 | 0.1 |  |");
        String once = ProofStatus.combine(keyTable, Map.of("Ranking.beats", result("invalid", Set.of())));
        assertTrue(once.contains("| paper result | contract | KeY | steps | time (s) | replay (s) | OpenJML | "
                + "OpenJML time (s) | verdict | why open |"), once);
        assertTrue(once.contains("| `Ranking.beats` | proved | 216 | 0.3 | 0.1 | invalid | 1.0 | REFUTED by OpenJML |"),
                once);
        assertEquals(once, ProofStatus.combine(once.lines().toList(), Map.of("Ranking.beats",
                result("invalid", Set.of()))));
    }

    @Test
    void theStatusTableShowsTheRecordedOpenJmlResults() throws IOException {
        if (!Files.exists(OPENJML) || !Files.exists(STATUS)) {
            return;
        }
        List<String> status = Files.readAllLines(STATUS, StandardCharsets.UTF_8);
        List<String> noted = ProofStatus.withNotes(status, ProofStatus.readNotes(Files.readAllLines(NOTES,
                StandardCharsets.UTF_8)));
        String expected = ProofDependencies.apply(ProofStatus.combine(noted, ProofStatus.readOpenJml(
                Files.readAllLines(OPENJML, StandardCharsets.UTF_8))), ProofDependencies.uses(KERNEL));
        assertEquals(expected, String.join("\n", status) + "\n",
                STATUS + " does not show " + OPENJML + ", " + NOTES + " or the kernel's dependencies: run "
                        + "scripts/proof-status combine proofs/STATUS.md proofs/OPENJML.md proofs/notes.tsv, then "
                        + "scripts/proof-status dependencies proofs/STATUS.md " + KERNEL
                        + " (scripts/openjml-esc.sh does both)");
        assertFalse(expected.contains("REFUTED"), "a contract is refuted by OpenJML: a bug to fix\n" + expected);
    }

    @Test
    void notesReplaceTheWordsOfOpenRowsOnly() {
        List<String> table = List.of("intro",
                "| paper result | contract | KeY | steps | time (s) | replay (s) | why open |",
                "| --- | --- | --- | --- | --- | --- | --- |",
                "| old words | `A.open` | open | 10 | 1.0 |  | PLACEHOLDER |",
                "| old words | `A.proved` | proved | 10 | 1.0 | 0.5 |  |",
                "| old words | `A.slow` | timed out | 10 | 1.0 |  | timed out: the guard |",
                "| kept | `A.unnoted` | open | 10 | 1.0 |  | kept reason |");
        Map<String, String[]> notes = ProofStatus.readNotes(List.of("# header", "A.open\tProp 1\tmeasured: 3 goals | open",
                "A.proved\tProp 2\tstale reason", "A.slow\tProp 3\tnot this"));
        List<String> out = ProofStatus.withNotes(table, notes);
        assertEquals("| Prop 1 | `A.open` | open | 10 | 1.0 |  | measured: 3 goals / open |", out.get(3));
        assertEquals("| Prop 2 | `A.proved` | proved | 10 | 1.0 | 0.5 |  |", out.get(4));
        assertEquals("| Prop 3 | `A.slow` | timed out | 10 | 1.0 |  | timed out: the guard |", out.get(5));
        assertEquals(table.get(6), out.get(6));
        assertEquals(table.subList(0, 3), out.subList(0, 3));
    }

    private static EscLog.EscResult result(String status, Set<String> untranslated) {
        return new EscLog.EscResult("org.lbgame.kernel.X.m()", status, 1.0, List.of(), untranslated);
    }
}
