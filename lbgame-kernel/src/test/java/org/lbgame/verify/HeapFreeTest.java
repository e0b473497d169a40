package org.lbgame.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * OpenJML's {@code heap_free} modifier is a claim it does not check: it lets a proof treat the method's result as
 * one value in every heap. The kernel may use it only where that is true by construction: static methods of
 * primitive parameters whose bodies and contracts read no array or field and call only {@code heap_free} methods.
 */
class HeapFreeTest {

    private static final Path KERNEL = Path.of("lbgame-kernel", "src", "main", "java", "org", "lbgame", "kernel");

    // Static method declarations with heap_free among the OpenJML-only modifiers, up to the parameter list's end.
    private static final Pattern DECLARATION = Pattern.compile("static\\s+/\\*-KeY@[^*]*\\bheap_free\\b[^*]*\\*/\\s*"
            + "(?:/\\*[^*]*\\*/\\s*)*[\\w\\[\\]]+\\s+(\\w+)\\s*\\(([^)]*)\\)\\s*\\{");
    private static final Pattern PARAMETER = Pattern.compile("\\s*(?:final\\s+)?(?:int|long|boolean|short|byte|char)"
            + "\\s+\\w+\\s*");
    private static final Pattern CALL = Pattern.compile("(?<![\\w.])(\\w+)\\s*\\(");
    private static final Pattern PROSE = Pattern.compile("/\\*(?:[^*]|\\*(?!/))*\\*/|//[^\\n]*");
    // The JML blocks (both tools' forms) between the previous declaration and this one.
    private static final Pattern SPEC = Pattern.compile("/\\*[+-]?(?:KeY)?@(?:[^*]|\\*(?!/))*\\*/|//@[^\\n]*");
    private static final Set<String> KEYWORDS = Set.of("if", "while", "for", "switch", "return", "catch", "synchronized");

    /** Why each heap_free method of one source would not be heap-free (empty when every claim holds). */
    static List<String> violations(String source) {
        Map<String, String> bodies = new LinkedHashMap<>();
        List<String> found = new ArrayList<>();
        Matcher m = DECLARATION.matcher(source);
        while (m.find()) {
            String name = m.group(1);
            String params = m.group(2).trim();
            if (!params.isEmpty()) {
                for (String p : params.split(",")) {
                    if (!PARAMETER.matcher(p).matches()) {
                        found.add(name + ": parameter is not primitive: " + p.trim());
                    }
                }
            }
            int open = m.end() - 1;
            bodies.put(name, PROSE.matcher(source.substring(open, matchingBrace(source, open) + 1)).replaceAll(" "));
            int before = source.lastIndexOf('}', m.start());
            Matcher spec = SPEC.matcher(source.substring(before + 1, m.start()));
            while (spec.find()) {
                String text = spec.group();
                if (text.contains("[") || Pattern.compile("[A-Za-z_)\\]]\\s*\\.\\s*[A-Za-z_]").matcher(text).find()) {
                    found.add(name + ": contract reads an array or a field");
                }
            }
        }
        for (Map.Entry<String, String> e : bodies.entrySet()) {
            String body = e.getValue();
            if (body.contains("[")) {
                found.add(e.getKey() + ": reads or allocates an array");
            }
            if (Pattern.compile("[A-Za-z_)\\]]\\s*\\.").matcher(body).find()) {
                found.add(e.getKey() + ": reads a field or calls a method through a qualifier");
            }
            Matcher c = CALL.matcher(body);
            while (c.find()) {
                String callee = c.group(1);
                if (!KEYWORDS.contains(callee) && !bodies.containsKey(callee)) {
                    found.add(e.getKey() + ": calls " + callee + ", which is not heap_free in this class");
                }
            }
        }
        return found;
    }

    private static int matchingBrace(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            if (s.charAt(i) == '{') {
                depth++;
            } else if (s.charAt(i) == '}' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("unbalanced braces after offset " + open);
    }

    @Test
    void everyHeapFreeClaimInTheKernelHoldsByConstruction() throws IOException {
        List<String> all = new ArrayList<>();
        int claims = 0;
        try (Stream<Path> files = Files.list(KERNEL)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String source = Files.readString(f, StandardCharsets.UTF_8);
                claims += (int) DECLARATION.matcher(source).results().count();
                violations(source).forEach(v -> all.add(f.getFileName() + ": " + v));
            }
        }
        assertTrue(claims > 0, "the kernel makes no heap_free claim: this test guards nothing");
        assertEquals(List.of(), all);
    }

    @Test
    void aClaimOnAMethodThatReadsTheHeapIsRejected() {
        String source = String.join("\n",
                "final class A {",
                "    static /*-KeY@ pure heap_free @*/ int ok(int x) { return x / 2 + twice(x); }",
                "    static /*-KeY@ pure heap_free @*/ /*+KeY@ strictly_pure @*/ int twice(int x) { return 2 * x; }",
                "    static /*-KeY@ pure heap_free @*/ int row(int[] a) { return 0; }",
                "    static /*-KeY@ pure heap_free @*/ int first(int x) { int[] t = new int[1]; return t[0]; }",
                "    static /*-KeY@ pure heap_free @*/ int viaOther(int x) { return plain(x); }",
"    static /*-KeY@ pure heap_free @*/ int qualified(int x) { return B.f(x); }",
                "    //@ ensures \\result == A.LIMIT;",
                "    static /*-KeY@ pure heap_free @*/ int specField(int x) { return x; }",
                "    /*-KeY@ public normal_behavior",
                "      @   ensures \\result == B.ROW[0];",
                "      @*/",
                "    static /*-KeY@ pure heap_free @*/ int specBlock(int x) { return x; }",
                "    static /*-KeY@ pure @*/ int plain(int x) { return x; }",
                "}");
        List<String> v = violations(source);
        assertFalse(v.stream().anyMatch(s -> s.startsWith("ok:") || s.startsWith("twice:")), v.toString());
        assertTrue(v.contains("row: parameter is not primitive: int[] a"), v.toString());
        assertTrue(v.contains("first: reads or allocates an array"), v.toString());
        assertTrue(v.contains("viaOther: calls plain, which is not heap_free in this class"), v.toString());
        assertTrue(v.contains("qualified: reads a field or calls a method through a qualifier"), v.toString());
        assertTrue(v.contains("specField: contract reads an array or a field"), v.toString());
        assertTrue(v.contains("specBlock: contract reads an array or a field"), v.toString());
        assertFalse(v.stream().anyMatch(s -> s.startsWith("ok: contract") || s.startsWith("specField: calls")),
                v.toString());
    }
}
