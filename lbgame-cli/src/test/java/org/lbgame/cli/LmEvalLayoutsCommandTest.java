package org.lbgame.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The documented layouts of examples/lm-eval through the command line, and the one error format of every option. */
class LmEvalLayoutsCommandTest {
  @TempDir
  Path dir;

  record Result(int code, String out, String err) {
  }

  private Result run(String... args) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int code = Main.run(args, new PrintWriter(o), new PrintWriter(e));
    return new Result(code, o.toString(), e.toString());
  }

  private void assertInvalid(Result r, String start) {
    assertEquals(2, r.code(), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().startsWith("lbgame: invalid input: " + start), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void everyLayoutReadsWithOnlyTheTask() throws Exception {
    for (String layout : new String[] {"pretrained-step-path", "hf-revision", "peft-adapters", "global-step"}) {
      Path out = dir.resolve(layout);
      Result r = run("audit", "examples/lm-eval/" + layout, "--task", "arc_easy", "--out", out.toString());
      assertEquals(0, r.code(), layout + ": " + r.err());
      assertTrue(Files.readString(out.resolve("report.md")).contains("- Input: "), layout);
    }
  }

  @Test
  void theTrainerRunNeedsBaseAndTheErrorSaysSo() {
    Result r = run("audit", "examples/lm-eval/trainer-checkpoints", "--task", "arc_easy", "--out",
        dir.resolve("t").toString());
    assertInvalid(r, "examples/lm-eval/trainer-checkpoints/base/Qwen__Qwen2.5-");
    assertTrue(r.err().contains("pass --base MODEL=FILE"), r.err());
    assertFalse(Files.exists(dir.resolve("t")));
    r = run("audit", "examples/lm-eval/trainer-checkpoints", "--task", "arc_easy", "--out", dir.resolve("t").toString(),
        "--base", "qwen2.5-0.5b-sft=base/Qwen__Qwen2.5-0.5B/results_2024-06-02T19-00-00.123475.json",
        "--base", "qwen2.5-1.5b-sft=base/Qwen__Qwen2.5-1.5B/results_2024-06-03T13-00-00.123479.json");
    assertEquals(0, r.code(), r.err());
  }

  @Test
  void everyOptionErrorIsOneLine() {
    String layout = "examples/lm-eval/pretrained-step-path";
    String out = dir.resolve("o").toString();
    assertInvalid(run("audit", layout, "--task", "arc_easy", "--out", out, "--size", "pythia-1.4b=huge"),
        "--size: must be MODEL=SIZE");
    assertInvalid(run("audit", layout, "--task", "arc_easy", "--out", out, "--size", "gpt-j=6B"),
        "--size: must name a model read");
    assertInvalid(run("audit", layout, "--task", "arc_easy", "--out", out, "--noise", "loud"), "--noise: ");
    assertInvalid(run("audit", layout, "--task", "arc_easy", "--out", out, "--min-r2", "2"), "--min-r2: ");
    assertInvalid(run("audit", layout, "--task", "piqa", "--out", out), "examples/lm-eval/pretrained-step-path: --task");
    assertInvalid(run("audit", layout, "--task", "arc_easy", "--metric", "f1", "--out", out), "examples/lm-eval/");
    assertInvalid(run("audit", "examples/trajectories-qwen25-like.csv", "--task", "x", "--out", out), "--task: applies");
    assertInvalid(run("audit", layout, "--task", "arc_easy", "--out", out, "--tau", "5"), "--tau: ");
    assertInvalid(run("audit", layout, "--task", "arc_easy", "--out", out, "--offset", "x"), "command line: ");
    assertInvalid(run("harmony", "--data", dir.resolve("none").toString(), "--out", out), "--data: ");
    assertFalse(Files.exists(dir.resolve("o")));
  }

  @Test
  void sizesOrderAndPoorFitOptionsAreAccepted() throws Exception {
    Path out = dir.resolve("s");
    Result r = run("audit", "examples/lm-eval/peft-adapters", "--task", "arc_easy", "--out", out.toString(), "--size",
        "lora-a=2B", "--use-poor-fits", "--min-r2", "0.9", "--noise", "binomial:2376", "--json");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("\"use_poor_fits\" : true"), r.out());
    // 2B given for lora-a puts it above lora-b (1B from its base)
    assertTrue(r.out().indexOf("\"model\" : \"/ckpt/lora-a\"") < r.out().indexOf("\"model\" : \"/ckpt/lora-b\""));
  }
}
