package org.lbgame.verify;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One of the JVMs that replay the saved kernel proofs in parallel: it loads the kernel sources once and replays the
 * proofs a plan assigns to its shard ({@link KeyReplayer}).
 *
 * <p>Usage: {@code KeyReplayWorker <sourceDir> <proofsDir> <plan.tsv> <shard> <results.tsv>}. A plan row is
 * {@code contract<TAB>shard<TAB>proved|open}: every contract {@code proofs/STATUS.md} lists. A {@code proved} row of
 * this shard is replayed from {@code <proofsDir>/<contract>.proof}. Shard 0 also reports, as failed outcomes, the
 * contracts of the sources that the plan does not list and the listed ones the sources no longer have, so the table
 * cannot drift from the kernel. The results file starts with the load time, then one outcome per line
 * ({@link KeyWorkers#row}).
 */
final class KeyReplayWorker {

    private KeyReplayWorker() {
    }

    /** Runs one shard; exit code 0 whether or not the proofs replay (the caller judges the outcomes). */
    public static void main(String[] args) throws Exception {
        Path src = Path.of(args[0]);
        Path proofs = Path.of(args[1]);
        Map<String, String[]> plan = readPlan(Path.of(args[2]));
        int shard = Integer.parseInt(args[3]);
        Path results = Path.of(args[4]);
        StringBuilder tsv = new StringBuilder();
        try (KeyRunner runner = KeyRunner.load(src)) {
            tsv.append(String.format(Locale.ROOT, "%.1f%n", runner.loadSeconds()));
            Set<String> present = runner.contracts().keySet();
            for (Map.Entry<String, String[]> e : plan.entrySet()) {
                String name = e.getKey();
                if (Integer.parseInt(e.getValue()[0]) != shard || !e.getValue()[1].equals("proved")
                        || !present.contains(name)) {
                    continue;
                }
                KeyRunner.Outcome o = KeyReplayer.replay(runner, name, proofs.resolve(KeyRunner.fileName(name)));
                System.out.println("replay " + o.line());
                System.out.flush();
                tsv.append(KeyWorkers.row(o));
            }
            if (shard == 0) {
                for (String name : present) {
                    if (!plan.containsKey(name)) {
                        tsv.append(KeyWorkers.row(new KeyRunner.Outcome(name, false, 0, 0, -1,
                                "a contract of the kernel that proofs/STATUS.md does not list")));
                    }
                }
                for (String name : plan.keySet()) {
                    if (!present.contains(name)) {
                        tsv.append(KeyWorkers.row(new KeyRunner.Outcome(name, false, 0, 0, -1,
                                "listed in proofs/STATUS.md, but the kernel has no such contract")));
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "KeY replay worker %d done: %.1f s of CPU in this JVM, %.1f s of it in "
                + "the replays' thread%n", shard, KeyWorkers.cpuSeconds(), KeyReplayer.replayCpuSeconds());
        Files.createDirectories(results.toAbsolutePath().getParent());
        Files.writeString(results, tsv.toString(), StandardCharsets.UTF_8);
        // KeY leaves non-daemon threads behind.
        System.exit(0);
    }

    private static Map<String, String[]> readPlan(Path plan) throws java.io.IOException {
        Map<String, String[]> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(plan, StandardCharsets.UTF_8)) {
            String[] c = line.split("\t");
            if (c.length == 3) {
                rows.put(c[0], new String[] {c[1], c[2]});
            }
        }
        return rows;
    }
}
