package org.lbgame.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile inputs of issue 20, each through {@link Main#run}: the exit code, exactly one line
 * {@code lbgame: invalid input: <field>: <rule> (got <value>)} naming the field, and the watched folder (the
 * output folder, or the folder of the inputs) byte for byte as it was: same files, same contents.
 */
class HostileInputTest {
  private static final String GAME = "examples/qwen25-winogrande.json";
  private static final String CSV_HEAD = "model,capability,steps,score\n";
  private static final String CSV_ROWS = "big,2,0,0.6\nbig,2,100,0.7\nbig,2,1000,0.8\n"
      + "small,1,0,0.55\nsmall,1,100,0.6\nsmall,1,1000,0.7\n";

  @TempDir
  Path dir;
  private Path out;

  @BeforeEach
  void existingOutputFolder() throws IOException {
    out = dir.resolve("out");
    Files.createDirectories(out.resolve("sub"));
    Files.writeString(out.resolve("keep.txt"), "an earlier result\n");
    Files.writeString(out.resolve("sub/report.md"), "older report\n");
  }

  /** Runs the command and checks: exit 2, one invalid-input line on {@code field}, {@code watched} unchanged. */
  private String invalid(Path watched, String field, String... args) throws IOException {
    Map<String, String> before = listing(watched);
    String[] r = run(args);
    assertEquals(before, listing(watched), "the folder changed: " + String.join(" ", args));
    assertEquals("2", r[0], String.join(" ", args) + " -> " + r[2]);
    assertEquals("", r[1]);
    String line = r[2].endsWith("\n") ? r[2].substring(0, r[2].length() - 1) : r[2];
    assertFalse(line.contains("\n"), "one line: " + r[2]);
    assertTrue(line.matches("lbgame: invalid input: .+: .+ \\(got .*\\)"), line);
    assertTrue(line.startsWith("lbgame: invalid input: " + field + ": "), line);
    assertTrue(line.length() < 600, "a short line: " + line.length());
    return line;
  }

  private static String[] run(String... args) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int code = Main.run(args, new PrintWriter(o), new PrintWriter(e));
    return new String[] {Integer.toString(code), o.toString(), e.toString()};
  }

  /** Every file below {@code root} (hidden staging folders included) with the SHA-256 of its bytes. */
  static Map<String, String> listing(Path root) throws IOException {
    Map<String, String> m = new TreeMap<>();
    if (!Files.exists(root)) {
      return m;
    }
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        String key = root.relativize(p).toString() + (Files.isDirectory(p) ? "/" : "");
        m.put(key, Files.isDirectory(p) ? "" : sha256(Files.readAllBytes(p)));
      }
    }
    return m;
  }

  private static String sha256(byte[] b) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  // --- trailing content and duplicate keys, in every JSON reader

  @Test
  void trailingContentAfterAGameIsRejected() throws IOException {
    Path g = write("t.json", Files.readString(Path.of("examples/score-power-law.json")) + "xyz ]]]\n");
    String line = invalid(dir, "json", "solve", g.toString());
    assertTrue(line.contains("must hold exactly one JSON value"), line);
  }

  @Test
  void aResultFollowedByAContradictingOneIsRejected() throws IOException {
    Path v = dir.resolve("vectors");
    assertEquals("0", run("vectors", "--out", v.toString())[0]);
    Path game = v.resolve("ties/tie-at-baseline/game.json");
    String result = Files.readString(v.resolve("ties/tie-at-baseline/expected.json"));
    assertEquals("0", run("check", game.toString(), v.resolve("ties/tie-at-baseline/expected.json").toString())[0]);
    Path twice = write("twice.json", result + result.replace("true", "false"));
    invalid(dir, "RESULT.json", "check", game.toString(), twice.toString());
    Path query = write("query.json", Files.readString(v.resolve("ties/tie-at-baseline/query.json")) + "{}");
    invalid(dir, "QUERY.json", "check", game.toString(), v.resolve("ties/tie-at-baseline/expected.json").toString(),
        "--query", query.toString());
  }

  @Test
  void duplicateKeysAreRejectedInEveryJsonReader() throws IOException {
    String game = Files.readString(Path.of("examples/score-power-law.json"));
    Path g = write("dup.json", game.replaceFirst("\\{", "{\"name\": \"first\","));
    assertTrue(Files.readString(g).contains("\"name\""));
    invalid(dir, "name", "solve", g.toString());
    Path lm = dir.resolve("lm");
    Files.createDirectories(lm);
    for (String[] f : new String[][] {{"a-7B", "10", "0.6"}, {"a-7B", "100", "0.7"}, {"a-1B", "10", "0.5"}}) {
      Files.writeString(lm.resolve(f[0] + "-step" + f[1] + ".json"), "{\"model_name\": \"" + f[0]
          + "\", \"config\": {\"model_args\": \"pretrained=" + f[0] + ",revision=step" + f[1]
          + "\"}, \"results\": {\"t\": {\"acc,none\": " + f[2] + "}}}");
    }
    Files.writeString(lm.resolve("a-1B-step100.json"), "{\"model_name\": \"a-1B\", \"config\": {\"model_args\":"
        + " \"pretrained=a-1B,revision=step100\"}, \"results\": {\"t\": {\"acc,none\": 0.6, \"acc,none\": 0.9}}}");
    invalid(out, "results.t.acc,none", "audit", lm.toString(), "--task", "t", "--out", out.toString());
    Path h = dir.resolve("harmony");
    Files.createDirectories(h);
    Files.writeString(h.resolve("all_results.json"), "{\"direct_eval\": {}, \"direct_eval\": {},"
        + " \"train_before_test\": {}}");
    invalid(out, "direct_eval", "harmony", "--data", h.toString(), "--out", out.toString());
  }

  @Test
  void numbersOnlyInJsonAndDecimalSyntax() throws IOException {
    String game = Files.readString(Path.of("examples/score-power-law.json"));
    String line = invalid(dir, "models[0].score.a", "solve", write("nan.json", game.replaceFirst("\"a\": [^,]+,",
        "\"a\": NaN,")).toString());
    assertTrue(line.endsWith("(got NaN)"), line);
    invalid(dir, "json", "solve", write("hex.json", game.replaceFirst("\"a\": [^,]+,", "\"a\": 0x1p-1,")).toString());
    for (String bad : new String[] {"0x1p-1", "0.7f", "1d", "NaN", "Infinity", "+-1"}) {
      Path c = write("n.csv", CSV_HEAD + CSV_ROWS.replace("0.55", bad));
      line = invalid(out, c + ":5: score", "audit", c.toString(), "--out", out.toString());
      assertTrue(line.endsWith("(got " + bad + ")"), line);
    }
  }

  // --- encodings, CSV syntax, unreadable inputs

  @Test
  void invalidUtf8IsReportedAsSuch() throws IOException {
    byte[] game = Files.readAllBytes(Path.of("examples/score-power-law.json"));
    byte[] bad = new byte[game.length + 2];
    System.arraycopy(game, 0, bad, 0, 20);
    bad[20] = (byte) 0xff;
    bad[21] = (byte) 0xfe;
    System.arraycopy(game, 20, bad, 22, game.length - 20);
    String line = invalid(dir, "GAME.json", "solve", write("u.json", bad).toString());
    assertTrue(line.contains("must be valid UTF-8 (malformed bytes at offset 20)"), line);
    Path c = write("u.csv", (CSV_HEAD + "b\u00e9g,2,0,0.6\n").getBytes(StandardCharsets.ISO_8859_1));
    line = invalid(out, c.toString(), "audit", c.toString(), "--out", out.toString());
    assertTrue(line.contains("must be valid UTF-8"), line);
  }

  @Test
  void brokenCsvIsInvalidInputNotAWriteFailure() throws IOException {
    Path q = write("q.csv", CSV_HEAD + "\"big,2,0,0.6\n" + CSV_ROWS);
    String line = invalid(out, q + ":2: record", "audit", q.toString(), "--out", out.toString());
    assertTrue(line.contains("must be well-formed CSV"), line);
    Path nul = write("nul.csv", CSV_HEAD + CSV_ROWS.replace("small", "sm\0all"));
    invalid(out, nul + ":5: model", "audit", nul.toString(), "--out", out.toString());
    invalid(out, dir.resolve("missing.csv") + ": file", "audit", dir.resolve("missing.csv").toString(), "--out",
        out.toString());
    // a folder is read as lm-eval results, which need --task
    Path folder = Files.createDirectories(dir.resolve("folder.csv"));
    invalid(out, folder + ": --task", "audit", folder.toString(), "--out", out.toString());
  }

  @Test
  void aHeaderCommonsCsvRefusesIsInvalidInput() throws IOException {
    // found by the fuzzer: an empty header name was an internal error
    Path empty = write("h.csv", "model,order,\nbig,1,100,0.7\n");
    String line = invalid(out, empty + ":1: header", "audit", empty.toString(), "--out", out.toString());
    assertTrue(line.contains("must name every column once"), line);
    Path twice = write("h2.csv", "model,steps,steps,score,capability\nbig,1,100,0.7,1\n");
    invalid(out, twice + ":1: header", "audit", twice.toString(), "--out", out.toString());
  }

  @Test
  void aHugeCellIsShortenedInTheMessage() throws IOException {
    Path c = write("big.csv", CSV_HEAD + CSV_ROWS.replace("0.55", "9".repeat(2_000_000) + "x"));
    String line = invalid(out, c + ":5: score", "audit", c.toString(), "--out", out.toString());
    assertTrue(line.length() < 300, line);
  }

  // --- unusable output paths, in every command that writes

  @Test
  void anExistingFileWhereAFolderIsNeeded() throws IOException {
    Path file = write("file", "not a folder\n");
    String[][] commands = {
        {"vectors", "--out", file.toString()},
        {"curve", GAME, "--points", "10", "--out", file.toString()},
        {"dynamics", GAME, "--tau", "0", "--steps", "5", "--rounds", "3", "--out", file.toString()},
        {"audit", write("ok.csv", CSV_HEAD + CSV_ROWS).toString(), "--out", file.toString()},
        {"harmony", "--data", dir.resolve("nowhere").toString(), "--out", file.toString()},
        {"harness", "--impl", "true", "--tries", "1", "--out", file.toString()},
    };
    for (String[] c : commands) {
      String line = invalid(dir, "--out", c);
      assertTrue(line.contains("must be a folder, not an existing file"), line);
    }
    invalid(dir, "--out", "export-nfg", "examples/qwen25-winogrande.json", "--steps", "1", "--out", out.toString());
  }

  @Test
  void aMissingParentFolder() throws IOException {
    Path deep = dir.resolve("no/such/folder");
    for (String[] c : new String[][] {
        {"vectors", "--out", deep.toString()},
        {"curve", GAME, "--points", "10", "--out", deep.toString()},
        {"export-nfg", GAME, "--steps", "1", "--out", deep.resolve("g.nfg").toString()},
        {"harness", "--impl", "true", "--tries", "1", "--out", deep.toString()}}) {
      String line = invalid(dir, "--out", c);
      assertTrue(line.contains("must be in an existing folder"), line);
    }
  }

  @Test
  void aFolderThatCannotBeWritten() throws IOException {
    Path locked;
    if ("root".equals(System.getProperty("user.name"))) {
      // root writes anywhere a permission bit forbids it; /proc refuses new entries even to root
      locked = Path.of("/proc/lbgame-hostile-test");
      if (!Files.isDirectory(locked.getParent())) {
        return;
      }
    } else {
      Path ro = Files.createDirectories(dir.resolve("ro"));
      assertTrue(ro.toFile().setWritable(false, false));
      locked = ro.resolve("out");
    }
    for (String[] c : new String[][] {
        {"vectors", "--out", locked.toString()},
        {"export-nfg", GAME, "--steps", "1", "--out", locked.resolve("g.nfg").toString()},
        {"curve", GAME, "--points", "10", "--out", locked.toString()}}) {
      invalid(dir, "--out", c);
    }
  }

  // --- a write that fails part way leaves the folder as it was

  @Test
  void aWriteFailingPartWayLeavesTheFolderAsItWas() throws IOException {
    // a folder where the last file of each command must go: every other file is written before it fails
    Files.createDirectories(out.resolve("threshold.json"));
    invalid(out, "--out", "curve", GAME, "--points", "10", "--out", out.toString());
    Files.delete(out.resolve("threshold.json"));
    Files.createDirectories(out.resolve("index.json"));
    invalid(out, "--out", "vectors", "--out", out.toString());
    Files.delete(out.resolve("index.json"));
    Files.createDirectories(out.resolve("residuals.svg"));
    invalid(out, "--out", "audit", write("ok.csv", CSV_HEAD + CSV_ROWS).toString(), "--out", out.toString());
    Files.delete(out.resolve("residuals.svg"));
    Files.writeString(out.resolve("report.md"), "the report of yesterday\n");
    Map<String, String> before = listing(out);
    assertEquals("0", run("audit", dir.resolve("ok.csv").toString(), "--out", out.toString())[0]);
    assertFalse(before.equals(listing(out)), "a successful run replaces the report");
    assertEquals("an earlier result\n", Files.readString(out.resolve("keep.txt")));
  }

  // --- size guards and degenerate data

  @Test
  void aMegabyteModelNameIsRejectedAtOnce() throws IOException {
    String game = Files.readString(Path.of("examples/score-power-law.json"));
    Path g = write("name.json", game.replace("\"name\": \"A\"", "\"name\": \"" + "m".repeat(1 << 20) + "\""));
    assertTrue(Files.size(g) > 1 << 20);
    long t0 = System.nanoTime();
    String line = invalid(out, "models[0].name", "curve", g.toString(), "--out", out.toString());
    invalid(out, "models[0].name", "dynamics", g.toString(), "--tau", "0", "--out", out.toString());
    assertTrue(System.nanoTime() - t0 < 20e9, "rejected before any work");
    assertTrue(line.contains("must be at most 256 characters"), line);
  }

  @Test
  void theSizeGuardNamesTheOptionAtFault() throws IOException {
    invalid(dir, "--tau", "solve", GAME, "--steps", "10", "--tau", "100000000");
    invalid(dir, "--steps", "solve", GAME, "--steps", "100000000");
  }

  @Test
  void aFourHundredDigitStepIsInvalidInput() throws IOException {
    Path lm = dir.resolve("lm400");
    Files.createDirectories(lm);
    String huge = "9".repeat(400);
    for (String[] f : new String[][] {{"q-7B", "100", "0.6"}, {"q-7B", huge, "0.7"}, {"q-1B", "100", "0.5"},
        {"q-1B", "1000", "0.55"}}) {
      Files.writeString(lm.resolve(f[0] + "-" + f[1].length() + "-" + f[2] + ".json"), "{\"model_name\": \"" + f[0]
          + "\", \"config\": {\"model_args\": \"pretrained=" + f[0] + ",revision=step" + f[1]
          + "\"}, \"results\": {\"t\": {\"acc,none\": " + f[2] + "}}}");
    }
    String line = invalid(out, lm.resolve("q-7B-400-0.7.json") + ": steps", "audit", lm.toString(), "--task", "t",
        "--out", out.toString());
    assertTrue(line.contains("must be a number in [0, 1e15]"), line);
  }

  @Test
  void degenerateHarmonyDataGiveAReportNotACrash() throws IOException {
    String[] data = {"{\"direct_eval\": {}, \"train_before_test\": {}}",
        "{\"direct_eval\": {\"arc\": {\"Qwen/Qwen2.5-7B\": 0.5}}, \"train_before_test\": {\"arc\": {\"Qwen/Qwen2.5-7B\":"
            + " 0.6}}}"};
    for (int i = 0; i < data.length; i++) {
      Path h = Files.createDirectories(dir.resolve("h" + i));
      Files.writeString(h.resolve("all_results.json"), data[i]);
      Path o = dir.resolve("report" + i);
      String[] r = run("harmony", "--data", h.toString(), "--out", o.toString());
      assertEquals("0", r[0], r[2]);
      assertEquals("", r[2]);
      assertTrue(Files.isRegularFile(o.resolve("report.md")));
    }
  }
}
