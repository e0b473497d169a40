package org.lbgame.verify;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The proof search, run by {@code mvn -B verify -Pprove}: every contract of the kernel is attempted with KeY's
 * strategy, each closed proof is saved and replayed from its file, and with {@code -Dproofs.update=true} (set by the
 * profile) the saved proofs and the regenerated status table go to {@code proofs/}. The build fails when a contract
 * that {@code proofs/STATUS.md} lists as proved no longer closes. Ordinary builds do not search: they replay the
 * saved proofs ({@link KernelReplayIT}).
 *
 * <p>Limits are proof steps: {@code key.maxSteps} (default 30,000; {@code key.largeSteps} for the contracts of
 * {@link KeyStrategy#DEFAULT_LARGE_BUDGET}). Contracts the committed table lists as open get {@code key.openSteps}
 * (default 2,000) unless {@code -Dproofs.full=true} or named in {@code proofs.retry}; contracts it does not list yet
 * get the full budget. The wall-clock guard {@code key.timeoutSeconds} is far above the measured times, and a
 * contract it stops is reported as {@code timed out}, not open. {@code -Dkey.only=A,B} searches only the contracts
 * whose names contain A or B and updates only their proofs and rows. The contracts are shared among
 * {@code key.workers} JVMs, balanced by the table's recorded search times.
 */
class KernelProofsIT {

    static final Path KERNEL = Path.of("lbgame-kernel", "src", "main", "java");
    static final Path COMMITTED = Path.of("proofs");
    private static final Path OUT = KeyRunner.target("proofs");

    @Test
    void everyContractListedAsProvedCloses() throws Exception {
        long t0 = System.nanoTime();
        List<KeyRunner.Outcome> outcomes = new ArrayList<>();
        double load;
        double wall;
        int workers;
        Path results = OUT.resolve("results.tsv");
        List<KeyRunner.Outcome> committed = StatusTable.read(COMMITTED.resolve("STATUS.md"));
        if (Boolean.getBoolean("proofs.tableOnly")) {
            // Regenerate the table from the last run's results (after editing proofs/notes.tsv), without KeY.
            List<String> lines = Files.readAllLines(results, StandardCharsets.UTF_8);
            String[] head = lines.get(0).split("\t");
            load = Double.parseDouble(head[0]);
            wall = Double.parseDouble(head[1]);
            workers = head.length > 2 ? Integer.parseInt(head[2]) : 1;
            for (String line : lines.subList(1, lines.size())) {
                outcomes.add(KeyWorkers.parseRow(line));
            }
        } else {
            deleteProofs(OUT);
            workers = KeyWorkers.count();
            Path plan = OUT.resolve("plan.tsv");
            Files.createDirectories(OUT);
            Files.writeString(plan, plan(committed, workers), StandardCharsets.UTF_8);
            List<List<String>> args = new ArrayList<>();
            for (int k = 0; k < workers; k++) {
                args.add(List.of(KERNEL.toString(), plan.toString(), Integer.toString(k), Integer.toString(workers),
                        OUT.toString(), OUT.resolve("results-" + k + ".tsv").toString()));
            }
            load = KeyWorkers.run(KeyShardWorker.class, args, outcomes);
            System.out.printf(Locale.ROOT, "KeY: %d parallel JVMs, slowest load %.1f s%n", workers, load);
            wall = (System.nanoTime() - t0) / 1e9;
            StringBuilder tsv = new StringBuilder(String.format(Locale.ROOT, "%.1f\t%.1f\t%d%n", load, wall,
                    workers));
            for (KeyRunner.Outcome o : outcomes) {
                tsv.append(KeyWorkers.row(o));
            }
            Files.writeString(results, tsv.toString(), StandardCharsets.UTF_8);
        }
        boolean partial = System.getProperty("key.only") != null;
        String table = StatusTable.render(merge(partial ? committed : List.of(), outcomes),
                StatusTable.readNotes(COMMITTED.resolve("notes.tsv")), summary(load, wall, workers));
        Path openJml = COMMITTED.resolve("OPENJML.md");
        if (Files.exists(openJml)) {
            // OpenJML's columns come from its last recorded run (scripts/openjml-esc.sh): CI cannot run OpenJML.
            table = ProofStatus.combine(table.lines().toList(),
                    ProofStatus.readOpenJml(Files.readAllLines(openJml, StandardCharsets.UTF_8)));
        }
        table = ProofDependencies.apply(table, ProofDependencies.uses(KERNEL));
        Files.createDirectories(OUT);
        Files.writeString(OUT.resolve("STATUS.md"), table, StandardCharsets.UTF_8);
        System.out.println(table);

        List<String> failures = new ArrayList<>();
        TreeSet<String> mustClose = new TreeSet<>();
        committed.stream().filter(KeyRunner.Outcome::closed).forEach(o -> mustClose.add(o.contract()));
        for (KeyRunner.Outcome o : outcomes) {
            if (mustClose.contains(o.contract()) && !o.closed()) {
                failures.add(o.line() + (o.timedOut() ? "  [timed out: the wall-clock guard of "
                        + KeyRunner.timeoutMillisProperty() / 1000 + " s stopped it; not evidence about the contract]"
                        : ""));
            }
        }
        if (!partial) {
            for (String name : mustClose) {
                if (outcomes.stream().noneMatch(o -> o.contract().equals(name))) {
                    failures.add("missing contract listed as proved: " + name);
                }
            }
        }
        if (Boolean.getBoolean("proofs.update")) {
            update(outcomes, partial);
        }
        assertTrue(failures.isEmpty(), "contracts listed as proved in proofs/STATUS.md did not close:\n"
                + String.join("\n", failures));
        assertFalse(outcomes.isEmpty(), "KeY found no contract in " + KERNEL);
    }

    /**
     * The shard plan: every contract of the committed table with its shard and step budget, shards balanced by the
     * recorded search times. Open (or timed-out) contracts get {@code key.openSteps} unless {@code proofs.full} or
     * named in {@code proofs.retry} (comma-separated substrings: how a contract listed as open is promoted once it
     * closes). Contracts not in the table are left to the workers (full budget).
     */
    static String plan(List<KeyRunner.Outcome> committed, int workers) {
        boolean full = Boolean.getBoolean("proofs.full") || committed.stream().noneMatch(KeyRunner.Outcome::closed);
        int openSteps = Integer.getInteger("key.openSteps", 2000);
        Map<String, Double> times = new LinkedHashMap<>();
        for (KeyRunner.Outcome o : committed) {
            times.put(o.contract(), o.seconds());
        }
        Map<String, Integer> owner = KeyWorkers.balance(times, workers);
        StringBuilder sb = new StringBuilder();
        for (KeyRunner.Outcome o : committed) {
            String name = o.contract();
            boolean retry = KeyStrategy.listed(System.getProperty("proofs.retry", ""), name);
            int steps = full || retry || o.closed() ? KeyStrategy.budgetFor(name, KeyRunner.maxStepsProperty())
                    : openSteps;
            sb.append(name).append('\t').append(owner.get(name)).append('\t').append(steps).append('\n');
        }
        return sb.toString();
    }

    /** The committed rows with this run's outcomes in place of (or beside) them, in contract order. */
    static List<KeyRunner.Outcome> merge(List<KeyRunner.Outcome> committed, List<KeyRunner.Outcome> run) {
        TreeMap<String, KeyRunner.Outcome> rows = new TreeMap<>();
        committed.forEach(o -> rows.put(o.contract(), o));
        run.forEach(o -> rows.put(o.contract(), o));
        return new ArrayList<>(rows.values());
    }

    private static String summary(double load, double wall, int workers) {
        String only = System.getProperty("key.only");
        return String.format(Locale.ROOT, "KeY 2.12.3, intRules:javaSemantics, runtimeExceptions:ban. Search: max %d "
                + "steps per contract (%d for %s), %d for contracts listed as open; wall-clock guard %d s per contract. "
                + "A contract is proved when the search closes it and its saved proof replays (replay column); "
                + "`mvn -B verify` replays these proofs. Last run%s: %d parallel JVM(s), slowest load %.1f s, "
                + "whole run %.1f s.", KeyRunner.maxStepsProperty(), Integer.getInteger("key.largeSteps",
                        KeyStrategy.LARGE_MAX_STEPS), KeyStrategy.DEFAULT_LARGE_BUDGET.replace(",", ", "),
                Integer.getInteger("key.openSteps", 2000), KeyRunner.timeoutMillisProperty() / 1000,
                only == null ? "" : " (only " + only + ")", workers, load, wall);
    }

    /**
     * Copies the saved proofs of the run's closed contracts and the table into {@code proofs/}, each proof's
     * {@code \javaSource} header pointing from there to the kernel sources (KeY wrote it relative to target/).
     * A full run first removes every committed proof; a {@code key.only} run only those of the contracts it ran.
     */
    private static void update(List<KeyRunner.Outcome> outcomes, boolean partial) throws IOException {
        Files.createDirectories(COMMITTED);
        if (Boolean.getBoolean("proofs.tableOnly")) {
            // No search ran, so target/ holds no proofs: only the table is refreshed (once this removed every proof).
            Files.copy(OUT.resolve("STATUS.md"), COMMITTED.resolve("STATUS.md"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return;
        }
        if (!partial) {
            deleteProofs(COMMITTED);
        }
        String source = javaSourceFromCommitted();
        for (KeyRunner.Outcome o : outcomes) {
            Path saved = OUT.resolve(KeyRunner.fileName(o.contract()));
            Path target = COMMITTED.resolve(saved.getFileName());
            Files.deleteIfExists(target);
            if (o.closed() && Files.exists(saved)) {
                String text = Files.readString(saved, StandardCharsets.UTF_8);
                Files.writeString(target, KeyReplayer.withJavaSource(text, source), StandardCharsets.UTF_8);
            }
        }
        Files.copy(OUT.resolve("STATUS.md"), COMMITTED.resolve("STATUS.md"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** The kernel sources relative to {@code proofs/}: what a committed proof's {@code \javaSource} must say. */
    static String javaSourceFromCommitted() {
        return COMMITTED.toAbsolutePath().normalize().relativize(KERNEL.toAbsolutePath().normalize()).toString()
                .replace('\\', '/');
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
