package org.lbgame.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Replay must reject what it did not prove: a saved proof with one rule application altered, and a saved proof of a
 * contract (or method body) changed after saving. Each test also replays the untouched proof to closed in the same
 * setting, so a replay that did nothing (open) or that trusted the file (closed) fails here. Uses the two smallest
 * proofs, {@code Ranking.beats} (the tie rule) and {@code Bounds.inRange}, replayed in a copy under {@code target/}
 * of the two kernel classes they prove ({@code Ranking.java}, {@code Bounds.java}; neither uses another kernel
 * class): KeY loads two classes instead of the whole kernel, three times, in seconds. The copies are byte for byte
 * the kernel's files except for the one change a test makes, and {@link KernelReplayIT} replays the same two proofs
 * in the whole kernel.
 */
@ResourceLock(KeyRunner.IN_PROCESS)
class TamperedProofsIT {

    private static final Path BEATS = KernelProofsIT.COMMITTED.resolve("Ranking.beats.proof");
    private static final Path IN_RANGE = KernelProofsIT.COMMITTED.resolve("Bounds.inRange.proof");
    private static final Path WORK = KeyRunner.target("tampered");

    /** The kernel files the two proofs need, relative to the source root. */
    private static final java.util.List<Path> FILES = java.util.List.of(
            Path.of("org", "lbgame", "kernel", "Ranking.java"), Path.of("org", "lbgame", "kernel", "Bounds.java"));

    private static KeyRunner kernel;

    @BeforeAll
    static void loadKernel() throws Exception {
        kernel = KeyRunner.load(kernelCopy("untouched", "Ranking.java", null, null));
    }

    @AfterAll
    static void closeKernel() {
        kernel.close();
        System.out.printf(java.util.Locale.ROOT, "KeY tampered proofs done: %.1f s of CPU in this JVM so far%n",
                KeyWorkers.cpuSeconds());
    }

    @Test
    void theUntouchedProofsReplayToClosed() throws Exception {
        assertClosed(kernel, "Ranking.beats", BEATS);
        assertClosed(kernel, "Bounds.inRange", IN_RANGE);
    }

    @Test
    void aRuleApplicationRenamedInTheFileIsRejected() throws Exception {
        // The last andLeft (split a conjunction in the antecedent) becomes orLeft at the same place.
        String text = replaceLast(read(BEATS), "(rule \"andLeft\" (formula \"", "(rule \"orLeft\" (formula \"");
        assertOpen(kernel, "Ranking.beats", write("beats-orLeft.proof", text));
    }

    @Test
    void aRuleApplicationMovedToAnotherFormulaIsRejected() throws Exception {
        // The last closeTrue is pointed at the formula before the one it closed.
        Matcher m = Pattern.compile("\\(rule \"closeTrue\" \\(formula \"(\\d+)\"\\)\\)").matcher(read(BEATS));
        int at = -1;
        int formula = 0;
        while (m.find()) {
            at = m.start(1);
            formula = Integer.parseInt(m.group(1));
        }
        assertTrue(at > 0 && formula > 1, "expected a closeTrue on a formula after the first in " + BEATS);
        String text = read(BEATS);
        text = text.substring(0, at) + (formula - 1) + text.substring(at + Integer.toString(formula).length());
        assertOpen(kernel, "Ranking.beats", write("beats-moved.proof", text));
    }

    @Test
    void aBuiltInRuleApplicationRenamedInTheFileIsRejected() throws Exception {
        // The last one-step simplification becomes a contract application at the same place: replay asks the
        // built-in rules at that position (ReplayBuiltInIndex skips only the scan that feeds the strategy's queue).
        String text = replaceLast(read(BEATS), "(builtin \"One Step Simplification\" (formula \"",
                "(builtin \"Use Operation Contract\" (formula \"");
        assertOpen(kernel, "Ranking.beats", write("beats-contract.proof", text));
    }

    @Test
    void aPostconditionChangedAfterSavingIsRejected() throws Exception {
        // Ties to the lower index become ties to the lower or equal index: a false contract for j == i.
        Path copy = kernelCopy("post", "Ranking.java", "ensures \\result <==> (sj > si || (sj == si && j < i));",
                "ensures \\result <==> (sj > si || (sj == si && j <= i));");
        try (KeyRunner changed = KeyRunner.load(copy)) {
            assertOpen(changed, "Ranking.beats", BEATS);
            assertClosed(changed, "Bounds.inRange", IN_RANGE);
        }
    }

    @Test
    void aMethodBodyChangedAfterSavingIsRejected() throws Exception {
        // The body excludes the bound itself; the contract still includes it.
        Path copy = kernelCopy("body", "Bounds.java", "return -MAX_VALUE <= v && v <= MAX_VALUE;",
                "return -MAX_VALUE <= v && v < MAX_VALUE;");
        try (KeyRunner changed = KeyRunner.load(copy)) {
            assertOpen(changed, "Bounds.inRange", IN_RANGE);
            assertClosed(changed, "Ranking.beats", BEATS);
        }
    }

    private static void assertClosed(KeyRunner runner, String name, Path proof) {
        KeyRunner.Outcome o = KeyReplayer.replay(runner, name, proof);
        System.out.println("replay " + o.line());
        assertTrue(o.closed(), "an untouched saved proof must replay to closed: " + o.line());
        assertTrue(o.steps() > 1, "a closed replay applies rules: " + o.line());
    }

    private static void assertOpen(KeyRunner runner, String name, Path proof) {
        KeyRunner.Outcome o = KeyReplayer.replay(runner, name, proof);
        System.out.println("replay (tampered) " + o.line());
        assertFalse(o.closed(), "replay accepted a proof that does not prove the contract: " + o.line());
    }

    private static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    private static Path write(String name, String text) throws IOException {
        Files.createDirectories(WORK);
        return Files.writeString(WORK.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static String replaceLast(String text, String from, String to) {
        int at = text.lastIndexOf(from);
        assertTrue(at >= 0, "expected '" + from + "' in the saved proof");
        return text.substring(0, at) + to + text.substring(at + from.length());
    }

    /**
     * A copy under target/ of the kernel files the two proofs need ({@link #FILES}), with exactly one occurrence of
     * {@code from} in one file replaced ({@code from == null}: unchanged).
     */
    private static Path kernelCopy(String tag, String file, String from, String to) throws IOException {
        Path root = WORK.resolve("kernel-" + tag);
        if (Files.exists(root)) {
            try (Stream<Path> old = Files.walk(root)) {
                old.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Path src = KernelProofsIT.KERNEL;
        for (Path f : FILES) {
            Files.createDirectories(root.resolve(f).getParent());
            Files.copy(src.resolve(f), root.resolve(f));
        }
        Path changed = root.resolve(Path.of("org", "lbgame", "kernel", file));
        if (from == null) {
            return root;
        }
        String text = read(changed);
        assertEquals(text.indexOf(from), text.lastIndexOf(from), "expected '" + from + "' once in " + file);
        assertTrue(text.contains(from), "expected '" + from + "' in " + file + " (did the kernel change?)");
        Files.writeString(changed, text.replace(from, to), StandardCharsets.UTF_8);
        return root;
    }
}
