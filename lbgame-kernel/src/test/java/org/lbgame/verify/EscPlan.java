package org.lbgame.verify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Shares the kernel's classes out among parallel OpenJML runs ({@code OPENJML_JOBS} in {@code scripts/openjml-esc.sh}),
 * balanced by the time each class took in the last record: Z3 runs one query at a time, so one run leaves the other
 * cores idle, and two classes took two thirds of the last record's time.
 *
 * <p>JDK classes only ({@code scripts/proof-status plan <jobs> <OPENJML.md> <kernelDir>}): prints one {@code --method}
 * regular expression per run.
 */
final class EscPlan {
    /** Seconds assumed for a class the last record does not have (new since then). */
    static final double UNRECORDED = 30;

    private EscPlan() {
    }

    /** Seconds per class (simple name) in the rows of an {@code OPENJML.md}. */
    static Map<String, Double> classSeconds(List<String> openJmlMd) {
        Map<String, Double> seconds = new TreeMap<>();
        for (EscLog.EscResult r : ProofStatus.readOpenJml(openJmlMd).values()) {
            String m = r.method();
            String qualified = m.contains("(") ? m.substring(0, m.indexOf('(')) : m;
            String cls = qualified.contains(".") ? qualified.substring(0, qualified.lastIndexOf('.')) : qualified;
            cls = cls.substring(cls.lastIndexOf('.') + 1);
            seconds.merge(cls, r.seconds(), Double::sum);
        }
        return seconds;
    }

    /**
     * The classes in {@code jobs} groups, longest first into the group with the least time so far; groups in
     * order of their first class, classes in a group sorted. Empty groups are left out.
     */
    static List<List<String>> groups(List<String> classes, Map<String, Double> seconds, int jobs) {
        List<String> order = new ArrayList<>(classes);
        order.sort(Comparator.comparingDouble((String c) -> -seconds.getOrDefault(c, UNRECORDED))
                .thenComparing(Comparator.naturalOrder()));
        List<List<String>> groups = new ArrayList<>();
        double[] load = new double[Math.max(1, jobs)];
        for (int g = 0; g < load.length; g++) {
            groups.add(new ArrayList<>());
        }
        for (String c : order) {
            int best = 0;
            for (int g = 1; g < load.length; g++) {
                best = load[g] < load[best] ? g : best;
            }
            groups.get(best).add(c);
            load[best] += seconds.getOrDefault(c, UNRECORDED);
        }
        groups.removeIf(List::isEmpty);
        groups.forEach(g -> g.sort(Comparator.naturalOrder()));
        return groups;
    }

    /** OpenJML's {@code --method} pattern for the methods of {@code classes} in package {@code org.lbgame.kernel}. */
    static String methodPattern(List<String> classes) {
        return "org\\.lbgame\\.kernel\\.(" + String.join("|", classes) + ")\\..*";
    }

    /** Command-line entry point: {@code <jobs> <OPENJML.md> <kernelDir>}. */
    public static void main(String[] args) throws IOException {
        Path md = Path.of(args[1]);
        Map<String, Double> seconds = Files.exists(md)
                ? classSeconds(Files.readAllLines(md, StandardCharsets.UTF_8)) : Map.of();
        List<String> classes;
        try (Stream<Path> files = Files.walk(Path.of(args[2]))) {
            classes = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".java"))
                    .map(n -> n.substring(0, n.length() - ".java".length())).sorted().toList();
        }
        for (List<String> g : groups(classes, seconds, Integer.parseInt(args[0]))) {
            System.out.println(methodPattern(g));
        }
    }
}
