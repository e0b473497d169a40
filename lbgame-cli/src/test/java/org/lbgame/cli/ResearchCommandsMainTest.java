package org.lbgame.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit and harmony subcommands through {@code Main}, as {@code ./lbgame} runs them. */
class ResearchCommandsMainTest {
  @TempDir
  Path dir;

  private int run(StringWriter out, StringWriter err, String... args) {
    return Main.run(args, new PrintWriter(out), new PrintWriter(err));
  }

  @Test
  void auditRunsOnTheShippedExample() throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Path o = dir.resolve("a");
    assertEquals(0, run(out, err, "audit", "examples/trajectories-qwen25-like.csv", "--floor", "0.5", "--out", o.toString()), err.toString());
    assertTrue(Files.readString(o.resolve("report.md")).contains("Qwen2.5-14B"));
  }

  @Test
  void harmonyRunsOnTheShippedData() throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Path o = dir.resolve("h");
    assertEquals(0, run(out, err, "harmony", "--data", HarmonyCommandTest.DATA, "--out", o.toString()), err.toString());
    assertTrue(out.toString().contains("removed, commonsense_qa, Qwen2.5 base: Qwen/Qwen2.5-14B below Qwen/Qwen2.5-7B"));
    assertTrue(out.toString().contains("removed, gsm8k, Qwen2.5 base: Qwen/Qwen2.5-3B below Qwen/Qwen2.5-1.5B"));
  }

  @Test
  void badOptionValueIsOneLineExitTwo() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    assertEquals(2, run(out, err, "audit", "x.csv", "--offset", "abc", "--out", dir.toString()));
    assertEquals(1, err.toString().strip().lines().count(), err.toString());
  }
}
