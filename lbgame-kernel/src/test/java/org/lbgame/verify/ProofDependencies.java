package org.lbgame.verify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which proved contracts are proved end to end: both verifiers are modular, so a proof of a contract assumes the
 * contract of every kernel method its body calls and every pure method its specification names (KeY's query axiom
 * and OpenJML's function axioms both use those methods' contracts). A contract counts end to end only when every
 * contract it rests on, transitively, is proved too; {@code STATUS.md} lists the others and what they rest on.
 *
 * <p>Only JDK classes are used, so {@code scripts/openjml-esc.sh} runs it without a Maven build ({@code
 * scripts/proof-status dependencies <STATUS.md> <kernelDir>}), after {@code ProofStatus combine}.
 */
public final class ProofDependencies {

    /** Marks the start of the section {@link #apply} appends to the status table (and replaces on the next run). */
    static final String SECTION = "End to end:";

    // A kernel method's declaration: static, possibly with KeY/OpenJML modifier comments before the return type.
    private static final Pattern DECLARATION = Pattern.compile(
            "(?:public|private|protected)\\s+static\\s+(?:/\\*[^*]*\\*/\\s*)*[\\w\\[\\]]+\\s+(\\w+)\\s*\\(");
    private static final Pattern QUALIFIED_CALL = Pattern.compile("\\b([A-Z]\\w*)\\s*\\.\\s*(\\w+)\\s*\\(");
    private static final Pattern PLAIN_CALL = Pattern.compile("(?<![\\w.])(\\w+)\\s*\\(");
    // Comments that are not JML (JML: //@, /*@, and the tool-specific /*+KeY@ and /*-KeY@): prose, not dependencies.
    private static final Pattern PROSE = Pattern.compile("/\\*(?!@|[+-]KeY@)(?:[^*]|\\*(?!/))*\\*/|//(?!@)[^\\n]*");

    private ProofDependencies() {
    }

    /**
     * The contracts each kernel contract rests on directly: the kernel methods its specification (the text since the
     * previous method's end) and its body call or name, as {@code Type.method}, without itself.
     */
    static Map<String, Set<String>> uses(Path kernelDir) throws IOException {
        Map<String, String> sources = new TreeMap<>();
        try (Stream<Path> files = Files.walk(kernelDir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String name = f.getFileName().toString();
                sources.put(name.substring(0, name.length() - ".java".length()),
                        Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        Map<String, Set<String>> methods = new TreeMap<>();
        Map<String, List<String[]>> parts = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : sources.entrySet()) {
            List<String[]> pieces = split(e.getValue());
            parts.put(e.getKey(), pieces);
            Set<String> names = new TreeSet<>();
            pieces.forEach(p -> names.add(p[0]));
            methods.put(e.getKey(), names);
        }
        Map<String, Set<String>> uses = new TreeMap<>();
        for (Map.Entry<String, List<String[]>> e : parts.entrySet()) {
            String type = e.getKey();
            for (String[] piece : e.getValue()) {
                String self = type + "." + piece[0];
                Set<String> used = uses.computeIfAbsent(self, k -> new TreeSet<>());
                Matcher q = QUALIFIED_CALL.matcher(piece[1]);
                while (q.find()) {
                    if (methods.getOrDefault(q.group(1), Set.of()).contains(q.group(2))) {
                        used.add(q.group(1) + "." + q.group(2));
                    }
                }
                Matcher p = PLAIN_CALL.matcher(piece[1]);
                while (p.find()) {
                    if (methods.get(type).contains(p.group(1))) {
                        used.add(type + "." + p.group(1));
                    }
                }
                used.remove(self);
            }
        }
        return uses;
    }

    /** Each static method of one source: its name and its text (specification and body), in source order. */
    private static List<String[]> split(String source) {
        List<String[]> out = new ArrayList<>();
        source = PROSE.matcher(source).replaceAll(" ");
        Matcher m = DECLARATION.matcher(source);
        int specStart = source.indexOf('{') + 1;
        while (m.find()) {
            int open = source.indexOf('{', m.end());
            int end = matchingBrace(source, open);
            out.add(new String[] {m.group(1), source.substring(specStart, m.start()) + source.substring(m.end(), end)});
            specStart = end + 1;
            m.region(specStart, source.length());
        }
        return out;
    }

    /** The index of the brace closing the one at {@code open} (kernel code has no braces in strings or comments). */
    private static int matchingBrace(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            depth += s.charAt(i) == '{' ? 1 : s.charAt(i) == '}' ? -1 : 0;
            if (depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("unbalanced braces after index " + open);
    }

    /**
     * For each proved contract, the contracts not proved that it rests on transitively (empty: proved end to end).
     * {@code proved} maps each contract of the table to whether it counts as proved.
     */
    static Map<String, Set<String>> unprovedBelow(Map<String, Boolean> proved, Map<String, Set<String>> uses) {
        Map<String, Set<String>> out = new TreeMap<>();
        for (Map.Entry<String, Boolean> e : proved.entrySet()) {
            if (!e.getValue()) {
                continue;
            }
            Set<String> seen = new TreeSet<>();
            Set<String> missing = new TreeSet<>();
            Deque<String> todo = new ArrayDeque<>(uses.getOrDefault(e.getKey(), Set.of()));
            while (!todo.isEmpty()) {
                String c = todo.pop();
                if (c.equals(e.getKey()) || !seen.add(c)) {
                    continue;
                }
                // A method without a row (no contract of its own) is checked as part of each caller's proof.
                if (proved.containsKey(c) && !proved.get(c)) {
                    missing.add(c);
                }
                todo.addAll(uses.getOrDefault(c, Set.of()));
            }
            out.put(e.getKey(), missing);
        }
        return out;
    }

    /** The status table with its end-to-end section (replacing an earlier one), from the table's verdict column. */
    static String apply(String table, Map<String, Set<String>> uses) {
        int cut = table.indexOf("\n" + SECTION);
        String head = cut < 0 ? table : table.substring(0, cut + 1);
        Map<String, Boolean> proved = new TreeMap<>();
        int contractCol = -1;
        int verdictCol = -1;
        for (String line : head.lines().toList()) {
            if (!line.startsWith("|")) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (String c : line.substring(1, line.lastIndexOf('|')).split("\\|", -1)) {
                cells.add(c.strip());
            }
            if (contractCol < 0) {
                contractCol = cells.indexOf("contract");
                verdictCol = cells.contains("verdict") ? cells.indexOf("verdict") : cells.indexOf("status");
                continue;
            }
            if (cells.get(0).startsWith("---")) {
                continue;
            }
            String v = cells.get(verdictCol);
            proved.put(cells.get(contractCol).replace("`", ""), v.startsWith("proved"));
        }
        Map<String, Set<String>> below = unprovedBelow(proved, uses);
        List<String> resting = new ArrayList<>();
        below.forEach((c, missing) -> {
            if (!missing.isEmpty()) {
                resting.add("- `" + c + "` rests on " + String.join(", ", missing.stream().map(m -> "`" + m + "`")
                        .toList()));
            }
        });
        StringBuilder sb = new StringBuilder(head.stripTrailing());
        sb.append("\n\n").append(SECTION).append(String.format(java.util.Locale.ROOT,
                " %d of the %d proved contracts rest only on proved contracts (every kernel method their body calls or"
                        + " their specification names, transitively). Both verifiers are modular: a proof assumes"
                        + " the contracts it uses, so the %d below are proved only up to the open contracts named.%n",
                below.size() - resting.size(), below.size(), resting.size()));
        resting.forEach(r -> sb.append(r).append('\n'));
        return sb.toString();
    }

    /** Rewrites the end-to-end section of {@code args[0]} (STATUS.md) from the kernel sources under {@code args[1]}. */
    public static void main(String[] args) throws IOException {
        Path status = Path.of(args[0]);
        String table = apply(Files.readString(status, StandardCharsets.UTF_8), uses(Path.of(args[1])));
        Files.writeString(status, table, StandardCharsets.UTF_8);
        System.out.println(table.substring(table.indexOf(SECTION)).lines().findFirst().orElse(""));
    }
}
