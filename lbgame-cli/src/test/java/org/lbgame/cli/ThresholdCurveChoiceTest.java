package org.lbgame.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code threshold --json} and {@code curve --json} report the same Kendall (smooth) choice for the same game,
 * although {@code threshold} samples 61 levels and {@code curve} 201 over a wider range: the choice is located at
 * the breakpoints of {@code K(tau)}, not on a display grid.
 */
class ThresholdCurveChoiceTest {
  private static JsonNode run(String... args) throws Exception {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int code = Main.run(args, new PrintWriter(o), new PrintWriter(e));
    assertEquals(0, code, e.toString());
    return new ObjectMapper().readTree(o.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"examples/qwen25-winogrande.json", "examples/cost-linear.json"})
  void thresholdAndCurveReportTheSameKendallChoice(String game, @TempDir Path out) throws Exception {
    JsonNode t = run("threshold", game, "--json").get("stackelberg").get("smooth");
    JsonNode c = run("curve", game, "--out", out.toString(), "--json").get("stackelberg").get("smooth");
    assertTrue(t.has("bestTau"), t.toString());
    assertEquals(t.get("bestTau").asDouble(), c.get("bestTau").asDouble(), game);
    assertEquals(t.get("bestKendall").asDouble(), c.get("bestKendall").asDouble(), game);
    assertEquals(t.get("bestUtility").asDouble(), c.get("bestUtility").asDouble(), game);
  }
}
