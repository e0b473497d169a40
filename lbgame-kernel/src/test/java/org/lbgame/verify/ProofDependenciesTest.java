package org.lbgame.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The end-to-end view: a proved contract resting, through any chain of calls or named queries, on an open one. */
class ProofDependenciesTest {

    private static final Path KERNEL = Path.of("lbgame-kernel", "src", "main", "java");

    @Test
    void bodyCallsAndSpecificationQueriesAreDependenciesButProseIsNot(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("A.java"), String.join("\n",
                "package p;",
                "public final class A {",
                "    /** Mentions B.c(x) and d() in prose only. */",
                "    //@ ensures \\result == B.q(x);",
                "    public static /*-KeY@ pure @*/ /*+KeY@ strictly_pure @*/ int a(int x) {",
                "        // calls e() in a comment only",
                "        if (x > 0) { return helper(x); }",
                "        return B.c(x);",
                "    }",
                "    /*@ ensures true; @*/",
                "    private static int helper(int x) {",
                "        return x;",
                "    }",
                "    /*@ ensures true; @*/",
                "    public static int d() { return 0; }",
                "}"), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("B.java"), String.join("\n",
                "package p;",
                "public final class B {",
                "    public static int c(int x) { return q(x); }",
                "    public static int q(int x) { return x; }",
                "    public static int e() { return 1; }",
                "}"), StandardCharsets.UTF_8);
        Map<String, Set<String>> uses = ProofDependencies.uses(dir);
        assertEquals(Set.of("A.helper", "B.c", "B.q"), uses.get("A.a"));
        assertEquals(Set.of("B.q"), uses.get("B.c"));
        assertEquals(Set.of(), uses.get("A.d"));
    }

    @Test
    void anOpenContractTwoCallsDownIsNamedAndAProvedChainIsNot() {
        Map<String, Set<String>> uses = Map.of("T.top", Set.of("T.mid"), "T.mid", Set.of("T.low"),
                "T.other", Set.of("T.mid2"), "T.mid2", Set.of());
        Map<String, Boolean> proved = Map.of("T.top", true, "T.mid", true, "T.low", false, "T.other", true,
                "T.mid2", true);
        Map<String, Set<String>> below = ProofDependencies.unprovedBelow(proved, uses);
        assertEquals(Set.of("T.low"), below.get("T.top"));
        assertEquals(Set.of("T.low"), below.get("T.mid"));
        assertEquals(Set.of(), below.get("T.other"));
        assertFalse(below.containsKey("T.low"));
    }

    @Test
    void theSectionIsReplacedNotRepeated() {
        String table = String.join("\n",
                "| paper result | contract | KeY | OpenJML | verdict | why open |",
                "|---|---|---|---|---|---|",
                "| x | `T.top` | proved | valid | proved by both |  |",
                "| x | `T.low` | open | timeout | open | budget |", "", "Combined view (KeY and OpenJML): 2 contracts.", "");
        String once = ProofDependencies.apply(table, Map.of("T.top", Set.of("T.low")));
        assertTrue(once.contains("End to end: 0 of the 1 proved contracts"), once);
        assertTrue(once.contains("- `T.top` rests on `T.low`"), once);
        assertEquals(once, ProofDependencies.apply(once, Map.of("T.top", Set.of("T.low"))));
    }

    @Test
    void theKernelsTheoremsRestOnTheirSteps() throws IOException {
        Map<String, Set<String>> uses = ProofDependencies.uses(KERNEL);
        assertTrue(uses.get("PneStructure.pneIsAllZero").containsAll(Set.of("PneStructure.bottomStep",
                "PneStructure.pneRankForm")), uses.get("PneStructure.pneIsAllZero").toString());
        assertTrue(uses.get("ThresholdCertificate.checkLeastThreshold").containsAll(Set.of(
                "ThresholdCertificate.gainBelow", "ThresholdCertificate.stableNowhereBelow")));
        assertTrue(uses.get("ThresholdCertificate.stepDown").containsAll(Set.of(
                "TbtStability.allZeroPnePersists", "ThresholdCertificate.noPneOneBelow",
                "ThresholdCertificate.stepHolds")));
        assertEquals(Set.of(), uses.get("Ranking.beats"));
    }
}
