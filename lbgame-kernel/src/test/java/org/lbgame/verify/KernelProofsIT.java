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
import java.util.TreeMap;
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
 * build stays fast; contracts it does not list yet, and every contract under {@code -Dproofs.full=true}, get the full
 * {@code key.maxSteps} budget. The contracts are shared among {@code key.workers} JVMs (default: one per core, at most
 * two), balanced by the table's recorded times.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KernelProofsIT {

    private static final Path KERNEL = Path.of("lbgame-kernel", "src", "main", "java");
    private static final Path MUTANTS = Path.of("lbgame-kernel", "src", "test", "key-mutants");
    private static final Path COMMITTED = Path.of("proofs");
    private static final Path OUT = Path.of("lbgame-kernel", "target", "proofs");

    @Test
    @Order(1)
    void everyContractListedAsProvedCloses() throws Exception {
        long t0 = System.nanoTime();
        List<KeyRunner.Outcome> outcomes;
        double load;
        double wall;
        int workers;
        Path results = OUT.resolve("results.tsv");
        if (Boolean.getBoolean("proofs.tableOnly")) {
            // Regenerate the table from the last run's results (after editing proofs/notes.tsv), without KeY.
            List<String> lines = Files.readAllLines(results, StandardCharsets.UTF_8);
            String[] head = lines.get(0).split("\t");
            load = Double.parseDouble(head[0]);
            wall = Double.parseDouble(head[1]);
            workers = head.length > 2 ? Integer.parseInt(head[2]) : 1;
            outcomes = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                outcomes.add(KeyShardWorker.parseRow(line));
            }
        } else {
            deleteProofs(OUT);
            // Contracts the committed table lists as open get a small step budget in ordinary builds (they are
            // still attempted and listed); -Dproofs.full=true gives every contract the full budget.
            TreeSet<String> proved = provedIn(COMMITTED.resolve("STATUS.md"));
            boolean full = Boolean.getBoolean("proofs.full") || proved.isEmpty();
            int openSteps = Integer.getInteger("key.openSteps", 2000);
            workers = Integer.getInteger("key.workers", Math.min(2, Runtime.getRuntime().availableProcessors()));
            Path plan = OUT.resolve("plan.tsv");
            Files.createDirectories(OUT);
            Files.writeString(plan, plan(COMMITTED.resolve("STATUS.md"), proved, full, openSteps, workers),
                    StandardCharsets.UTF_8);
            outcomes = new ArrayList<>();
            load = runShards(plan, workers, outcomes);
            System.out.printf(Locale.ROOT, "KeY: %d parallel JVMs, slowest load %.1f s%n", workers, load);
            wall = (System.nanoTime() - t0) / 1e9;
            StringBuilder tsv = new StringBuilder(String.format(Locale.ROOT, "%.1f\t%.1f\t%d%n", load, wall,
                    workers));
            for (KeyRunner.Outcome o : outcomes) {
                tsv.append(KeyShardWorker.row(o));
            }
            Files.createDirectories(OUT);
            Files.writeString(results, tsv.toString(), StandardCharsets.UTF_8);
        }
        Map<String, String[]> notes = readNotes(COMMITTED.resolve("notes.tsv"));
        String table = statusTable(outcomes, notes, load, wall, workers);
        Path openJml = COMMITTED.resolve("OPENJML.md");
        if (Files.exists(openJml)) {
            // OpenJML's column comes from its last recorded run (scripts/openjml-esc.sh): CI cannot run OpenJML.
            table = ProofStatus.combine(table.lines().toList(),
                    ProofStatus.readOpenJml(Files.readAllLines(openJml, StandardCharsets.UTF_8)));
        }
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

    /**
     * The shard plan: every contract of the committed table with its shard and step budget. Shards are balanced by
     * the table's recorded times (longest first, each to the least-loaded shard); open contracts get {@code openSteps}
     * unless {@code full} or named in {@code proofs.retry} (comma-separated substrings: how a contract listed as open
     * is promoted by an update run once it closes). Contracts not in the table are left to the workers (full budget).
     */
    static String plan(Path status, TreeSet<String> proved, boolean full, int openSteps, int workers)
            throws IOException {
        Map<String, Double> times = new LinkedHashMap<>();
        if (Files.exists(status)) {
            for (String line : Files.readAllLines(status, StandardCharsets.UTF_8)) {
                String[] cells = line.split("\\|");
                if (cells.length > 5 && cells[2].contains("`")) {
                    times.put(cells[2].trim().replace("`", ""), Double.parseDouble(cells[5].trim()));
                }
            }
        }
        List<String> names = new ArrayList<>(times.keySet());
        names.sort((a, b) -> Double.compare(times.get(b), times.get(a)));
        double[] load = new double[workers];
        StringBuilder sb = new StringBuilder();
        for (String name : names) {
            int least = 0;
            for (int k = 1; k < workers; k++) {
                least = load[k] < load[least] ? k : least;
            }
            load[least] += times.get(name);
            boolean retry = KeyRunner.listed(System.getProperty("proofs.retry", ""), name);
            int steps = full || retry || proved.contains(name)
                    ? KeyRunner.budgetFor(name, KeyRunner.maxStepsProperty()) : openSteps;
            sb.append(name).append('\t').append(least).append('\t').append(steps).append('\n');
        }
        return sb.toString();
    }

    /**
     * Starts one {@link KeyShardWorker} JVM per shard, echoes their lines, and collects their outcomes in contract
     * order; returns the slowest load time. The workers get this JVM's classpath and every {@code key.*} property.
     */
    private static double runShards(Path plan, int workers, List<KeyRunner.Outcome> outcomes) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Process> procs = new ArrayList<>();
        List<Thread> echoes = new ArrayList<>();
        for (int k = 0; k < workers; k++) {
            Files.deleteIfExists(OUT.resolve("results-" + k + ".tsv"));
            List<String> cmd = new ArrayList<>(List.of(java, "-Xss8m", "-Xmx" + System.getProperty("key.workerHeap",
                    "3g")));
            for (String p : System.getProperties().stringPropertyNames()) {
                if (p.startsWith("key.")) {
                    cmd.add("-D" + p + "=" + System.getProperty(p));
                }
            }
            cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), KeyShardWorker.class.getName(),
                    KERNEL.toString(), plan.toString(), Integer.toString(k), Integer.toString(workers),
                    OUT.resolve("results-" + k + ".tsv").toString(), OUT.toString()));
            Process proc = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            procs.add(proc);
            // The forked test JVM's own stdout is Failsafe's channel: echo the worker's lines through System.out.
            Thread echo = new Thread(() -> echo(proc.getInputStream()), "key-worker-" + k);
            echo.setDaemon(true);
            echo.start();
            echoes.add(echo);
        }
        double load = 0;
        TreeMap<String, KeyRunner.Outcome> byName = new TreeMap<>();
        try {
            for (int k = 0; k < workers; k++) {
                int rc = procs.get(k).waitFor();
                echoes.get(k).join();
                assertEquals(0, rc, "KeY worker " + k + " failed");
                List<String> lines = Files.readAllLines(OUT.resolve("results-" + k + ".tsv"),
                        StandardCharsets.UTF_8);
                load = Math.max(load, Double.parseDouble(lines.get(0)));
                for (String line : lines.subList(1, lines.size())) {
                    KeyRunner.Outcome o = KeyShardWorker.parseRow(line);
                    byName.put(o.contract(), o);
                }
            }
        } finally {
            // A failed worker must not leave the others proving after the build has stopped.
            for (Process p : procs) {
                p.destroyForcibly();
            }
        }
        outcomes.addAll(byName.values());
        return load;
    }

    /** Copies a worker's output to System.out, line by line, without KeY's INFO log lines. */
    private static void echo(java.io.InputStream in) {
        try (java.io.BufferedReader r = new java.io.BufferedReader(
                new java.io.InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.contains("] INFO ") && !line.startsWith("SLF4J")) {
                    synchronized (System.out) {
                        System.out.println(line);
                        System.out.flush();
                    }
                }
            }
        } catch (IOException e) {
            System.out.println("cannot read a KeY worker's output: " + e);
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
            double wall, int workers) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Kernel proof status (generated by KernelProofsIT; do not edit by hand)\n\n");
        sb.append(String.format(Locale.ROOT,
                "KeY 2.12.3, intRules:javaSemantics, max %d steps per contract (%d for %s). %d parallel JVM(s); "
                        + "slowest load %.1f s, whole run %.1f s.%n%n",
                KeyRunner.maxStepsProperty(), Integer.getInteger("key.largeSteps", KeyRunner.LARGE_MAX_STEPS),
                KeyRunner.DEFAULT_LARGE_BUDGET.replace(",", ", "), workers, load, wall));
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
