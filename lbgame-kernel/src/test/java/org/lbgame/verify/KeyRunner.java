package org.lbgame.verify;

import de.uka.ilkd.key.control.KeYEnvironment;
import de.uka.ilkd.key.java.abstraction.KeYJavaType;
import de.uka.ilkd.key.logic.op.IObserverFunction;
import de.uka.ilkd.key.proof.Proof;
import de.uka.ilkd.key.proof.Statistics;
import de.uka.ilkd.key.proof.init.ProofOblInput;
import de.uka.ilkd.key.proof.io.ProofSaver;
import de.uka.ilkd.key.settings.ChoiceSettings;
import de.uka.ilkd.key.settings.PathConfig;
import de.uka.ilkd.key.settings.ProofSettings;
import de.uka.ilkd.key.speclang.Contract;
import de.uka.ilkd.key.util.KeYTypeUtil;
import de.uka.ilkd.key.util.MiscTools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Proves every JML contract of a source folder with KeY, headless, under Java's integer semantics.
 *
 * <p>Run from the command line: {@code KeyRunner <sourceDir> [saveDir]}; system properties {@code key.only}
 * (substring filter on the contract name), {@code key.maxSteps} (default 30000) and {@code key.timeoutSeconds}
 * (default 3600, a guard only) tune it. A proof that closes is saved and then replayed from its file
 * ({@link KeyReplayer}): a contract counts as closed only if its saved proof replays.
 */
public final class KeyRunner implements AutoCloseable {

    /** Default per-contract rule-application limit: the real bound (node counts repeat exactly run to run). */
    public static final int DEFAULT_MAX_STEPS = 30000;

    /**
     * Outcome of one contract: proved by search or replay ({@code closed}), or not; {@code timedOut} when the
     * wall-clock guard, not the step budget, stopped the search; {@code replaySeconds} is the time the saved proof
     * took to replay (negative when it was not replayed).
     */
    public record Outcome(String contract, boolean closed, int steps, double seconds, int openGoals, String error,
            boolean timedOut, double replaySeconds) {

        /** An outcome that was neither stopped by the guard nor replayed. */
        public Outcome(String contract, boolean closed, int steps, double seconds, int openGoals, String error) {
            this(contract, closed, steps, seconds, openGoals, error, false, -1);
        }

        /** The status word of {@code proofs/STATUS.md}: {@code proved}, {@code open} or {@code timed out}. */
        public String status() {
            return closed ? "proved" : timedOut ? "timed out" : "open";
        }

        /** The one-line report: {@code closed|open|timeout  <contract>  <steps> steps  <time> s}. */
        public String line() {
            String base = String.format(Locale.ROOT, "%-7s  %s  %d steps  %.1f s", closed ? "closed"
                    : timedOut ? "timeout" : "open", contract, steps, seconds);
            if (replaySeconds >= 0) {
                base += String.format(Locale.ROOT, "  (replay %.1f s)", replaySeconds);
            }
            if (error != null) {
                return base + "  (error: " + error + ")";
            }
            return closed ? base : base + "  (" + openGoals + " open goals)";
        }
    }

    /**
     * The lock of test classes that run KeY in the test JVM itself: KeY keeps global state, so they run one at a
     * time, while classes that only wait for KeY worker JVMs run beside them.
     */
    public static final String IN_PROCESS = "KeY in this JVM";

    private static boolean configured;

    private final KeYEnvironment<?> env;
    private final double loadSeconds;

    private KeyRunner(KeYEnvironment<?> env, double loadSeconds) {
        this.env = env;
        this.loadSeconds = loadSeconds;
    }

    /** Global KeY configuration, before the first KeY load: settings isolated under target/, Java integer semantics. */
    private static synchronized void configure(Path configDir) throws IOException {
        if (configured) {
            return;
        }
        System.setProperty(PathConfig.DISREGARD_SETTINGS_PROPERTY, "true");
        Files.createDirectories(configDir);
        PathConfig.setKeyConfigDir(configDir.toAbsolutePath().toString());
        ChoiceSettings choices = ProofSettings.DEFAULT_SETTINGS.getChoiceSettings();
        Map<String, String> options = new HashMap<>(choices.getDefaultChoices());
        options.putAll(MiscTools.getDefaultTacletOptions());
        // KeY's default integer semantics ignores overflow and proved a false overflow contract: never use it.
        options.put("intRules", "intRules:javaSemantics");
        options.put("floatRules", "floatRules:assumeStrictfp");
        options.put("runtimeExceptions", "runtimeExceptions:ban");
        choices.setDefaultChoices(options);
        configured = true;
    }

    /** Loads every type of {@code sourceDir} (30-70 s for the first load of a JVM: the rule base is parsed). */
    public static KeyRunner load(Path sourceDir) throws Exception {
        configure(target("key-config"));
        long t0 = System.nanoTime();
        KeYEnvironment<?> env = KeYEnvironment.load(sourceDir.toFile(), null, null, null);
        return new KeyRunner(env, (System.nanoTime() - t0) / 1e9);
    }

    /**
     * A folder in the build directory of the module that runs KeY: {@code key.target} (set by Failsafe; passed on to
     * the worker JVMs), else {@code lbgame-kernel/target}.
     */
    static Path target(String name) {
        return Path.of(System.getProperty("key.target", Path.of("lbgame-kernel", "target").toString()), name);
    }

    /** The loaded environment (for {@link KeyReplayer}). */
    KeYEnvironment<?> env() {
        return env;
    }

    /** Seconds the load took. */
    public double loadSeconds() {
        return loadSeconds;
    }

    /** Every contract of a non-library type, keyed by a stable readable name. */
    public Map<String, Contract> contracts() {
        Map<String, Contract> all = new TreeMap<>();
        for (KeYJavaType type : env.getJavaInfo().getAllKeYJavaTypes()) {
            if (KeYTypeUtil.isLibraryClass(type)) {
                continue;
            }
            for (IObserverFunction target : env.getSpecificationRepository().getContractTargets(type)) {
                List<Contract> list = new ArrayList<>();
                for (Contract c : env.getSpecificationRepository().getContracts(type, target)) {
                    list.add(c);
                }
                list.sort((a, b) -> a.getName().compareTo(b.getName()));
                for (int k = 0; k < list.size(); k++) {
                    String name = type.getJavaType().getName() + "." + target.name().toString().replaceAll(".*::", "")
                            + (list.size() > 1 ? "#" + k : "");
                    all.put(name, list.get(k));
                }
            }
        }
        return all;
    }

    /** Proves one contract; saves the proof under {@code saveDir} (if not null) when it closes. */
    public Outcome prove(String name, Contract contract, int maxSteps, long timeoutMillis, Path saveDir) {
        long t0 = System.nanoTime();
        Proof proof = null;
        try {
            proof = search(name, contract, maxSteps, timeoutMillis);
            Statistics stats = proof.getStatistics();
            boolean closed = proof.closed();
            if (!closed && Boolean.getBoolean("key.showOpen")) {
                int shown = 0;
                for (de.uka.ilkd.key.proof.Goal g : proof.openGoals()) {
                    if (shown++ >= Integer.getInteger("key.showOpenCount", 1)) {
                        break;
                    }
                    String seq = de.uka.ilkd.key.pp.LogicPrinter.quickPrintSequent(g.sequent(), proof.getServices());
                    System.out.println("---- open goal of " + name + ":\n" + seq);
                }
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            // Open with budget left and the guard's time used up: stopped by the clock, not by the proof.
            boolean timedOut = !closed && stats.nodes < maxSteps && seconds * 1000 >= timeoutMillis;
            int openGoals = proof.openGoals().size();
            if (closed && saveDir != null) {
                Files.createDirectories(saveDir);
                Path file = saveDir.resolve(fileName(name));
                ProofSaver.saveToFile(file.toFile(), proof);
                proof.dispose();
                proof = null;
                // What the build checks is the saved file, so a search result counts only once its file replays.
                Outcome replay = KeyReplayer.replay(this, name, file);
                if (!replay.closed()) {
                    Files.delete(file);
                    return new Outcome(name, false, stats.nodes, seconds, replay.openGoals(),
                            "closed by search, but the saved proof does not replay: " + replay.error(), false,
                            replay.seconds());
                }
                return new Outcome(name, true, stats.nodes, seconds, 0, null, false, replay.seconds());
            }
            return new Outcome(name, closed, stats.nodes, seconds, openGoals, null, timedOut, -1);
        } catch (Exception | StackOverflowError e) {
            return new Outcome(name, false, 0, (System.nanoTime() - t0) / 1e9, -1, e.toString());
        } finally {
            if (proof != null) {
                proof.dispose();
            }
        }
    }

    /**
     * Runs the automatic search of one contract under the settings of {@link #prove} and returns the proof, closed or
     * not; the caller disposes it ({@link KeyGoalDump} reads its open goals).
     */
    Proof search(String name, Contract contract, int maxSteps, long timeoutMillis) throws Exception {
        ProofOblInput input = contract.createProofObl(env.getInitConfig(), contract);
        Proof proof = env.createProof(input);
        KeyStrategy.apply(proof, name, maxSteps, timeoutMillis);
        env.getUi().getProofControl().startAndWaitForAutoMode(proof);
        return proof;
    }

    /**
     * Whether {@code name} contains one of the comma-separated parts of {@code filter} (all if null or empty); a part
     * {@code x$} matches only a name ending in {@code x}.
     */
    public static boolean matches(String filter, String name) {
        if (filter == null || filter.isEmpty()) {
            return true;
        }
        for (String part : filter.split(",")) {
            // A trailing $ anchors the part at the name's end: modelStaysStable$ leaves modelStaysStableUnderH out.
            boolean anchored = part.endsWith("$");
            String text = anchored ? part.substring(0, part.length() - 1) : part;
            if (!text.isEmpty() && (anchored ? name.endsWith(text) : name.contains(text))) {
                return true;
            }
        }
        return false;
    }

    /** The proof file name of a contract: {@code <contract>.proof} with unsafe characters replaced. */
    public static String fileName(String contractName) {
        return contractName.replaceAll("[^A-Za-z0-9.#_-]", "_") + ".proof";
    }

    /** Proves every contract whose name contains {@code filter} (all if null), printing one line per contract. */
    public List<Outcome> proveAll(String filter, int maxSteps, long timeoutMillis, Path saveDir) {
        List<Outcome> out = new ArrayList<>();
        for (Map.Entry<String, Contract> e : contracts().entrySet()) {
            if (!matches(filter, e.getKey())) {
                continue;
            }
            Outcome o = prove(e.getKey(), e.getValue(), KeyStrategy.budgetFor(e.getKey(), maxSteps), timeoutMillis, saveDir);
            System.out.println(o.line());
            System.out.flush();
            out.add(o);
        }
        return out;
    }

    /** Max steps from {@code key.maxSteps}. */
    public static int maxStepsProperty() {
        return Integer.getInteger("key.maxSteps", DEFAULT_MAX_STEPS);
    }

    /**
     * The wall-clock guard per contract ({@code key.timeoutSeconds}): far above the slowest measured search (209 s
     * on a loaded 2-core machine), so only a stuck or starved run meets it, and it is then reported as
     * {@code timed out}, not open.
     */
    public static final long DEFAULT_TIMEOUT_SECONDS = 3600;

    /** Timeout guard from {@code key.timeoutSeconds}, in milliseconds. */
    public static long timeoutMillisProperty() {
        return 1000L * Long.getLong("key.timeoutSeconds", DEFAULT_TIMEOUT_SECONDS);
    }

    @Override
    public void close() {
        env.dispose();
    }

    /** Command line: {@code KeyRunner <sourceDir> [saveDir]}. */
    public static void main(String[] args) throws Exception {
        Path src = Path.of(args.length > 0 ? args[0] : "lbgame-kernel/src/main/java");
        Path save = args.length > 1 ? Path.of(args[1]) : null;
        try (KeyRunner runner = load(src)) {
            System.out.printf(Locale.ROOT, "loaded %s in %.1f s%n", src, runner.loadSeconds());
            List<Outcome> all = runner.proveAll(System.getProperty("key.only"), maxStepsProperty(),
                    timeoutMillisProperty(), save);
            long closed = all.stream().filter(Outcome::closed).count();
            System.out.printf(Locale.ROOT, "%d of %d contracts closed%n", closed, all.size());
        }
        System.exit(0);
    }
}
