package org.lbgame.cli.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.lbgame.cli.Main;

/**
 * The fuzz targets, one per reader: the fuzzer's bytes become one input file of a real command, run through
 * {@link Main#run}, and the outcome must be either a valid result or exactly one invalid-input line with exit
 * code 2 and no output folder. An internal error, a stack trace, a second line or a half-written folder is a
 * finding.
 */
public final class ReaderTargets {
  /** The one-line invalid-input format of every command. */
  static final Pattern INVALID = Pattern.compile("lbgame: invalid input: [^\n]+: [^\n]+ \\(got [^\n]*\\)");
  /** Fixtures: the fixed game and result the result and query targets use, lm-eval companion files. */
  static final String FIXTURES = "/org/lbgame/cli/fuzz/fixtures/";

  private static Path work;

  private ReaderTargets() {
  }

  /** The game reader: {@code solve GAME.json}. */
  public static void game(byte[] data) {
    Path g = file("game.json", data);
    outcome(run("solve", g.toString()), null, false);
  }

  /** The result reader: {@code check GAME.json RESULT.json} with a fixed game. */
  public static void result(byte[] data) {
    Path r = file("result.json", data);
    outcome(run("check", fixture("game.json").toString(), r.toString()), null, true);
  }

  /** The query reader: {@code check GAME.json RESULT.json --query QUERY.json} with a fixed game and result. */
  public static void query(byte[] data) {
    Path q = file("query.json", data);
    outcome(run("check", fixture("game.json").toString(), fixture("result.json").toString(), "--query", q.toString()),
        null, true);
  }

  /** The trajectory CSV reader: {@code audit t.csv --out DIR}. */
  public static void csv(byte[] data) {
    Path c = file("t.csv", data);
    Path out = fresh("audit-out");
    outcome(run("audit", c.toString(), "--out", out.toString()), out, false);
  }

  /** The lm-eval reader: a directory of two fixed results files and the fuzzed one, {@code audit DIR --task t}. */
  public static void lmEval(byte[] data) {
    Path dir = fresh("lm-eval");
    try {
      Files.createDirectories(dir);
      for (String f : new String[] {"a-7B-step10.json", "a-7B-step100.json", "a-1B-step10.json"}) {
        Files.copy(fixture(f), dir.resolve(f));
      }
      Files.write(dir.resolve("a-1B-step100.json"), data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Path out = fresh("lm-out");
    outcome(run("audit", dir.toString(), "--task", "t", "--out", out.toString()), out, false);
  }

  /** The lm-harmony reader: {@code harmony --data DIR --out OUT} with the fuzzed all_results.json. */
  public static void harmony(byte[] data) {
    Path dir = fresh("harmony");
    try {
      Files.createDirectories(dir);
      Files.write(dir.resolve("all_results.json"), data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Path out = fresh("harmony-out");
    outcome(run("harmony", "--data", dir.toString(), "--out", out.toString()), out, false);
  }

  /** Exit code, standard output, standard error. */
  static String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new String[] {Integer.toString(code), out.toString(), err.toString()};
  }

  /**
   * A valid outcome: exit 0 with output and a silent stderr (exit 1 with one REJECT line too when
   * {@code verdict}), or exit 2 with one invalid-input line, nothing on stdout and no {@code out} folder.
   */
  static void outcome(String[] r, Path out, boolean verdict) {
    String code = r[0];
    String why = "exit " + code + ", stderr: " + r[2];
    if (code.equals("2")) {
      assertEquals("", r[1], why);
      assertTrue(r[2].endsWith("\n") && r[2].indexOf('\n') == r[2].length() - 1, "one line: " + why);
      assertTrue(INVALID.matcher(r[2].substring(0, r[2].length() - 1)).matches(), why);
      if (out != null) {
        assertFalse(Files.exists(out), "invalid input left an output folder: " + why);
        assertStagingGone(out);
      }
    } else if (code.equals("0") || verdict && code.equals("1")) {
      assertEquals("", r[2], why);
      assertFalse(r[1].isEmpty(), why);
      if (verdict) {
        assertTrue(r[1].startsWith(code.equals("0") ? "ACCEPT" : "REJECT"), r[1]);
      }
    } else {
      fail("neither a result nor one invalid-input line: " + why);
    }
  }

  private static void assertStagingGone(Path out) {
    try (Stream<Path> s = Files.list(out.getParent())) {
      assertFalse(s.anyMatch(p -> p.getFileName().toString().startsWith(".lbgame-staging-")), "staging left behind");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The fuzz input as a file in the working folder. */
  static Path file(String name, byte[] data) {
    Path p = work().resolve(name);
    try {
      Files.write(p, data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  /** A path in the working folder that does not exist (removed if a previous run left it). */
  static Path fresh(String name) {
    Path p = work().resolve(name);
    delete(p);
    return p;
  }

  /** A fixture file, copied once into the working folder. */
  static Path fixture(String name) {
    Path p = work().resolve("fixtures").resolve(name);
    if (!Files.exists(p)) {
      try (var in = ReaderTargets.class.getResourceAsStream(FIXTURES + name)) {
        Files.createDirectories(p.getParent());
        Files.copy(in, p);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return p;
  }

  private static synchronized Path work() {
    if (work == null) {
      try {
        work = Files.createTempDirectory("lbgame-fuzz-");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Path w = work;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(w)));
    }
    return work;
  }

  private static void delete(Path p) {
    if (!Files.exists(p)) {
      return;
    }
    try (Stream<Path> s = Files.walk(p)) {
      s.sorted(Comparator.reverseOrder()).forEach(q -> q.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
