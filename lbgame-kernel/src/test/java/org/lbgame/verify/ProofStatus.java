package org.lbgame.verify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The two verifiers' records of the kernel: OpenJML's per-method ESC results ({@code proofs/OPENJML.md}) and the
 * combined view ({@code proofs/STATUS.md}: KeY's column and OpenJML's column per contract).
 *
 * <p>Only JDK classes are used, so {@code scripts/openjml-esc.sh} runs this file directly ({@code java
 * ProofStatus.java <command> ...}) without a Maven build: {@code hash <kernelDir>}, {@code record <escLog>
 * <OPENJML.md> <kernelDir> [<key> <value>]...}, {@code combine <STATUS.md> <OPENJML.md>}, {@code mutants <escLog>},
 * {@code soundness <log> <expected.tsv>}.
 */
public final class ProofStatus {

    /** The line of {@code OPENJML.md} that records the hash of the kernel sources checked. */
    static final String HASH_PREFIX = "Kernel sources (sha256 of `sha256sum` over the sorted *.java files): ";

    /** The message OpenJML's SMT translation gives for a construct it replaces by an unconstrained constant. */
    static final String UNTRANSLATED = "Not yet supported feature in converting BasicPrograms to SMTLIB: ";

    private static final Pattern START = Pattern.compile("^Starting proof of (.+) with prover (\\S+)$");
    private static final Pattern DONE = Pattern.compile(
            "^Completed proof of (.+) with prover (\\S+) - (no warnings|with warnings|[A-Z_]+)(?: \\[\\s*([0-9.]+) secs\\])?$");
    private static final Pattern SKIP = Pattern.compile("^Skipping proof of (.+?)( \\(.*\\))?$");
    private static final Pattern DIAG = Pattern.compile("^(.+?\\.java):(\\d+): (warning|error|verify|[Nn]ote): (.*)$");

    /** The note OpenJML gives (with --show-not-implemented) when it drops a whole clause from the proof. */
    static final String DROPPED = "Not implemented for static checking: ";
    private static final Pattern FEAS = Pattern.compile("^(?:.*: )?Feasibility check - (.+?) : (\\S+)");

    private ProofStatus() {
    }

    /** One method's ESC outcome. */
    record EscResult(String method, String status, double seconds, List<String> reasons, Set<String> untranslated) {

        /** Whether OpenJML verified the method (UNSAT: no assertion can fail). */
        boolean valid() {
            return status.equals("valid");
        }

        /** Whether OpenJML reports a failing assertion (a counterexample, possibly spurious). */
        boolean invalid() {
            return status.equals("invalid");
        }
    }

    /**
     * The contract name KeY uses ({@code Type.method}) for an OpenJML signature such as
     * {@code org.lbgame.kernel.Ranking.rankOf(long[],int)}; {@code Type.Type} for a constructor.
     */
    static String contractName(String method) {
        String noArgs = method.contains("(") ? method.substring(0, method.indexOf('(')) : method;
        String[] parts = noArgs.split("\\.");
        return parts.length < 2 ? noArgs : parts[parts.length - 2] + "." + parts[parts.length - 1];
    }

    /** The signature without its package: {@code Ranking.rankOf(long[],int)}. */
    static String shortSignature(String method) {
        int paren = method.indexOf('(');
        String head = paren < 0 ? method : method.substring(0, paren);
        String[] parts = head.split("\\.");
        String type = parts.length < 2 ? head : parts[parts.length - 2] + "." + parts[parts.length - 1];
        return paren < 0 ? type : type + method.substring(paren);
    }

    /**
     * The hash of the kernel sources: sha256 of the lines {@code <sha256 of file>  ./<relative path>} for every
     * {@code *.java} file under {@code kernelDir}, sorted by path (the output of {@code find . -name '*.java' | LC_ALL=C
     * sort | xargs sha256sum} in that folder).
     */
    static String kernelHash(Path kernelDir) throws IOException {
        List<String> paths = new ArrayList<>();
        try (Stream<Path> files = Files.walk(kernelDir)) {
            files.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p))
                    .forEach(p -> paths.add("./" + kernelDir.relativize(p).toString().replace('\\', '/')));
        }
        paths.sort(ProofStatus::compareBytes);
        StringBuilder listing = new StringBuilder();
        for (String rel : paths) {
            listing.append(sha256(Files.readAllBytes(kernelDir.resolve(rel.substring(2))))).append("  ").append(rel)
                    .append('\n');
        }
        return sha256(listing.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static int compareBytes(String a, String b) {
        return java.util.Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256 in this JDK", e);
        }
    }

    /** The hash recorded in an {@code OPENJML.md}, or null if it has none. */
    static String recordedHash(List<String> openJmlMd) {
        for (String line : openJmlMd) {
            if (line.startsWith(HASH_PREFIX)) {
                return line.substring(HASH_PREFIX.length()).replace("`", "").trim();
            }
        }
        return null;
    }

    /**
     * Parses OpenJML's {@code --esc --progress} output: one result per method, in order, with the diagnostics
     * reported between its {@code Starting proof} and {@code Completed proof} lines. Diagnostics outside any method
     * (parse and type errors) are returned under the key {@code ""} with status {@code error}.
     */
    static Map<String, EscResult> parseEscLog(List<String> lines) {
        Map<String, EscResult> results = new LinkedHashMap<>();
        List<String> outside = new ArrayList<>();
        String current = null;
        List<String> reasons = new ArrayList<>();
        Set<String> untranslated = new LinkedHashSet<>();
        for (String line : lines) {
            Matcher m;
            if ((m = START.matcher(line)).matches()) {
                current = m.group(1);
                reasons = new ArrayList<>();
                untranslated = new LinkedHashSet<>();
            } else if ((m = DONE.matcher(line)).matches()) {
                String method = m.group(1);
                double secs = m.group(4) == null ? 0 : Double.parseDouble(m.group(4));
                results.put(method, new EscResult(method, status(m.group(3)), secs, dedupe(reasons), untranslated));
                current = null;
            } else if ((m = SKIP.matcher(line)).matches()) {
                String why = m.group(2) == null ? "" : m.group(2).trim();
                results.put(m.group(1), new EscResult(m.group(1), "skipped", 0, List.of(why), Set.of()));
            } else if ((m = DIAG.matcher(line)).matches()) {
                String file = Path.of(m.group(1)).getFileName().toString();
                String kind = m.group(3);
                String text = m.group(4).trim();
                if (text.startsWith("Associated ")) {
                    continue; // the declaration a failed assertion belongs to: its location is in the line before
                }
                if (text.startsWith("NOT IMPLEMENTED: ")) {
                    text = text.substring("NOT IMPLEMENTED: ".length());
                }
                if (text.startsWith(UNTRANSLATED)) {
                    String what = text.substring(UNTRANSLATED.length());
                    Matcher q = Pattern.compile("using (\\\\\\w+)").matcher(what);
                    if (current != null) {
                        untranslated.add(q.find() ? q.group(1) : what);
                    }
                    continue;
                }
                String reason = shorten(text) + " (" + file + ":" + m.group(2) + ")";
                if (text.startsWith(DROPPED)) {
                    // Dropped before any proof starts, so it cannot be charged to one method: the run is void.
                    outside.add("clause dropped by OpenJML: " + reason);
                    continue;
                }
                if (current != null) {
                    reasons.add(reason);
                } else if (kind.equals("error")) {
                    outside.add(reason);
                }
            } else if ((m = FEAS.matcher(line)).find() && current != null && !m.group(2).equals("OK")) {
                reasons.add("feasibility check " + m.group(1) + ": " + m.group(2));
            } else if (current == null && line.matches("^\\d+ errors?$")) {
                outside.add(line);
            } else if (line.startsWith("only showing the first")) {
                outside.add("OpenJML's output was cut short (" + line + "): the record would be incomplete");
            }
        }
        if (current != null) {
            results.put(current, new EscResult(current, "not finished", 0, dedupe(reasons), untranslated));
        }
        if (!outside.isEmpty()) {
            results.put("", new EscResult("", "error", 0, outside, Set.of()));
        }
        return results;
    }

    /**
     * Splits OpenJML's "with warnings" by Z3's answer ({@code method<TAB>sat|unknown} lines, from a {@code -verbose}
     * re-run of each such method): {@code sat} is a counterexample ({@code invalid}); {@code unknown} means Z3 gave up
     * and OpenJML printed the assertions of a candidate model ({@code possibly invalid}: not a refutation); {@code
     * unsat} means the method alone is verified although the whole run was not ({@code unstable}: neither a proof nor
     * a refutation).
     */
    static Map<String, EscResult> classify(Map<String, EscResult> results, List<String> answers) {
        Map<String, String> byName = new LinkedHashMap<>();
        for (String line : answers) {
            String[] c = line.split("\t");
            if (c.length == 2) {
                byName.put(c[0], c[1].trim());
            }
        }
        Map<String, EscResult> out = new LinkedHashMap<>();
        for (Map.Entry<String, EscResult> e : results.entrySet()) {
            EscResult r = e.getValue();
            String name = r.method().contains("(") ? r.method().substring(0, r.method().indexOf('(')) : r.method();
            if (r.invalid() && "unknown".equals(byName.get(name))) {
                List<String> reasons = new ArrayList<>(r.reasons());
                reasons.add(0, "Z3 answered unknown: the warnings come from a candidate model, not a counterexample");
                r = new EscResult(r.method(), "possibly invalid", r.seconds(), reasons, r.untranslated());
            } else if (r.invalid() && "unsat".equals(byName.get(name))) {
                // The whole-kernel run reported failed assertions, the method checked alone is verified: Z3's answer
                // depends on the run, so the run gives neither a counterexample nor a proof.
                List<String> reasons = new ArrayList<>(r.reasons());
                reasons.add(0, "not reproducible: checked alone, Z3 answered unsat (verified); counted neither way");
                r = new EscResult(r.method(), "unstable", r.seconds(), reasons, r.untranslated());
            }
            out.put(e.getKey(), r);
        }
        return out;
    }

    private static String status(String completed) {
        switch (completed) {
            case "no warnings":
                return "valid";
            case "with warnings":
                return "invalid";
            default:
                return completed.toLowerCase(Locale.ROOT);
        }
    }

    private static List<String> dedupe(List<String> reasons) {
        return new ArrayList<>(new LinkedHashSet<>(reasons));
    }

    /** OpenJML's wording, shortened to what a status table needs. */
    private static String shorten(String text) {
        return text.replace("The prover cannot establish an assertion ", "")
                .replaceAll(" in method \\S+$", "")
                .replace("|", "/");
    }

    /** Writes {@code OPENJML.md}: a header with the run's settings and the kernel hash, and one row per method. */
    static String openJmlTable(Map<String, EscResult> results, Map<String, String> meta, String hash) {
        StringBuilder sb = new StringBuilder();
        sb.append("# OpenJML ESC results for the kernel (generated by scripts/openjml-esc.sh; do not edit by hand)\n\n");
        for (Map.Entry<String, String> e : meta.entrySet()) {
            sb.append("- ").append(e.getKey()).append(": ").append(e.getValue()).append('\n');
        }
        sb.append('\n').append(HASH_PREFIX).append('`').append(hash).append("`\n\n");
        Map<String, Integer> counts = new TreeMap<>();
        for (EscResult r : results.values()) {
            counts.merge(r.status(), 1, Integer::sum);
        }
        sb.append("Methods: ").append(results.size());
        counts.forEach((k, v) -> sb.append(", ").append(k).append(' ').append(v));
        sb.append(".\n\n");
        sb.append("| method | status | time (s) | untranslated | reason |\n");
        sb.append("|---|---|---|---|---|\n");
        for (EscResult r : results.values()) {
            sb.append(String.format(Locale.ROOT, "| `%s` | %s | %.2f | %s | %s |%n",
                    r.method().isEmpty() ? "(outside any method)" : shortSignature(r.method()), r.status(), r.seconds(),
                    String.join(" ", r.untranslated()), String.join("; ", r.reasons()).replace("|", "/")));
        }
        return sb.toString();
    }

    /** Reads the rows of an {@code OPENJML.md} table, keyed by contract name ({@code Type.method}). */
    static Map<String, EscResult> readOpenJml(List<String> lines) {
        Map<String, EscResult> rows = new LinkedHashMap<>();
        for (String line : lines) {
            String[] c = line.split("\\|", -1);
            if (c.length < 7 || !c[1].trim().startsWith("`")) {
                continue;
            }
            String sig = c[1].trim().replace("`", "");
            Set<String> untranslated = new LinkedHashSet<>();
            for (String u : c[4].trim().split(" ")) {
                if (!u.isEmpty()) {
                    untranslated.add(u);
                }
            }
            String reason = c[5].trim();
            rows.put(contractName(sig), new EscResult(sig, c[2].trim(), Double.parseDouble(c[3].trim()),
                    reason.isEmpty() ? List.of() : List.of(reason), untranslated));
        }
        return rows;
    }

    /**
     * Whether an OpenJML verdict counts as a proof. A VALID result counts unless the proof could have used a
     * construct whose translation is unsound where it was used (see {@code proofs/OPENJML-SOUNDNESS.md}): OpenJML
     * replaces an untranslatable quantifier ({@code \num_of}) by one unconstrained constant per expression text.
     */
    static boolean counts(EscResult r) {
        return r != null && r.valid() && r.untranslated().isEmpty();
    }

    /** The combined verdict of one contract. */
    static String verdict(boolean keyProved, EscResult openJml) {
        boolean oj = counts(openJml);
        if (openJml != null && openJml.invalid() && openJml.untranslated().isEmpty()) {
            return "REFUTED by OpenJML";
        }
        if (keyProved && oj) {
            return "proved by both";
        }
        if (keyProved) {
            return "proved by KeY";
        }
        if (oj) {
            return "proved by OpenJML";
        }
        return "open";
    }

    /** The OpenJML cell of one contract: its status, and why it does not count when it is valid but not counted. */
    static String openJmlCell(EscResult r) {
        if (r == null) {
            return "not run";
        }
        if (r.untranslated().isEmpty()) {
            return r.status();
        }
        return r.status() + " (untranslated " + String.join(" ", r.untranslated()) + ")";
    }

    /** Marks the start of the combined summary that {@link #combine} appends (and replaces on the next run). */
    static final String SUMMARY = "Combined view (KeY and OpenJML):";

    /**
     * The status table with OpenJML's columns: the KeY table as {@code KernelProofsIT} writes it (columns paper
     * result, contract, status, steps, time, [replay,] why open), with the status column named {@code KeY} and the
     * columns {@code OpenJML}, {@code OpenJML time (s)} and {@code verdict} after KeY's last column. Applying it again
     * replaces the OpenJML columns and the summary.
     */
    static String combine(List<String> status, Map<String, EscResult> openJml) {
        StringBuilder sb = new StringBuilder();
        int keyCol = -1;
        int timeCol = -1;
        int replayCol = -1;
        int ojCol = -1;
        int contractCol = -1;
        int rows = 0;
        int both = 0;
        int keyOnly = 0;
        int ojOnly = 0;
        int open = 0;
        List<String> refuted = new ArrayList<>();
        for (String line : status) {
            if (line.startsWith(SUMMARY)) {
                break;
            }
            if (!line.startsWith("|")) {
                sb.append(line).append('\n');
                continue;
            }
            List<String> cells = cells(line);
            if (contractCol < 0) {
                for (int i = 0; i < cells.size(); i++) {
                    String h = cells.get(i);
                    contractCol = h.equals("contract") ? i : contractCol;
                    keyCol = h.equals("status") || h.equals("KeY") ? i : keyCol;
                    timeCol = h.equals("time (s)") && timeCol < 0 ? i : timeCol;
                    replayCol = h.equals("replay (s)") ? i : replayCol;
                    ojCol = h.equals("OpenJML") ? i : ojCol;
                }
                if (ojCol >= 0) {
                    cells.subList(ojCol, ojCol + 3).clear();
                    replayCol = replayCol > ojCol ? replayCol - 3 : replayCol;
                }
                // OpenJML's columns go after KeY's last one (its replay time when the table has one).
                timeCol = Math.max(timeCol, replayCol);
                cells.set(keyCol, "KeY");
                cells.addAll(timeCol + 1, List.of("OpenJML", "OpenJML time (s)", "verdict"));
                sb.append(row(cells));
                continue;
            }
            if (cells.get(0).startsWith("---")) {
                if (ojCol >= 0) {
                    cells.subList(ojCol, ojCol + 3).clear();
                }
                cells.addAll(timeCol + 1, List.of("---", "---", "---"));
                sb.append(row(cells));
                continue;
            }
            if (ojCol >= 0) {
                cells.subList(ojCol, ojCol + 3).clear();
            }
            String contract = cells.get(contractCol).replace("`", "");
            boolean keyProved = cells.get(keyCol).equals("proved");
            EscResult r = openJml.get(contract);
            String v = verdict(keyProved, r);
            cells.addAll(timeCol + 1, List.of(openJmlCell(r),
                    r == null ? "" : String.format(Locale.ROOT, "%.1f", r.seconds()), v));
            sb.append(row(cells));
            rows++;
            switch (v) {
                case "proved by both" -> both++;
                case "proved by KeY" -> keyOnly++;
                case "proved by OpenJML" -> ojOnly++;
                case "open" -> open++;
                default -> refuted.add(contract);
            }
        }
        while (sb.length() > 1 && sb.charAt(sb.length() - 1) == '\n' && sb.charAt(sb.length() - 2) == '\n') {
            sb.setLength(sb.length() - 1);
        }
        sb.append('\n').append(SUMMARY).append(String.format(Locale.ROOT,
                " %d contracts; proved by both %d (%.1f%%), by KeY only %d, by OpenJML only %d, open %d, refuted %d%s.%n",
                rows, both, rows == 0 ? 0.0 : 100.0 * both / rows, keyOnly, ojOnly, open, refuted.size(),
                refuted.isEmpty() ? "" : " (" + String.join(", ", refuted) + ")"));
        sb.append("A contract is proved when at least one verifier closes it and neither refutes it. OpenJML's "
                + "VALID counts only when its proof used no untranslated construct (proofs/OPENJML-SOUNDNESS.md); "
                + "its INVALID is a refutation unless the method uses an untranslated construct (then it is a "
                + "counterexample to the translation, not to the contract).\n");
        return sb.toString();
    }

    private static List<String> cells(String line) {
        String body = line.trim();
        body = body.substring(1, body.endsWith("|") ? body.length() - 1 : body.length());
        List<String> cells = new ArrayList<>();
        for (String c : body.split("\\|", -1)) {
            cells.add(c.trim());
        }
        return cells;
    }

    private static String row(List<String> cells) {
        return "| " + String.join(" | ", cells) + " |\n";
    }

    /** The package of the deliberately wrong contracts (the kernel classes they call are checked in the same run). */
    static final String MUTANTS = "org.lbgame.mutant.";

    /**
     * Checks the OpenJML mutants' log: every mutant method must be reported not valid. Returns the methods that
     * were wrongly verified (empty when the guard holds).
     */
    static List<String> verifiedMutants(Map<String, EscResult> results) {
        List<String> wrong = new ArrayList<>();
        for (EscResult r : results.values()) {
            if (r.method().startsWith(MUTANTS) && !isConstructor(r.method()) && r.valid()) {
                wrong.add(r.method());
            }
        }
        return wrong;
    }

    private static boolean isConstructor(String method) {
        String name = contractName(method);
        String[] p = name.split("\\.");
        return p.length == 2 && p[0].equals(p[1]);
    }

    /**
     * Compares the soundness examples' results (one {@code == File.java} block per OpenJML run) with the expected
     * statuses ({@code method<TAB>status<TAB>why}), prints them as a table, and returns the problems: a result other
     * than the expected one, or a false example ({@code f*}) that {@link #counts} would count as proved.
     */
    static List<String> soundness(List<String> log, List<String> expectedTsv, java.io.PrintStream table) {
        Map<String, String[]> expected = new LinkedHashMap<>();
        for (String line : expectedTsv) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] c = line.split("\t", -1);
                expected.put(c[0], new String[] {c[1], c.length > 2 ? c[2] : ""});
            }
        }
        List<String> problems = new ArrayList<>();
        List<List<String>> blocks = new ArrayList<>();
        for (String line : log) {
            if (line.startsWith("== ") || blocks.isEmpty()) {
                blocks.add(new ArrayList<>());
            }
            blocks.get(blocks.size() - 1).add(line);
        }
        table.println("| example | expected | OpenJML | counted by openjml-esc.sh | why |");
        table.println("|---|---|---|---|---|");
        Set<String> seen = new LinkedHashSet<>();
        Set<String> printed = new LinkedHashSet<>();
        for (List<String> block : blocks) {
            Map<String, EscResult> results = parseEscLog(block);
            EscResult outside = results.remove("");
            boolean dropped = outside != null
                    && outside.reasons().stream().anyMatch(x -> x.startsWith("clause dropped"));
            for (EscResult r : results.values()) {
                if (isConstructor(r.method())) {
                    continue;
                }
                String name = contractName(r.method());
                seen.add(name);
                String[] exp = expected.get(name);
                boolean counted = counts(r) && !dropped;
                String flag = counted ? "yes" : r.valid() ? (dropped ? "no (clause dropped: run void)"
                        : "no (untranslated " + String.join(" ", r.untranslated()) + ")") : "no (not valid)";
                if (!printed.contains(name)) {
                    // A class the example calls is checked again in the caller's run: list it once.
                    printed.add(name);
                    table.printf(Locale.ROOT, "| `%s` | %s | %s | %s | %s |%n", name, exp == null ? "?" : exp[0],
                            r.status(), flag, exp == null ? "" : exp[1].replace("|", "/"));
                }
                if (exp == null) {
                    problems.add("no expected result for " + name);
                } else if (!exp[0].equals(r.status())) {
                    problems.add(name + ": expected " + exp[0] + ", OpenJML says " + r.status());
                }
                boolean falseExample = name.substring(name.indexOf('.') + 1).startsWith("f");
                if (falseExample && counted) {
                    problems.add(name + " is false, but OpenJML verified it with nothing that stops it counting");
                }
            }
        }
        for (String name : expected.keySet()) {
            if (!seen.contains(name)) {
                problems.add("not checked: " + name);
            }
        }
        return problems;
    }

    /** Command-line entry point (see the class comment). */
    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: ProofStatus hash|record|combine|mutants ...");
        }
        switch (args[0]) {
            case "hash" -> System.out.println(kernelHash(Path.of(args[1])));
            case "record" -> {
                Map<String, EscResult> results = parseEscLog(Files.readAllLines(Path.of(args[1]),
                        StandardCharsets.UTF_8));
                Path answers = Path.of(args[4]);
                if (Files.exists(answers)) {
                    results = classify(results, Files.readAllLines(answers, StandardCharsets.UTF_8));
                }
                Map<String, String> meta = new LinkedHashMap<>();
                for (int i = 5; i + 1 < args.length; i += 2) {
                    meta.put(args[i], args[i + 1]);
                }
                String table = openJmlTable(results, meta, args[3].length() == 64 ? args[3]
                        : kernelHash(Path.of(args[3])));
                Files.writeString(Path.of(args[2]), table, StandardCharsets.UTF_8);
                EscResult outside = results.get("");
                if (outside != null) {
                    System.err.println("openjml-esc: OpenJML reported errors: " + String.join("; ", outside.reasons()));
                    System.exit(1);
                }
            }
            case "invalid" -> {
                // The methods whose "with warnings" needs Z3's own answer to tell a counterexample from a guess.
                for (EscResult r : parseEscLog(Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8))
                        .values()) {
                    if (r.invalid() && r.untranslated().isEmpty() && !r.method().isEmpty()) {
                        System.out.println(r.method().substring(0, r.method().indexOf('(')));
                    }
                }
            }
            case "combine" -> {
                Path status = Path.of(args[1]);
                String combined = combine(Files.readAllLines(status, StandardCharsets.UTF_8),
                        readOpenJml(Files.readAllLines(Path.of(args[2]), StandardCharsets.UTF_8)));
                Files.writeString(status, combined, StandardCharsets.UTF_8);
                System.out.println(combined.substring(combined.indexOf(SUMMARY)).lines().findFirst().orElse(""));
            }
            case "mutants" -> {
                Map<String, EscResult> results = parseEscLog(Files.readAllLines(Path.of(args[1]),
                        StandardCharsets.UTF_8));
                List<String> wrong = verifiedMutants(results);
                long checked = results.values().stream()
                        .filter(r -> r.method().startsWith(MUTANTS) && !isConstructor(r.method())).count();
                if (checked == 0 || !wrong.isEmpty()) {
                    System.err.println("openjml-esc: " + (checked == 0 ? "no mutant was checked"
                            : "deliberately wrong contracts were verified, so OpenJML is not checking: " + wrong));
                    System.exit(1);
                }
                System.out.println("openjml-esc: all " + checked + " mutants reported not valid, as they must be");
            }
            case "soundness" -> {
                List<String> problems = soundness(Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8),
                        Files.readAllLines(Path.of(args[2]), StandardCharsets.UTF_8), System.out);
                if (!problems.isEmpty()) {
                    System.err.println("openjml-soundness: " + String.join("\n  ", problems));
                    System.exit(1);
                }
            }
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
    }
}
