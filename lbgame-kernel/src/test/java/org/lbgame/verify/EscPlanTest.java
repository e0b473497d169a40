package org.lbgame.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link EscPlan}: every class in exactly one group, groups balanced by the recorded times, patterns that match. */
class EscPlanTest {

    @Test
    void theLongestClassesGoToDifferentRunsAndEveryClassToOne() {
        Map<String, Double> seconds = Map.of("Enumeration", 900.0, "PneStructure", 800.0, "Counterexamples", 300.0,
                "Bounds", 2.0);
        List<String> classes = List.of("Bounds", "Counterexamples", "Enumeration", "New", "PneStructure");
        List<List<String>> groups = EscPlan.groups(classes, seconds, 2);
        assertEquals(2, groups.size());
        assertEquals(List.of("Bounds", "Enumeration", "New"), groups.get(0));
        assertTrue(groups.get(1).contains("PneStructure") && groups.get(1).contains("Counterexamples"), "" + groups);
        List<String> all = new ArrayList<>();
        groups.forEach(all::addAll);
        all.sort(null);
        assertEquals(classes, all);
        assertEquals(List.of(classes), EscPlan.groups(classes, seconds, 1));
        assertEquals(5, EscPlan.groups(classes, seconds, 9).size());
    }

    @Test
    void aGroupsPatternMatchesItsClassesMethodsOnly() {
        Pattern p = Pattern.compile(EscPlan.methodPattern(List.of("Bounds", "Ranking")));
        assertTrue(p.matcher("org.lbgame.kernel.Bounds.inRange(long)").matches());
        assertTrue(p.matcher("org.lbgame.kernel.Ranking.Ranking()").matches());
        assertTrue(!p.matcher("org.lbgame.kernel.RankCount.rankAtLeast(long[][],int)").matches());
        assertTrue(!p.matcher("org.lbgame.kernel.AllZeroRank.rankOf()").matches());
    }

    @Test
    void timesAreSummedPerClassFromTheRecord() {
        List<String> md = List.of("| method | status | time (s) | untranslated | reason |",
                "| --- | --- | --- | --- | --- |",
                "| `Bounds.inRange(long)` | valid | 1.50 |  |  |",
                "| `Bounds.Bounds()` | valid | 1.00 |  |  |",
                "| `Ranking.beats(long[][],int,int)` | valid | 2.00 |  |  |");
        Map<String, Double> s = EscPlan.classSeconds(md);
        assertEquals(2.5, s.get("Bounds"), 1e-9);
        assertEquals(2.0, s.get("Ranking"), 1e-9);
    }
}
