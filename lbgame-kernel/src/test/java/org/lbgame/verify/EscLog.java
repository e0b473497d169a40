package org.lbgame.verify;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * OpenJML's ESC output read as per-method results: {@code --esc --progress} logs, Z3's answers on re-runs, the
 * mutants' and the soundness examples' logs. {@link ProofStatus} writes the records from these results.
 */
final class EscLog {

    /** The message OpenJML's SMT translation gives for a construct it replaces by an unconstrained constant. */
    static final String UNTRANSLATED = "Not yet supported feature in converting BasicPrograms to SMTLIB: ";

    private static final Pattern START = Pattern.compile("^Starting proof of (.+) with prover (\\S+)$");
    private static final Pattern DONE = Pattern.compile(
            "^Completed proof of (.+) with prover (\\S+) - (no warnings|with warnings|[A-Z_]+)(?: \\[\\s*([0-9.]+) secs\\])?$");
    private static final Pattern SKIP = Pattern.compile("^Skipping proof of (.+?)( \\(.*\\))?$");
    private static final Pattern DIAG = Pattern.compile("^(.+?\\.java):(\\d+): (warning|error|verify|[Nn]ote): (.*)$");

    /** The note OpenJML gives (with --show-not-implemented) when it drops a whole clause from the proof. */
    static final String DROPPED = "Not implemented for static checking: ";
    // OpenJML 0.21 numbers its checks and prints them right after the file position: "X.java:12:Feasibility check #2 -
    // at program exit : OK [0.11 secs]".
    private static final Pattern FEAS = Pattern.compile("^(?:.*:)?\\s*Feasibility check (?:#\\d+ )?- (.+?) : (\\S+)");
    /** How OpenJML 0.21 reports a feasibility check Z3 did not answer (the message runs on from the line before). */
    private static final Pattern UNANSWERED = Pattern.compile("unknown reason: \"?([^\"]*)\"?\\s*$");

    private EscLog() {
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
            } else if ((m = UNANSWERED.matcher(line)).find() && current != null) {
                reasons.add("a feasibility check not answered: " + m.group(1));
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

    /** Whether a method's result is no answer at all (a timeout or Z3's unknown), which a check alone may settle. */
    static boolean unanswered(EscResult r) {
        return !r.method().isEmpty() && !isConstructor(r.method())
                && (r.status().equals("timeout") || r.status().equals("unknown") || r.status().equals("not finished"));
    }

    /**
     * Replaces the unanswered results of the whole-kernel run by those of the same method checked alone (the same
     * options, a fresh OpenJML and Z3). A VALID there is a proof: Z3 found the verification condition unsatisfiable,
     * and a timeout elsewhere contradicts nothing. Any other outcome alone leaves the first result, with a note.
     */
    static Map<String, EscResult> retried(Map<String, EscResult> results, Map<String, EscResult> alone) {
        Map<String, EscResult> out = new LinkedHashMap<>();
        for (Map.Entry<String, EscResult> e : results.entrySet()) {
            EscResult r = e.getValue();
            EscResult a = alone.get(e.getKey());
            if (unanswered(r) && a != null) {
                String before = r.status() + " at " + String.format(Locale.ROOT, "%.1f", r.seconds())
                        + " s in the whole-kernel run";
                List<String> reasons = new ArrayList<>();
                if (a.valid()) {
                    reasons.add("checked alone: valid (" + before + ")");
                    reasons.addAll(a.reasons());
                    r = new EscResult(r.method(), "valid", a.seconds(), reasons, a.untranslated());
                } else {
                    reasons.add("checked alone: " + a.status() + " as well");
                    reasons.addAll(r.reasons());
                    r = new EscResult(r.method(), r.status(), r.seconds(), reasons, r.untranslated());
                }
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

    /**
     * Whether an OpenJML verdict counts as a proof. A VALID result counts unless the proof could have used a
     * construct whose translation is unsound where it was used (see {@code proofs/OPENJML-SOUNDNESS.md}): OpenJML
     * replaces an untranslatable quantifier ({@code \num_of}) by one unconstrained constant per expression text.
     */
    static boolean counts(EscResult r) {
        // A valid proof from assumptions that cannot all hold proves nothing.
        return r != null && r.valid() && r.untranslated().isEmpty()
                && r.reasons().stream().noneMatch(x -> x.endsWith(": infeasible"));
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

    /** Whether an OpenJML signature names a constructor ({@code Type.Type}). */
    static boolean isConstructor(String method) {
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
}
