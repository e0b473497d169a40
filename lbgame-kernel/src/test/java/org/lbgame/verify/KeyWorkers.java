package org.lbgame.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The parallel KeY JVMs of the proof checks: KeY proves or replays one goal at a time on one core and its rule base
 * keeps global state, so parallelism is one JVM per core, each loading the kernel once ({@link KeyShardWorker} for
 * search, {@link KeyReplayWorker} for replay). Contracts are shared out by their recorded times.
 */
final class KeyWorkers {

    /** JVM flags of a worker unless {@code key.workerJvm} gives others (the search under -Pprove keeps C2). */
    static final String WORKER_JVM = "-XX:+UseParallelGC -XX:TieredStopAtLevel=1";

    private KeyWorkers() {
    }

    /** CPU seconds this JVM has used so far (all its threads: KeY, JIT, GC): the load-independent cost. */
    static double cpuSeconds() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory
                .getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() / 1e9 : -1;
    }

    /** How many KeY JVMs: {@code key.workers}, default one per core and at most two. */
    static int count() {
        return Integer.getInteger("key.workers", Math.min(2, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * Shares contracts among {@code workers} JVMs by their times: longest first, each to the least-loaded JVM.
     * Returns each contract's worker, in the order given.
     */
    static Map<String, Integer> balance(Map<String, Double> times, int workers) {
        List<String> names = new ArrayList<>(times.keySet());
        names.sort((a, b) -> Double.compare(times.get(b), times.get(a)));
        double[] load = new double[workers];
        Map<String, Integer> owner = new LinkedHashMap<>();
        for (String name : names) {
            int least = 0;
            for (int k = 1; k < workers; k++) {
                least = load[k] < load[least] ? k : least;
            }
            load[least] += times.get(name);
            owner.put(name, least);
        }
        Map<String, Integer> ordered = new LinkedHashMap<>();
        for (String name : times.keySet()) {
            ordered.put(name, owner.get(name));
        }
        return ordered;
    }

    /**
     * Starts one JVM per argument list, running {@code main} with this JVM's class path and every {@code key.*}
     * property; echoes their lines; reads each one's results file (the last argument of its list: the load time,
     * then one outcome per line) into {@code outcomes}, in contract order. Returns the slowest load time. No
     * wall-clock limit: a worker runs until its share is done.
     */
    static double run(Class<?> main, List<List<String>> argLists, List<KeyRunner.Outcome> outcomes)
            throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Process> procs = new ArrayList<>();
        List<Thread> echoes = new ArrayList<>();
        List<Path> results = new ArrayList<>();
        for (int k = 0; k < argLists.size(); k++) {
            List<String> args = argLists.get(k);
            Path result = Path.of(args.get(args.size() - 1));
            Files.deleteIfExists(result);
            results.add(result);
            List<String> cmd = new ArrayList<>(List.of(java, "-Xss8m", "-Xmx" + System.getProperty("key.workerHeap",
                    "3g")));
            // Measured on 2 idle cores (replay of AllZeroCertificate's 5 proofs): the parallel collector cut the
            // replay from 38 to 26 s, and the client compiler alone cut the JVM's CPU from 114 to 71 s at the same
            // wall time, which matters when the worker shares the cores with the test JVMs. Step budgets, not
            // seconds, decide every outcome, so these flags change only how fast a check runs.
            for (String flag : System.getProperty("key.workerJvm", WORKER_JVM).trim().split("\\s+")) {
                if (!flag.isEmpty()) {
                    cmd.add(flag);
                }
            }
            for (String p : System.getProperties().stringPropertyNames()) {
                if (p.startsWith("key.")) {
                    cmd.add("-D" + p + "=" + System.getProperty(p));
                }
            }
            cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
            cmd.addAll(args);
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
            for (int k = 0; k < procs.size(); k++) {
                int rc = procs.get(k).waitFor();
                echoes.get(k).join();
                assertEquals(0, rc, "KeY worker " + k + " failed");
                List<String> lines = Files.readAllLines(results.get(k), StandardCharsets.UTF_8);
                load = Math.max(load, Double.parseDouble(lines.get(0)));
                for (String line : lines.subList(1, lines.size())) {
                    KeyRunner.Outcome o = parseRow(line);
                    byName.put(o.contract(), o);
                }
            }
        } finally {
            // A failed worker must not leave the others running after the build has stopped.
            for (Process p : procs) {
                p.destroyForcibly();
            }
        }
        outcomes.addAll(byName.values());
        return load;
    }

    /** Copies a worker's output to System.out, line by line, without KeY's INFO log lines. */
    private static void echo(InputStream in) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
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

    /** One outcome as a results line: contract, closed, steps, seconds, open goals, error, timed out, replay s. */
    static String row(KeyRunner.Outcome o) {
        return String.format(Locale.ROOT, "%s\t%b\t%d\t%.1f\t%d\t%s\t%b\t%.1f%n", o.contract(), o.closed(),
                o.steps(), o.seconds(), o.openGoals(), o.error() == null ? "" : o.error().replace('\t', ' ')
                        .replace('\n', ' '), o.timedOut(), o.replaySeconds());
    }

    /** Reads a results line written by {@link #row} (or by the six-column format before replay existed). */
    static KeyRunner.Outcome parseRow(String line) {
        String[] c = line.split("\t", -1);
        return new KeyRunner.Outcome(c[0], Boolean.parseBoolean(c[1]), Integer.parseInt(c[2]),
                Double.parseDouble(c[3]), Integer.parseInt(c[4]), c[5].isEmpty() ? null : c[5],
                c.length > 6 && Boolean.parseBoolean(c[6]), c.length > 7 ? Double.parseDouble(c[7]) : -1);
    }
}
