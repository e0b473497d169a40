package org.lbgame.verify;

import de.uka.ilkd.key.control.KeYEnvironment;
import de.uka.ilkd.key.nparser.ProofReplayer;
import de.uka.ilkd.key.proof.Proof;
import de.uka.ilkd.key.proof.io.IntermediatePresentationProofFileParser;
import de.uka.ilkd.key.proof.io.IntermediateProofReplayer;
import de.uka.ilkd.key.rule.OneStepSimplifier;
import de.uka.ilkd.key.speclang.Contract;
import de.uka.ilkd.key.strategy.Strategy;
import de.uka.ilkd.key.strategy.StrategyProperties;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;

/**
 * Checks a saved KeY proof by replaying it: every rule application in the file is applied again, one by one, to the
 * proof obligation of the contract as it reads in the sources loaded now.
 *
 * <p>The proof obligation comes from the loaded {@link KeyRunner} environment, not from the file's header: the
 * file's {@code \javaSource} and its taclet options are not used, so a proof is always checked against the current
 * kernel under {@code KeyRunner}'s semantics ({@code intRules:javaSemantics}, {@code runtimeExceptions:ban}). A rule
 * application that no longer applies (its position, instantiation or {@code \assumes} formulas do not match, or a
 * callee's contract changed) leaves its branch open, and the proof is reported open with KeY's first error. No
 * strategy runs: replay is bounded by the file's length and has no wall-clock limit. This is KeY's own replayer
 * ({@code AbstractProblemLoader.replayProof}) applied to an environment loaded once per JVM.
 */
final class KeyReplayer {

    /** The name that {@code ProofSaver} writes for the proof obligation's contract. */
    private static final Pattern CONTRACT = Pattern.compile("\"contract\" : \"((?:[^\"\\\\]|\\\\.)*)\"");

    /** The header line naming the Java sources of a proof. */
    private static final Pattern JAVA_SOURCE = Pattern.compile("(?m)^\\\\javaSource \"((?:[^\"\\\\]|\\\\.)*)\";");

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private static long replayCpuNanos;

    private KeyReplayer() {
    }

    /**
     * Replays the proof saved in {@code file} against the contract it names, in the sources {@code runner} loaded.
     * The outcome is closed only if every rule application replayed and no goal is left open; its steps are the
     * replayed proof's nodes and its seconds the replay time.
     */
    static KeyRunner.Outcome replay(KeyRunner runner, String name, Path file) {
        long t0 = System.nanoTime();
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        Proof proof = null;
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            KeYEnvironment<?> env = runner.env();
            String contractName = contractName(text);
            Contract contract = env.getSpecificationRepository().getContractByName(contractName);
            if (contract == null) {
                return failed(name, t0, "no contract " + contractName + " in the loaded sources");
            }
            proof = env.createProof(contract.createProofObl(env.getInitConfig(), contract));
            if (!Boolean.getBoolean("key.replayScan")) {
                ReplayBuiltInIndex.install(proof.openGoals().head());
            }
            int start = text.indexOf("\n\\proof {");
            if (start < 0) {
                return failed(name, t0, "no \\proof section in " + file);
            }
            int line = 2;
            for (int k = 0; k < start; k++) {
                line += text.charAt(k) == '\n' ? 1 : 0;
            }
            CharStream input = CharStreams.fromString(text, file.toString());
            input.seek(start + "\n\\proof".length());
            IntermediatePresentationProofFileParser parser = new IntermediatePresentationProofFileParser(proof);
            ProofReplayer.run(input, parser, line, file.toUri());
            IntermediatePresentationProofFileParser.Result parsed = parser.getResult();
            // As KeY's loader does: one-step simplification on, whatever the file's strategy settings say.
            StrategyProperties sp = proof.getSettings().getStrategySettings().getActiveStrategyProperties();
            sp.setProperty(StrategyProperties.OSS_OPTIONS_KEY, StrategyProperties.OSS_ON);
            Strategy.updateStrategySettings(proof, sp);
            OneStepSimplifier.refreshOSS(proof);
            IntermediateProofReplayer.Result result = new IntermediateProofReplayer(null, proof, parsed)
                    .replay(null, null);
            String error = null;
            if (!parsed.errors().isEmpty()) {
                error = "parse: " + oneLine(parsed.errors().get(0));
            } else if (!result.getErrors().isEmpty()) {
                error = oneLine(result.getErrors().iterator().next());
            }
            boolean closed = proof.closed() && error == null;
            int open = proof.openGoals().size();
            if (!closed && error == null) {
                error = open + " goals left open after the last saved rule application";
            }
            return new KeyRunner.Outcome(name, closed, proof.countNodes(), (System.nanoTime() - t0) / 1e9, open,
                    error);
        } catch (Exception | StackOverflowError | AssertionError e) {
            return failed(name, t0, oneLine(e));
        } finally {
            if (proof != null) {
                proof.dispose();
            }
            replayCpuNanos += THREADS.getCurrentThreadCpuTime() - cpu0;
        }
    }

    /** CPU seconds of this JVM's thread spent in {@link #replay} so far (the load and the JIT excluded). */
    static double replayCpuSeconds() {
        return replayCpuNanos / 1e9;
    }

    private static KeyRunner.Outcome failed(String name, long t0, String error) {
        return new KeyRunner.Outcome(name, false, 0, (System.nanoTime() - t0) / 1e9, -1, error);
    }

    /** A throwable and its innermost cause on one line, each cut to 300 characters (KeY prints whole terms). */
    private static String oneLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = cut(String.valueOf(e)) + (root == e ? "" : " <- " + cut(String.valueOf(root)));
        return text.replace('\n', ' ').replace('\t', ' ');
    }

    private static String cut(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "...";
    }

    /** The KeY name of the contract a saved proof proves, from its proof-obligation settings. */
    static String contractName(String proofText) throws IOException {
        Matcher m = CONTRACT.matcher(proofText);
        if (!m.find()) {
            throw new IOException("no \"contract\" in the proof obligation settings");
        }
        return m.group(1).replace("\\\"", "\"").replace("\\\\", "\\");
    }

    /** The {@code \javaSource} path a saved proof names (relative to its file), or null if it names none. */
    static String javaSource(String proofText) {
        Matcher m = JAVA_SOURCE.matcher(proofText);
        return m.find() ? m.group(1) : null;
    }

    /** The proof text with its {@code \javaSource} header set to {@code path} (relative to the proof file). */
    static String withJavaSource(String proofText, String path) throws IOException {
        Matcher m = JAVA_SOURCE.matcher(proofText);
        if (!m.find()) {
            throw new IOException("no \\javaSource header");
        }
        return proofText.substring(0, m.start(1)) + path.replace("\\", "/") + proofText.substring(m.end(1));
    }
}
