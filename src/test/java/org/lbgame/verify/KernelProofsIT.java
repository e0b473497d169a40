package org.lbgame.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Static verification of the kernel with KeY, in {@code mvn verify}: every contract of {@code src/kernel/java} is
 * attempted; the build fails when a contract that {@code proofs/STATUS.md} lists as proved does not close, and when a
 * deliberately wrong contract of {@code src/test/key-mutants} closes.
 *
 * <p>{@code -Dproofs.update=true} copies the saved proofs and the regenerated status table into {@code proofs/}.
 * Contracts the committed table lists as open are attempted with {@code key.openSteps} steps (default 2000) so the
 * build stays fast; {@code -Dproofs.full=true} gives every contract the full {@code key.maxSteps} budget.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KernelProofsIT {

    private static final Path KERNEL = Path.of("src", "kernel", "java");
    private static final Path MUTANTS = Path.of("src", "test", "key-mutants");
    private static final Path COMMITTED = Path.of("proofs");
    private static final Path OUT = Path.of("target", "proofs");

    @Test
    @Order(1)
    void everyContractListedAsProvedCloses() throws Exception {
        long t0 = System.nanoTime();
        List<KeyRunner.Outcome> outcomes;
        double load;
        double wall;
        Path results = OUT.resolve("results.tsv");
        if (Boolean.getBoolean("proofs.tableOnly")) {
            // Regenerate the table from the last run's results (after editing proofs/notes.tsv), without KeY.
            List<String> lines = Files.readAllLines(results, StandardCharsets.UTF_8);
            String[] head = lines.get(0).split("\t");
            load = Double.parseDouble(head[0]);
            wall = Double.parseDouble(head[1]);
            outcomes = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] c = line.split("\t", -1);
                outcomes.add(new KeyRunner.Outcome(c[0], Boolean.parseBoolean(c[1]), Integer.parseInt(c[2]),
                        Double.parseDouble(c[3]), Integer.parseInt(c[4]), c[5].isEmpty() ? null : c[5]));
            }
        } else {
            deleteProofs(OUT);
            // Contracts the committed table lists as open get a small step budget in ordinary builds (they are
            // still attempted and listed); -Dproofs.full=true gives every contract the full budget.
            TreeSet<String> proved = provedIn(COMMITTED.resolve("STATUS.md"));
            boolean full = Boolean.getBoolean("proofs.full") || proved.isEmpty();
            int openSteps = Integer.getInteger("key.openSteps", 2000);
            outcomes = new ArrayList<>();
            try (KeyRunner runner = KeyRunner.load(KERNEL)) {
                load = runner.loadSeconds();
                System.out.printf(Locale.ROOT, "KeY: loaded %s in %.1f s%n", KERNEL, load);
                String only = System.getProperty("key.only");
                for (Map.Entry<String, de.uka.ilkd.key.speclang.Contract> e : runner.contracts().entrySet()) {
                    if (!KeyRunner.matches(only, e.getKey())) {
                        continue;
                    }
                    int steps = full || proved.contains(e.getKey())
                            ? KeyRunner.budgetFor(e.getKey(), KeyRunner.maxStepsProperty()) : openSteps;
                    KeyRunner.Outcome o = runner.prove(e.getKey(), e.getValue(), steps,
                            KeyRunner.timeoutMillisProperty(), OUT);
                    System.out.println(o.line());
                    System.out.flush();
                    outcomes.add(o);
                }
            }
            wall = (System.nanoTime() - t0) / 1e9;
            StringBuilder tsv = new StringBuilder(String.format(Locale.ROOT, "%.1f\t%.1f%n", load, wall));
            for (KeyRunner.Outcome o : outcomes) {
                tsv.append(String.format(Locale.ROOT, "%s\t%b\t%d\t%.1f\t%d\t%s%n", o.contract(), o.closed(),
                        o.steps(), o.seconds(), o.openGoals(), o.error() == null ? "" : o.error()));
            }
            Files.createDirectories(OUT);
            Files.writeString(results, tsv.toString(), StandardCharsets.UTF_8);
        }
        Map<String, String[]> notes = readNotes(COMMITTED.resolve("notes.tsv"));
        String table = statusTable(outcomes, notes, load, wall);
        Files.createDirectories(OUT);
        Files.writeString(OUT.resolve("STATUS.md"), table, StandardCharsets.UTF_8);
        System.out.println(table);

        TreeSet<String> mustClose = provedIn(COMMITTED.resolve("STATUS.md"));
        List<String> failures = new ArrayList<>();
        for (KeyRunner.Outcome o : outcomes) {
            if (mustClose.contains(o.contract()) && !o.closed()) {
                failures.add(o.line());
            }
        }
        if (System.getProperty("key.only") == null) {
            for (String name : mustClose) {
                if (outcomes.stream().noneMatch(o -> o.contract().equals(name))) {
                    failures.add("missing contract listed as proved: " + name);
                }
            }
        }
        if (Boolean.getBoolean("proofs.update") && System.getProperty("key.only") == null) {
            update(outcomes);
        }
        assertTrue(failures.isEmpty(), "contracts listed as proved in proofs/STATUS.md did not close:\n"
                + String.join("\n", failures));
        assertFalse(outcomes.isEmpty(), "KeY found no contract in " + KERNEL);
    }

    @Test
    @Order(2)
    void deliberatelyWrongContractsStayOpen() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(Boolean.getBoolean("proofs.tableOnly"));
        List<KeyRunner.Outcome> outcomes;
        try (KeyRunner runner = KeyRunner.load(MUTANTS)) {
            outcomes = runner.proveAll(null, KeyRunner.maxStepsProperty(), KeyRunner.timeoutMillisProperty(), null);
        }
        // Every mutant is a kernel method with one deliberate fault; each must be reported open.
        assertEquals(4, outcomes.size(), "expected the four mutants of " + MUTANTS);
        for (KeyRunner.Outcome o : outcomes) {
            assertFalse(o.closed(), "a wrong contract closed, so the verifier is not checking: " + o.line());
            assertTrue(o.error() == null, "mutant did not even run: " + o.line());
        }
    }

    /** Names of the contracts that the committed status table lists as {@code proved}. */
    static TreeSet<String> provedIn(Path status) throws IOException {
        TreeSet<String> names = new TreeSet<>();
        if (!Files.exists(status)) {
            return names;
        }
        for (String line : Files.readAllLines(status, StandardCharsets.UTF_8)) {
            String[] cells = line.split("\\|");
            if (cells.length > 4 && cells[3].trim().equals("proved")) {
                names.add(cells[2].trim().replace("`", ""));
            }
        }
        return names;
    }

    /** {@code contract<TAB>paper result<TAB>why open} lines of {@code proofs/notes.tsv}. */
    static Map<String, String[]> readNotes(Path tsv) throws IOException {
        Map<String, String[]> notes = new LinkedHashMap<>();
        if (!Files.exists(tsv)) {
            return notes;
        }
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            notes.put(cells[0].trim(), new String[] {cells.length > 1 ? cells[1].trim() : "",
                cells.length > 2 ? cells[2].trim() : ""});
        }
        return notes;
    }

    static String statusTable(List<KeyRunner.Outcome> outcomes, Map<String, String[]> notes, double load,
            double wall) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Kernel proof status (generated by KernelProofsIT; do not edit by hand)\n\n");
        sb.append(String.format(Locale.ROOT,
                "KeY 2.12.3, intRules:javaSemantics, max %d steps per contract (%d for %s). Load %.1f s, whole run %.1f s.%n%n",
                KeyRunner.maxStepsProperty(), Integer.getInteger("key.largeSteps", KeyRunner.LARGE_MAX_STEPS),
                KeyRunner.DEFAULT_LARGE_BUDGET.replace(",", ", "), load, wall));
        sb.append("| paper result | contract | status | steps | time (s) | why open |\n");
        sb.append("|---|---|---|---|---|---|\n");
        long closed = 0;
        for (KeyRunner.Outcome o : outcomes) {
            String[] n = notes.getOrDefault(o.contract(), new String[] {"", ""});
            String why = o.closed() ? "" : (n[1].isEmpty() ? (o.error() != null ? o.error() : "not yet analysed")
                    : n[1]);
            sb.append(String.format(Locale.ROOT, "| %s | `%s` | %s | %d | %.1f | %s |%n", n[0], o.contract(),
                    o.closed() ? "proved" : "open", o.steps(), o.seconds(), why.replace("|", "/")));
            if (o.closed()) {
                closed++;
            }
        }
        sb.append(String.format(Locale.ROOT, "%n%d of %d contracts proved.%n", closed, outcomes.size()));
        return sb.toString();
    }

    private static void update(List<KeyRunner.Outcome> outcomes) throws IOException {
        Files.createDirectories(COMMITTED);
        deleteProofs(COMMITTED);
        for (KeyRunner.Outcome o : outcomes) {
            Path proof = OUT.resolve(KeyRunner.fileName(o.contract()));
            if (o.closed() && Files.exists(proof)) {
                Files.copy(proof, COMMITTED.resolve(proof.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.copy(OUT.resolve("STATUS.md"), COMMITTED.resolve("STATUS.md"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static void deleteProofs(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                if (p.getFileName().toString().endsWith(".proof")) {
                    Files.delete(p);
                }
            }
        }
    }
}
