package org.lbgame.verify;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One of the JVMs that prove the kernel's contracts in parallel: it loads the kernel and proves the contracts that a
 * plan assigns to its shard.
 *
 * <p>KeY proves one goal at a time on one core, and its rule base keeps global state, so parallelism is one JVM per
 * core rather than threads. Usage: {@code KeyShardWorker <sourceDir> <plan.tsv> <shard> <shards> <saveDir>
 * <results.tsv>}. A plan row is {@code contract<TAB>shard<TAB>steps}; a contract the plan does not name (a new one) goes
 * to shard {@code floorMod(name.hashCode(), shards)} with the full budget, so a new contract is tried in earnest before
 * the status table first lists it. The results file starts with the load time, then one {@link KeyRunner.Outcome}
 * per line ({@link KeyWorkers#row}). A closed proof is saved under {@code saveDir} and replayed from there.
 */
final class KeyShardWorker {

    private KeyShardWorker() {
    }

    /** Runs one shard; exit code 0 whether or not contracts close (the caller judges the outcomes). */
    public static void main(String[] args) throws Exception {
        Path src = Path.of(args[0]);
        Map<String, int[]> plan = readPlan(Path.of(args[1]));
        int shard = Integer.parseInt(args[2]);
        int shards = Integer.parseInt(args[3]);
        Path save = Path.of(args[4]);
        Path results = Path.of(args[5]);
        String only = System.getProperty("key.only");
        StringBuilder tsv = new StringBuilder();
        try (KeyRunner runner = KeyRunner.load(src)) {
            tsv.append(String.format(Locale.ROOT, "%.1f%n", runner.loadSeconds()));
            for (Map.Entry<String, de.uka.ilkd.key.speclang.Contract> e : runner.contracts().entrySet()) {
                String name = e.getKey();
                int[] row = plan.get(name);
                int owner = row != null ? row[0] : Math.floorMod(name.hashCode(), shards);
                if (owner != shard || !KeyRunner.matches(only, name)) {
                    continue;
                }
                int steps = row != null ? row[1] : KeyStrategy.budgetFor(name, KeyRunner.maxStepsProperty());
                KeyRunner.Outcome o = runner.prove(name, e.getValue(), steps, KeyRunner.timeoutMillisProperty(), save);
                System.out.println(o.line());
                System.out.flush();
                tsv.append(KeyWorkers.row(o));
            }
        }
        System.out.printf(Locale.ROOT, "KeY search worker %d done: %.1f s of CPU in this JVM%n", shard,
                KeyWorkers.cpuSeconds());
        Files.createDirectories(results.toAbsolutePath().getParent());
        Files.writeString(results, tsv.toString(), StandardCharsets.UTF_8);
        // KeY leaves non-daemon threads behind.
        System.exit(0);
    }

    private static Map<String, int[]> readPlan(Path plan) throws java.io.IOException {
        Map<String, int[]> rows = new HashMap<>();
        for (String line : Files.readAllLines(plan, StandardCharsets.UTF_8)) {
            String[] c = line.split("\t");
            if (c.length == 3) {
                rows.put(c[0], new int[] {Integer.parseInt(c[1]), Integer.parseInt(c[2])});
            }
        }
        return rows;
    }
}
