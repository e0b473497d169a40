package org.lbgame.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  private static final String QWEN = "examples/qwen25-winogrande.json";
  private static final String VALID = "{\"schema\":\"lbgame/1\",\"models\":["
      + "{\"name\":\"a\",\"capability\":2,\"score\":{\"family\":\"power-law\",\"a\":1,\"b\":0.5,\"floor\":0,\"ceiling\":1}},"
      + "{\"name\":\"b\",\"capability\":1,\"score\":{\"family\":\"power-law\",\"a\":0,\"b\":0.5,\"floor\":0,\"ceiling\":1}}],"
      + "\"cost\":{\"family\":\"linear\",\"kappa\":1},\"rewards\":{\"scheme\":\"winner-take-all\"}}";

  @TempDir
  Path dir;

  /** Exit code, stdout, stderr. */
  static String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new String[] {String.valueOf(code), out.toString(), err.toString()};
  }

  private String[] solveText(String json, String... extra) throws IOException {
    Path f = dir.resolve("g.json");
    Files.writeString(f, json);
    String[] args = new String[extra.length + 2];
    args[0] = "solve";
    args[1] = f.toString();
    System.arraycopy(extra, 0, args, 2, extra.length);
    return run(args);
  }

  private void assertInvalid(String[] r, String field, String value) {
    assertEquals("2", r[0], r[2]);
    assertEquals("", r[1], "nothing on stdout");
    String[] lines = r[2].split("\n");
    assertEquals(1, lines.length, r[2]);
    assertTrue(lines[0].startsWith("lbgame: invalid input: " + field + ": "), lines[0]);
    assertTrue(value == null ? lines[0].contains(" (got ") && lines[0].endsWith(")")
        : lines[0].endsWith("(got " + value + ")"), lines[0]);
    assertFalse(r[2].contains("Exception") || r[2].contains("\tat "), "no stack trace");
  }

  @Test
  void theReadmeCommandSolvesTheQwenExample() {
    String[] r = run("solve", QWEN);
    assertEquals("0", r[0], r[2]);
    assertTrue(r[1].contains("Verdict: no PNE exists"));
    assertTrue(r[1].contains("ties in score are broken in favour of the higher-capability model"));
    assertTrue(r[1].contains("Certificate:"));
    assertEquals("", r[2]);
  }

  @Test
  void discreteModeReportsTheKernelsDecisionsAndCertificate() {
    String[] r = run("solve", QWEN, "--steps", "40");
    assertEquals("0", r[0], r[2]);
    assertTrue(r[1].contains("discrete effort 0..40 steps (kernel)"));
    assertTrue(r[1].contains("kernel certificate checker: accepted"));
    assertTrue(r[1].contains("Continuous game at the same tau: no PNE exists"));
  }

  @Test
  void jsonOutputParsesAndIsStable() throws IOException {
    String[] a = run("solve", QWEN, "--tau", "3000", "--json");
    String[] b = run("solve", QWEN, "--tau", "3000", "--json");
    assertEquals("0", a[0], a[2]);
    assertEquals(a[1], b[1]);
    JsonNode j = new ObjectMapper().readTree(a[1]);
    assertEquals("lbgame-solution/1", j.get("schema").asText());
    assertEquals("UNIQUE_PNE", j.get("verdict").get("code").asText());
    assertEquals(4, j.get("pairs").size());
    assertTrue(j.get("pairs").get(1).get("delta").asDouble() >= 384_668);
    assertEquals("higher-capability", j.get("tieRule").asText());
    JsonNode d = new ObjectMapper().readTree(run("solve", QWEN, "--steps", "40", "--json")[1]);
    assertEquals("discrete", d.get("mode").asText());
    assertEquals(18, d.get("jumps").get(1).get("delta").asInt());
    assertTrue(d.get("certificate").get("kernelAccepted").asBoolean());
  }

  @Test
  void everyInvalidInputClassIsOneLineExitTwo() throws IOException {
    assertInvalid(solveText("{\"schema\": \"lbgame/1\", "), "json", null);
    assertInvalid(solveText(VALID.replace("\"linear\"", "\"cubic\"")), "cost.family", "\"cubic\"");
    assertInvalid(solveText(VALID.replace("\"family\":\"power-law\",\"a\":0", "\"family\":\"sigmoid\",\"a\":0")),
        "models[1].score.family", "\"sigmoid\"");
    assertInvalid(solveText(VALID.replace("\"a\":1,", "\"a\":NaN,")), "models[0].score.a", "NaN");
    assertInvalid(solveText(VALID.replace("\"capability\":1", "\"capability\":5")), "models[1].capability", "5");
    assertInvalid(solveText(VALID.replace("\"capability\":1", "\"capability\":2")), "models[1].capability", "2");
    assertInvalid(solveText(VALID.replace("{\"scheme\":\"winner-take-all\"}",
        "{\"scheme\":\"explicit\",\"values\":[0.5,1]}")), "rewards.values[1]", "1");
    assertInvalid(solveText(VALID.replace("\"floor\":0,\"ceiling\":1}},{", "\"floor\":1,\"ceiling\":0.5}},{")),
        "models[0].score.floor", "1");
    assertInvalid(solveText(VALID.replace("\"kappa\":1", "\"kappa\":-1")), "cost.kappa", "-1");
    assertInvalid(solveText(VALID.replace("\"cost\":{", "\"bonus\":1,\"cost\":{")), "bonus", "1");
    assertInvalid(solveText(VALID, "--tau", "-3"), "--tau", "-3");
    assertInvalid(solveText(VALID, "--tau", "abc"), "--tau", "abc");
    assertInvalid(solveText(VALID, "--tau", "1.5", "--steps", "4"), "--tau", "1.5");
    assertInvalid(solveText(VALID, "--steps", "-1"), "--steps", "-1");
    assertInvalid(run("solve", dir.resolve("missing.json").toString()), "GAME.json",
        dir.resolve("missing.json").toString());
    String[] opt = run("solve", QWEN, "--frobnicate");
    assertEquals("2", opt[0]);
    assertEquals("", opt[1]);
    assertEquals(1, opt[2].split("\n").length);
    assertTrue(opt[2].startsWith("lbgame: invalid input: command line: "));
  }
}
