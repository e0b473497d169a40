package org.lbgame.verify;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The proof check of {@code mvn -B verify}: every contract that {@code proofs/STATUS.md} lists as proved must have a
 * saved proof in {@code proofs/} that KeY replays to closed against the current kernel sources, rule application by
 * rule application ({@link KeyReplayer}). The table must list every contract of the kernel and nothing else. Replay
 * runs no proof search and has no wall-clock limit, so its verdict does not depend on how busy the machine is; the
 * proofs are shared among {@code key.workers} JVMs (default one per core, at most two), balanced by the table's
 * replay times. {@code -Dkey.only=A,B} replays only the contracts whose names contain A or B.
 */
class KernelReplayIT {

    private static final Path OUT = KeyRunner.target("replay");

    @Test
    void everySavedProofReplaysToClosed() throws Exception {
        long t0 = System.nanoTime();
        Path committed = KernelProofsIT.COMMITTED;
        List<KeyRunner.Outcome> table = StatusTable.read(committed.resolve("STATUS.md"));
        assertFalse(table.isEmpty(), "no contracts in " + committed.resolve("STATUS.md"));
        List<String> failures = new ArrayList<>();
        checkFiles(committed, table, failures);

        String only = System.getProperty("key.only");
        Map<String, Double> times = new LinkedHashMap<>();
        for (KeyRunner.Outcome o : table) {
            // Replay time when recorded, else about a millisecond a node.
            times.put(o.contract(), !o.closed() ? 0 : o.replaySeconds() >= 0 ? o.replaySeconds() : o.steps() / 1000.0);
        }
        int workers = KeyWorkers.count();
        Map<String, Integer> owner = KeyWorkers.balance(times, workers);
        StringBuilder plan = new StringBuilder();
        for (KeyRunner.Outcome o : table) {
            boolean replay = o.closed() && KeyRunner.matches(only, o.contract());
            plan.append(o.contract()).append('\t').append(owner.get(o.contract())).append('\t')
                    .append(replay ? "proved" : "open").append('\n');
        }
        Files.createDirectories(OUT);
        Path planFile = OUT.resolve("plan.tsv");
        Files.writeString(planFile, plan.toString(), StandardCharsets.UTF_8);
        List<List<String>> args = new ArrayList<>();
        for (int k = 0; k < workers; k++) {
            args.add(List.of(KernelProofsIT.KERNEL.toString(), committed.toString(), planFile.toString(),
                    Integer.toString(k), OUT.resolve("results-" + k + ".tsv").toString()));
        }
        List<KeyRunner.Outcome> outcomes = new ArrayList<>();
        double load = KeyWorkers.run(KeyReplayWorker.class, args, outcomes);
        double replayed = 0;
        int closed = 0;
        for (KeyRunner.Outcome o : outcomes) {
            replayed += o.seconds();
            closed += o.closed() ? 1 : 0;
            if (!o.closed()) {
                failures.add(o.contract() + ": " + o.error() + "\n    " + howToFix(o.contract()));
            }
        }
        System.out.printf(Locale.ROOT, "KeY replay: %d of %d saved proofs closed; %d JVMs, slowest load %.1f s, "
                + "%.1f s of replay, %.1f s in all%n", closed, outcomes.size(), workers, load, replayed,
                (System.nanoTime() - t0) / 1e9);
        assertTrue(failures.isEmpty(), "the saved KeY proofs do not match the kernel:\n" + String.join("\n",
                failures));
    }

    /** What to run when a contract's saved proof does not replay. */
    static String howToFix(String contract) {
        return "re-prove it (search, save, replay, update proofs/ and its row of proofs/STATUS.md), then commit "
                + "proofs/: mvn -B verify -Pprove -pl lbgame-kernel -Dkey.only=" + contract;
    }

    /**
     * File-level checks without KeY: a proof file for every contract listed as proved and for no other, each
     * naming the kernel's sources relative to {@code proofs/} (so KeY's GUI opens it) and Java's integer semantics.
     */
    private static void checkFiles(Path committed, List<KeyRunner.Outcome> table, List<String> failures)
            throws Exception {
        TreeSet<String> expected = new TreeSet<>();
        table.stream().filter(KeyRunner.Outcome::closed).forEach(o -> expected.add(KeyRunner.fileName(o.contract())));
        TreeSet<String> present = new TreeSet<>();
        try (Stream<Path> files = Files.list(committed)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".proof")).forEach(present::add);
        }
        String source = KernelProofsIT.javaSourceFromCommitted();
        for (String file : present) {
            if (!expected.contains(file)) {
                failures.add(committed.resolve(file) + ": a saved proof of a contract not listed as proved in "
                        + "STATUS.md (stale: remove it, or re-prove with mvn -B verify -Pprove)");
                continue;
            }
            String text = Files.readString(committed.resolve(file), StandardCharsets.UTF_8);
            if (!source.equals(KeyReplayer.javaSource(text))) {
                failures.add(committed.resolve(file) + ": \\javaSource is \"" + KeyReplayer.javaSource(text)
                        + "\", not \"" + source + "\"");
            }
            if (!text.contains("\"intRules\" : \"intRules:javaSemantics\"")) {
                failures.add(committed.resolve(file) + ": not saved under intRules:javaSemantics");
            }
        }
        for (String file : expected) {
            if (!present.contains(file)) {
                String contract = file.substring(0, file.length() - ".proof".length());
                failures.add(committed.resolve(file) + ": missing, but STATUS.md lists " + contract
                        + " as proved\n    " + howToFix(contract));
            }
        }
    }
}
