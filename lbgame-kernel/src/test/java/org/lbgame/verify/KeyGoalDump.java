package org.lbgame.verify;

import de.uka.ilkd.key.java.Services;
import de.uka.ilkd.key.logic.Semisequent;
import de.uka.ilkd.key.logic.SequentFormula;
import de.uka.ilkd.key.logic.Term;
import de.uka.ilkd.key.logic.op.Junctor;
import de.uka.ilkd.key.logic.op.Operator;
import de.uka.ilkd.key.logic.op.ProgramVariable;
import de.uka.ilkd.key.pp.LogicPrinter;
import de.uka.ilkd.key.proof.Goal;
import de.uka.ilkd.key.proof.Proof;
import de.uka.ilkd.key.speclang.Contract;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs one contract's KeY search to its budget and dumps open goals as term trees, so that two formulas that print
 * alike ({@code r_0 = cost.length} and {@code !r_0 = cost.length} in one antecedent) can be told apart: each node
 * shows its operator's class, name, sort and identity ({@link System#identityHashCode}).
 *
 * <p>Command line: {@code KeyGoalDump <sourceDir> <contracts> [variant...]} (see {@link #main}), with KeyRunner's
 * properties ({@code key.maxSteps}, query switches, {@code key.banRules}) and {@code dump.goals} (open goals dumped,
 * default 2), {@code dump.serials} (dump these goals instead), {@code dump.trees} (default true), {@code dump.maxChars}
 * (formulas printed longer than this get only their top {@code dump.depth} levels, default 300 and 4). Besides the
 * trees it reports the open goals' serial numbers and the rules that made them (the newest nodes are the frontier the
 * budget cut off), the most applied rules, and per dumped goal every operator name carried by more than one
 * operator and, for each pair of formulas that print alike on opposite sides (or as {@code A} and {@code !A} in the
 * antecedent), their first differing subterms.
 */
public final class KeyGoalDump {

    private final Services services;
    private final PrintStream out;

    private KeyGoalDump(Services services, PrintStream out) {
        this.services = services;
        this.out = out;
    }

    /**
     * Command line: {@code KeyGoalDump <sourceDir> <contract> [variant...]}; each variant ({@code key.query=off,
     * key.queryAxiom=false}) sets those system properties for one search of the contract, in the same JVM (one load);
     * none: one search under the current properties.
     */
    public static void main(String[] args) throws Exception {
        Path src = Path.of(args.length > 0 ? args[0] : "lbgame-kernel/src/main/java");
        String wanted = args.length > 1 ? args[1] : System.getProperty("key.only");
        List<String> variants = new ArrayList<>(List.of(args).subList(Math.min(2, args.length), args.length));
        if (variants.isEmpty()) {
            variants.add("");
        }
        try (KeyRunner runner = KeyRunner.load(src)) {
            System.out.printf(Locale.ROOT, "loaded %s in %.1f s%n", src, runner.loadSeconds());
            for (String variant : variants) {
                Map<String, String> saved = apply(variant);
                for (Map.Entry<String, Contract> e : runner.contracts().entrySet()) {
                    String name = e.getKey().replaceAll("#\\d+$", "");
                    if (!List.of(wanted.split(",")).stream().anyMatch(w -> name.equals(w) || name.endsWith("." + w))) {
                        continue;
                    }
                    int maxSteps = KeyRunner.maxStepsProperty();
                    long t0 = System.nanoTime();
                    Proof proof = runner.search(e.getKey(), e.getValue(), maxSteps, KeyRunner.timeoutMillisProperty());
                    try {
                        System.out.printf(Locale.ROOT, "%s [%s] budget %d: %s, %d steps, %d open goals, %.1f s%n",
                                e.getKey(), variant, maxSteps, proof.closed() ? "closed" : "open",
                                proof.getStatistics().nodes, proof.openGoals().size(), (System.nanoTime() - t0) / 1e9);
                        KeyGoalDump dump = new KeyGoalDump(proof.getServices(), System.out);
                        dump.frontier(proof);
                        dump.ruleHistogram(proof);
                        dump.branchPaths(proof);
                        dump.dumpGoals(proof);
                    } finally {
                        proof.dispose();
                    }
                    System.out.flush();
                }
                restore(saved);
            }
        }
        System.exit(0);
    }

    /** Sets a variant's properties; returns their previous values (null: unset). */
    private static Map<String, String> apply(String variant) {
        Map<String, String> saved = new LinkedHashMap<>();
        for (String kv : variant.split(",")) {
            if (kv.isBlank()) {
                continue;
            }
            String[] p = kv.split("=", 2);
            saved.put(p[0].trim(), System.getProperty(p[0].trim()));
            System.setProperty(p[0].trim(), p.length > 1 ? p[1].trim() : "true");
        }
        return saved;
    }

    private static void restore(Map<String, String> saved) {
        saved.forEach((k, v) -> {
            if (v == null) {
                System.clearProperty(k);
            } else {
                System.setProperty(k, v);
            }
        });
    }

    /**
     * Where the open goals stand: serial number (the last nodes of the search are the frontier the budget cut off,
     * not goals the strategy gave up on), whether automation may still work on them, and the rule that made them.
     */
    private void frontier(Proof proof) {
        StringBuilder b = new StringBuilder("open goals (serial/automatic/last rule):");
        for (Goal g : proof.openGoals()) {
            var parent = g.node().parent();
            b.append(' ').append(g.node().serialNr()).append(g.isAutomatic() ? "" : "/manual").append('/')
                    .append(parent == null || parent.getAppliedRuleApp() == null ? "-"
                            : parent.getAppliedRuleApp().rule().name());
        }
        out.println(b);
    }

    /**
     * For each of the first {@code dump.goals} open goals, the way from the root: every branching node and every
     * contract, query, loop, assertion or JML step, with its rule and the branch label taken ({@code dump.pio}: also
     * the term the rule was applied to). Tells which asserted fact or call precondition a goal belongs to.
     */
    private void branchPaths(Proof proof) {
        int goals = Integer.getInteger("dump.goals", 2);
        boolean withTerm = Boolean.getBoolean("dump.pio");
        int k = 0;
        for (Goal g : proof.openGoals()) {
            if (k++ >= goals) {
                break;
            }
            List<String> path = new ArrayList<>();
            var n = g.node();
            while (n.parent() != null) {
                var p = n.parent();
                var app = p.getAppliedRuleApp();
                String rule = app == null ? "-" : app.rule().name().toString();
                if (p.childrenCount() > 1 || rule.matches(".*(JML|Contract|Query|query|Loop|loop|assert|Evaluate).*")) {
                    String label = n.getNodeInfo().getBranchLabel();
                    String term = withTerm && app != null && app.posInOccurrence() != null
                            ? "{" + LogicPrinter.quickPrintTerm(app.posInOccurrence().subTerm(), services)
                                    .replaceAll("\\s+", " ") + "}"
                            : "";
                    path.add(p.serialNr() + ":" + rule + term + (label != null ? "[" + label + "]" : ""));
                }
                n = p;
            }
            java.util.Collections.reverse(path);
            out.println("path to goal " + g.node().serialNr() + ": " + String.join(" > ", path));
        }
    }

    /** How the budget was spent: the most applied rules of the whole proof tree. */
    private void ruleHistogram(Proof proof) {
        Map<String, Integer> count = new java.util.HashMap<>();
        var it = proof.root().subtreeIterator();
        while (it.hasNext()) {
            var app = it.next().getAppliedRuleApp();
            if (app != null) {
                count.merge(app.rule().name().toString(), 1, Integer::sum);
            }
        }
        StringBuilder b = new StringBuilder("most applied rules:");
        count.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue()).limit(25)
                .forEach(e -> b.append(' ').append(e.getKey()).append('=').append(e.getValue()));
        out.println(b);
    }

    private void dumpGoals(Proof proof) {
        int shown = 0;
        int limit = Integer.getInteger("dump.goals", 2);
        boolean trees = Boolean.parseBoolean(System.getProperty("dump.trees", "true"));
        String serials = "," + System.getProperty("dump.serials", "") + ",";
        for (Goal g : proof.openGoals()) {
            if (serials.length() > 2 ? !serials.contains("," + g.node().serialNr() + ",") : shown++ >= limit) {
                continue;
            }
            out.println("==== open goal " + g.node().serialNr() + " (" + g.sequent().size() + " formulas)");
            out.println(LogicPrinter.quickPrintSequent(g.sequent(), services));
            reportNameClashes(g);
            reportLookAlikes(g);
            if (trees) {
                dumpSide("ante", g.sequent().antecedent());
                dumpSide("succ", g.sequent().succedent());
            }
        }
    }

    private void dumpSide(String side, Semisequent formulas) {
        int maxChars = Integer.getInteger("dump.maxChars", 300);
        int depth = Integer.getInteger("dump.depth", 4);
        int k = 0;
        for (SequentFormula sf : formulas) {
            String printed = print(sf.formula());
            out.println("-- " + side + " " + (k++) + ": " + oneLine(printed, 400));
            tree(sf.formula(), "   ", printed.length() <= maxChars ? Integer.MAX_VALUE : depth);
        }
    }

    private void tree(Term t, String indent, int depth) {
        out.println(indent + node(t));
        if (depth <= 1) {
            if (t.arity() > 0) {
                out.println(indent + "  ...");
            }
            return;
        }
        for (Term s : t.subs()) {
            tree(s, indent + "  ", depth - 1);
        }
    }

    /** One node: operator class, name, sort, identity, and for program variables their Java type. */
    private static String node(Term t) {
        Operator op = t.op();
        StringBuilder b = new StringBuilder();
        b.append(op.getClass().getSimpleName()).append(' ').append(op.name()).append(" : ").append(t.sort().name())
                .append(" @").append(Integer.toHexString(System.identityHashCode(op)));
        if (op instanceof ProgramVariable pv) {
            b.append(" [pv ").append(pv.getKeYJavaType() == null ? "?" : pv.getKeYJavaType().getFullName())
                    .append(pv.getContainerType() == null ? "" : " of " + pv.getContainerType().getFullName())
                    .append(']');
        }
        if (!t.boundVars().isEmpty()) {
            b.append(" binds");
            for (var v : t.boundVars()) {
                b.append(' ').append(v.name()).append('@').append(Integer.toHexString(System.identityHashCode(v)));
            }
        }
        if (t.hasLabels()) {
            b.append(" labels ").append(t.getLabels());
        }
        return b.toString();
    }

    /** Operator names that stand for more than one operator in the goal (the usual cause of a look-alike). */
    private void reportNameClashes(Goal g) {
        Map<String, Map<Operator, String>> byName = new LinkedHashMap<>();
        for (SequentFormula sf : g.sequent()) {
            collect(sf.formula(), byName);
        }
        for (Map.Entry<String, Map<Operator, String>> e : byName.entrySet()) {
            if (e.getValue().size() > 1) {
                out.println("!! name " + e.getKey() + " denotes " + e.getValue().size() + " operators: "
                        + e.getValue().values());
            }
        }
    }

    private static void collect(Term t, Map<String, Map<Operator, String>> byName) {
        byName.computeIfAbsent(t.op().name().toString(), n -> new LinkedHashMap<>()).putIfAbsent(t.op(), node(t));
        for (Term s : t.subs()) {
            collect(s, byName);
        }
    }

    /** Pairs of formulas that print alike but would close the goal if they were the same term. */
    private void reportLookAlikes(Goal g) {
        List<Term> ante = new ArrayList<>();
        g.sequent().antecedent().forEach(sf -> ante.add(sf.formula()));
        List<Term> succ = new ArrayList<>();
        g.sequent().succedent().forEach(sf -> succ.add(sf.formula()));
        for (Term a : ante) {
            for (Term s : succ) {
                compareIfAlike(a, s, "ante/succ");
            }
            if (a.op() == Junctor.NOT) {
                for (Term b : ante) {
                    compareIfAlike(b, a.sub(0), "ante A / ante !A");
                }
            }
        }
        for (Term s : succ) {
            if (s.op() == Junctor.NOT) {
                for (Term b : succ) {
                    compareIfAlike(b, s.sub(0), "succ A / succ !A");
                }
            }
        }
    }

    private void compareIfAlike(Term a, Term b, String where) {
        if (!print(a).equals(print(b))) {
            return;
        }
        out.println("?? " + where + " print alike: " + oneLine(print(a), 200));
        Term[] diff = firstDifference(a, b);
        if (diff == null) {
            out.println("   same operators throughout (differ only in labels or binders)");
        } else {
            out.println("   first difference: " + node(diff[0]) + "  vs  " + node(diff[1]));
            out.println("   in subterms: " + oneLine(print(diff[0]), 200) + "  vs  " + oneLine(print(diff[1]), 200));
        }
    }

    /** The first pair of subterms (pre-order) whose operators differ, or null. */
    private static Term[] firstDifference(Term a, Term b) {
        if (a.op() != b.op() || a.arity() != b.arity() || a.boundVars().size() != b.boundVars().size()) {
            return new Term[] {a, b};
        }
        for (int i = 0; i < a.arity(); i++) {
            Term[] d = firstDifference(a.sub(i), b.sub(i));
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private String print(Term t) {
        return LogicPrinter.quickPrintTerm(t, services);
    }

    private static String oneLine(String s, int max) {
        String flat = s.replaceAll("\\s+", " ").trim();
        return flat.length() <= max ? flat : flat.substring(0, max) + " ...";
    }
}
