package org.lbgame.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lbgame.designer.DesignerAnalysis;
import org.lbgame.designer.DesignerText;
import org.lbgame.designer.PairThreshold;
import org.lbgame.designer.Prop56;
import org.lbgame.fit.FitOptions;
import org.lbgame.fit.FitResult;
import org.lbgame.fit.FittedCurve;
import org.lbgame.fit.PowerLawFitter;
import org.lbgame.fit.TrajectoryCsvReader;
import org.lbgame.model.Game;
import org.lbgame.model.LinearCost;
import org.lbgame.model.Rewards;
import org.lbgame.plot.PlotFiles;

/**
 * The audit's case-study pipeline end to end (issue 7, part 4): the command's designer numbers equal
 * {@code DesignerAnalysis.of} on the same fit, and the minimum just-overtake effort equals SPEC's closed form
 * recomputed here from the fitted {@code a, b}.
 */
class AuditDesignerTest {
  private static final String CSV = "examples/trajectories-qwen25-like.csv";

  @TempDir
  Path dir;

  record Run(int code, String out, String err) {
  }

  static Run main(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  private static double num(JsonNode n) {
    return n.isTextual() ? (n.asText().equals("inf") ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY)
        : n.asDouble();
  }

  /** SPEC section 4 with x0 = 1 and a common L, U: Delta_k(tau) = max(0, E (1+tau)^(b_{k-1}/b_k) - (1+tau)). */
  private static double closedFormMinDelta(FitResult fit, double tau) {
    double min = Double.POSITIVE_INFINITY;
    for (int k = 1; k < fit.curves().size(); k++) {
      FittedCurve s = fit.curve(k - 1);
      FittedCurve w = fit.curve(k);
      double u = 1 + tau;
      double d = Math.exp((s.a() - w.a()) / w.b()) * Math.pow(u, s.b() / w.b()) - u;
      min = Math.min(min, Math.max(0, d));
    }
    return min;
  }

  @Test
  void reportEqualsDesignerAnalysisOfTheSameFitAndTheClosedForm() throws Exception {
    Path out = dir.resolve("out");
    Run r = main("audit", CSV, "--floor", "0.5", "--rewards", "reciprocal", "--cost", "linear:1e-5", "--tau", "3000",
        "--out", out.toString(), "--json");
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.err());
    String md = Files.readString(out.resolve("report.md"));
    assertTrue(md.contains("## Stabilizing tune-before-test"), md);
    assertFalse(md.contains("Skipped"), md);
    for (String stem : new String[] {"fitted-curves", "delta-curve", "cost-vs-gap"}) {
      PlotFiles.assertValid(out, stem);
    }
    assertTrue(md.contains("![Delta_k(tau)](delta-curve.png)") && md.contains("![fitted curves](fitted-curves.png)"));
    JsonNode json = new ObjectMapper().readTree(out.resolve("report.json").toFile());
    assertEquals(json, new ObjectMapper().readTree(r.out()), "--json prints report.json");
    JsonNode d = json.get("designer");

    // the same fit, the same game, built here from the library's pieces
    FitResult fit = PowerLawFitter.fitAll(TrajectoryCsvReader.read(Path.of(CSV)), FitOptions.defaults().withFloor(0.5));
    int n = fit.curves().size();
    assertEquals(5, n);
    Game g = Game.of(fit.toModels(), LinearCost.of(1e-5), Rewards.reciprocal(n));
    DesignerAnalysis a = DesignerAnalysis.of(g);
    assertTrue(a.threshold().finite());
    assertEquals(a.threshold().tauStar(), d.get("threshold").get("tauStar").asDouble(), 0.0);
    assertTrue(md.contains("tau* = " + DesignerText.fmt(a.threshold().tauStar())), md);
    assertEquals(n - 1, d.get("threshold").get("pairs").size());
    for (PairThreshold p : a.threshold().pairs()) {
      JsonNode q = d.get("threshold").get("pairs").get(p.pair() - 1);
      assertEquals(p.pair(), q.get("pair").asInt());
      assertEquals(p.tauStar(), num(q.get("tauStar")), 0.0);
      Prop56 e = p.prop56();
      JsonNode h = q.get("prop56");
      assertEquals(e.gamma(), h.get("gamma").asDouble(), 0.0);
      assertEquals(e.delta0(), h.get("delta0").asDouble(), 0.0);
      assertEquals(e.rewardGapEffort(), h.get("G").asDouble(), 0.0);
      assertEquals(e.rho(), h.get("rho").asDouble(), 0.0);
      assertEquals(e.ruleOfThumb(), h.get("ruleOfThumb").asDouble(), 0.0);
      String row = "| " + DesignerText.fmt(e.gamma()) + " | " + DesignerText.fmt(e.delta0()) + " | "
          + DesignerText.fmt(e.rewardGapEffort()) + " | " + DesignerText.fmt(e.rho()) + " | "
          + DesignerText.fmt(e.ruleOfThumb()) + " | " + DesignerText.fmt(e.exact()) + " |";
      assertTrue(md.contains(row), "Prop 5.6 row " + row + " in\n" + md);
      assertTrue(md.contains("| " + DesignerText.fmt(p.tauStar()) + " |"), "tau*_k of pair " + (p.pair() + 1));
      // hand check of Prop 5.6's Delta0_k (SPEC: exp((a_{k-1} - a_k)/b_k) - 1 with x0 = 1)
      FittedCurve s = fit.curve(p.pair() - 1);
      FittedCurve w = fit.curve(p.pair());
      assertEquals(Math.exp((s.a() - w.a()) / w.b()) - 1, e.delta0(), 1e-9 * Math.abs(e.delta0()));
    }

    // min_k Delta_k at tau = 0 and at the chosen tau: hand-computed from the fitted a, b
    JsonNode m = d.get("minJustOvertakeEffort");
    assertEquals(2, m.size());
    double[] taus = {0, 3000};
    for (int t = 0; t < 2; t++) {
      double expected = closedFormMinDelta(fit, taus[t]);
      assertEquals(taus[t], m.get(t).get("tau").asDouble(), 0.0);
      double got = m.get(t).get("minDelta").asDouble();
      assertEquals(expected, got, 1e-9 * expected, "min_k Delta_k(" + taus[t] + ")");
      assertTrue(md.contains("at tau = " + DesignerText.fmt(taus[t]) + ": " + DesignerText.fmt(got) + " steps"), md);
    }
    // the paper's shape: a handful of steps without TbT, thousands at tau = 3000
    assertTrue(m.get(0).get("minDelta").asDouble() < 10 && m.get(1).get("minDelta").asDouble() > 1000);
  }

  @Test
  void withoutRewardsAndCostTheSectionSaysSkippedAndHow() throws Exception {
    Path out = dir.resolve("out");
    Run r = main("audit", CSV, "--floor", "0.5", "--out", out.toString(), "--json");
    assertEquals(0, r.code(), r.err());
    String md = Files.readString(out.resolve("report.md"));
    assertTrue(md.contains("Skipped") && md.contains("--rewards") && md.contains("--cost"), md);
    assertFalse(Files.exists(out.resolve("delta-curve.png")));
    assertTrue(new ObjectMapper().readTree(out.resolve("report.json").toFile()).get("designer").has("skipped"));
  }

  @Test
  void textSummaryNamesTauStar() {
    Run r = main("audit", CSV, "--floor", "0.5", "--rewards", "winner-take-all", "--cost", "power:1e-4:1",
        "--out", dir.resolve("o").toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("designer: tau* = "), r.out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"--rewards foo --cost linear:1e-5", "--rewards top:9 --cost linear:1e-5",
      "--rewards top:0 --cost linear:1e-5", "--rewards geometric:2 --cost linear:1e-5",
      "--rewards 1,0.5 --cost linear:1e-5", "--rewards 1,2,0,0,0 --cost linear:1e-5",
      "--rewards reciprocal --cost linear:-1", "--rewards reciprocal --cost linear:NaN",
      "--rewards reciprocal --cost power:1", "--rewards reciprocal --cost quadratic:1",
      "--rewards reciprocal", "--cost linear:1", "--tau 5", "--rewards reciprocal --cost linear:1 --tau -1",
      "--rewards reciprocal --cost linear:1 --designer-r 1"})
  void invalidDesignerOptionsAreOneLineExitTwoNothingWritten(String options) {
    Path out = dir.resolve("bad");
    List<String> args = new java.util.ArrayList<>(List.of("audit", CSV, "--floor", "0.5", "--out", out.toString()));
    args.addAll(List.of(options.split(" ")));
    Run r = main(args.toArray(new String[0]));
    assertEquals(2, r.code(), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    String option = r.err().replaceFirst("^lbgame: invalid input: ", "").split(":")[0];
    assertTrue(List.of("--rewards", "--cost", "--tau", "--designer-r", "--designer-kappa").contains(option), r.err());
    assertFalse(Files.exists(out), "nothing written");
  }
}
