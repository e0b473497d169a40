package org.lbgame.designer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lbgame.cli.Main;
import org.lbgame.plot.PlotFiles;

/** The threshold, curve and dynamics subcommands: JSON that parses, files and plots, invalid input as exit 2. */
class DesignerCommandsTest {
  private static final String QWEN = "examples/qwen25-winogrande.json";

  record Run(int code, String out, String err) {
  }

  static Run run(String... args) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int code = Main.run(args, new PrintWriter(o), new PrintWriter(e));
    return new Run(code, o.toString(), e.toString());
  }

  @Test
  void thresholdJson() throws Exception {
    Run r = run("threshold", QWEN, "--json");
    assertEquals(0, r.code(), r.err());
    JsonNode j = new ObjectMapper().readTree(r.out());
    double t = j.at("/threshold/tauStar").asDouble();
    assertEquals(ContinuousThreshold.of(org.lbgame.model.GameJson.read(Path.of(QWEN))).tauStar(), t);
    assertEquals(1, j.at("/threshold/hardestPair").asInt());
    assertEquals(4, j.at("/threshold/pairs").size());
    assertTrue(j.at("/threshold/certificate/accepted").asBoolean());
    assertTrue(j.at("/stackelberg/stabilizes").asBoolean());
    assertTrue(j.at("/threshold/pairs/0/prop56/ruleOfThumb").isNumber());
  }

  @Test
  void thresholdTextWithDiscreteMode() {
    Run r = run("threshold", QWEN, "--steps", "50001");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("tau* = 370"), r.out());
    assertTrue(r.out().contains("Prop 5.6"));
    assertTrue(r.out().contains("certificate accepted by the kernel"));
  }

  @Test
  void curveWritesCsvAndValidPlots(@TempDir Path dir) throws Exception {
    Run r = run("curve", QWEN, "--out", dir.toString(), "--points", "40");
    assertEquals(0, r.code(), r.err());
    for (String stem : new String[] {"delta-curve", "cost-vs-gap", "designer-utility"}) {
      PlotFiles.assertValid(dir, stem);
    }
    java.util.List<String> lines = Files.readAllLines(dir.resolve("curve.csv"));
    assertEquals(41, lines.size());
    assertTrue(lines.get(0).startsWith("tau,min_delta,argmin_pair,delta_2,delta_3,delta_4,delta_5"));
    // tau = 0 row: the minimum just-overtake effort of the example is about 18 steps (SPEC section 6)
    double min0 = Double.parseDouble(lines.get(1).split(",")[1]);
    assertEquals(18, min0, 0.01);
    assertTrue(Files.size(dir.resolve("pairs.csv")) > 100);
    new ObjectMapper().readTree(dir.resolve("threshold.json").toFile());
  }

  @Test
  void dynamicsJsonAndFiles(@TempDir Path dir) throws Exception {
    Run r = run("dynamics", QWEN, "--tau", "0", "--steps", "3000", "--rounds", "300", "--json", "--out", dir.toString());
    assertEquals(0, r.code(), r.err());
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertEquals(0, j.get("tau").asInt());
    assertTrue(j.get("steps").size() > 1);
    assertFalse(j.get("finalIsPne").asBoolean());
    PlotFiles.assertValid(dir, "dynamics-effort");
    PlotFiles.assertValid(dir, "dynamics-rank");
    Run above = run("dynamics", QWEN, "--tau", "400", "--steps", "3000");
    assertEquals(0, above.code(), above.err());
    assertTrue(above.out().contains("stops at a PNE after 1 round"), above.out());
  }

  @Test
  void invalidInputIsOneLineAndExitTwo(@TempDir Path dir) {
    String[][] bad = {
        {"threshold", "no-such-file.json"},
        {"threshold", QWEN, "--steps", "-1"},
        {"curve", QWEN, "--out", dir.toString(), "--points", "1"},
        {"curve", QWEN, "--out", dir.toString(), "--tau-max", "0.5"},
        {"dynamics", QWEN, "--tau", "1.5"},
        {"dynamics", QWEN, "--tau", "-3"},
        {"dynamics", QWEN, "--tau", "0", "--rounds", "0"},
        {"dynamics", QWEN},
    };
    for (String[] args : bad) {
      Run r = run(args);
      assertEquals(2, r.code(), String.join(" ", args) + ": " + r.err());
      assertEquals(1, r.err().trim().split("\\R").length, r.err());
      assertTrue(r.err().startsWith("lbgame: invalid input: "), r.err());
      assertFalse(r.err().contains("Exception"), r.err());
    }
  }

  @Test
  void curveOnUnwritableOutputWritesNothing(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("a-file");
    Files.writeString(file, "x");
    Run r = run("curve", QWEN, "--out", file.resolve("sub").toString());
    assertEquals(2, r.code(), r.err());
  }
}
