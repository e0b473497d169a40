package org.lbgame.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lbgame.cli.Main;
import org.lbgame.model.Game;
import org.lbgame.model.GameJson;

/** Hand-made wrong results with plausible certificates are rejected with the reason; the CLI's exit codes. */
class CheckTest {
  /** S0 = (4,4,4,4), S1 = (2,4,5,6), cost 0.75 per step, rewards (1,0): Delta = 2 costs 1.5 >= 1, a PNE. */
  private static final ObjectNode PNE_GAME = TableGames.game("t", "", new double[][] {{4, 4, 4, 4}, {2, 4, 5, 6}},
      new double[] {0, 0.75, 1.5, 2.25}, new double[] {1, 0});

  private static JsonNode parse(String s) {
    return JsonFiles.parse(s, "test");
  }

  private static CheckResult check(ObjectNode game, String result) {
    return Checker.check(GameJson.fromTree(game), parse(result), null);
  }

  @Test
  void wrongVerdictWithPlausibleCertificateIsRejected() {
    // the '>=' mistake: Delta claimed 1 (a tie), and the deviation (1, 1) claimed profitable
    CheckResult r = check(PNE_GAME, "{\"schema\":\"lbgame/1\",\"query\":\"solve\",\"mode\":\"discrete\",\"tau\":0,"
        + "\"steps\":3,\"verdict\":\"all-zero-not-pne\",\"jumps\":[{\"overtaker\":1,\"overtaken\":0,\"delta\":2}],"
        + "\"certificate\":{\"kind\":\"profitable-deviation\",\"model\":1,\"effort\":1,\"gain\":1,\"cost\":0.75}}");
    assertFalse(r.accepted());
    assertTrue(r.reason().contains("is not profitable") && r.reason().contains("gains 0"), r.toString());
    r = check(PNE_GAME, "{\"schema\":\"lbgame/1\",\"query\":\"solve\",\"mode\":\"discrete\",\"tau\":0,"
        + "\"steps\":3,\"verdict\":\"all-zero-pne\",\"jumps\":[{\"overtaker\":1,\"overtaken\":0,\"delta\":1}],"
        + "\"certificate\":{\"kind\":\"all-zero-pne\"}}");
    assertFalse(r.accepted());
    assertTrue(r.reason().contains("claimed 1") && r.reason().contains("is 2"), r.toString());
  }

  @Test
  void allZeroPneClaimOnAGameWhereADeviationPaysIsRejected() {
    ObjectNode cheap = TableGames.game("t", "", new double[][] {{4, 4, 4, 4}, {2, 4, 5, 6}},
        new double[] {0, 0.25, 0.5, 0.75}, new double[] {1, 0});
    CheckResult r = check(cheap, "{\"schema\":\"lbgame/1\",\"query\":\"solve\",\"mode\":\"discrete\",\"tau\":0,"
        + "\"steps\":3,\"verdict\":\"all-zero-pne\",\"jumps\":[{\"overtaker\":1,\"overtaken\":0,\"delta\":2}],"
        + "\"certificate\":{\"kind\":\"all-zero-pne\"}}");
    assertFalse(r.accepted());
    assertTrue(r.reason().contains("model 1 gains 1 by 2 steps at extra cost 0.5"), r.toString());
  }

  @Test
  void tauStarThatIsNotLeastIsRejected() {
    // parallel-then-saturating rows of the threshold vector: tau* = 4 with cost 0.25 per step
    Vector v = null;
    for (Vector x : Vectors.suite()) {
      if (x.id().equals("threshold/tau-star-unreachable")) {
        v = x;
      }
    }
    Game g = GameJson.fromTree(v.game());
    ObjectNode late = (ObjectNode) Reference.answer(Query.threshold(v.game(), 5, 8)).deepCopy();
    // claim tau* = 5 with the true jumps at 5 and the (true) deviation found at 3, moved to "below" 4
    ObjectNode at5 = Reference.answer(Query.solve(v.game(), 5, 5));
    late.put("tauStar", 5);
    ((ObjectNode) late.get("certificate")).set("jumpsAtStar", at5.get("jumps"));
    CheckResult r = Checker.check(g, late, null);
    assertFalse(r.accepted());
    assertTrue(r.reason().startsWith("tauStar 5 is not shown least"), r.toString());
    // and one below a correct-looking pair: tau* = 6 with a profitable deviation claimed at 5
    ObjectNode later = late.deepCopy();
    later.put("tauStar", 6);
    ((ObjectNode) later.get("certificate")).set("jumpsAtStar", Reference.answer(Query.solve(v.game(), 6, 5))
        .get("jumps"));
    r = Checker.check(g, later, null);
    assertFalse(r.accepted());
    assertTrue(r.reason().contains("not profitable") || r.reason().contains("not least"), r.toString());
  }

  @Test
  void continuousResultsAreCheckedWithinStatedTolerances() {
    JsonNode game = ContinuousGames.exponential("", "{\"family\": \"linear\", \"kappa\": 1}");
    ObjectNode ok = Reference.answer(Query.solveContinuous(game, 0));
    CheckResult r = Checker.check(GameJson.fromTree(game), ok, null);
    assertTrue(r.accepted(), r.toString());
    assertTrue(r.toString().contains("relative 1.0E-6"), r.toString());
    ObjectNode off = ok.deepCopy();
    ((ObjectNode) off.get("jumps").get(0)).put("delta", Math.log(1.25) * (1 + 1e-4));
    assertFalse(Checker.check(GameJson.fromTree(game), off, null).accepted());
    ObjectNode near = ok.deepCopy();
    ((ObjectNode) near.get("jumps").get(0)).put("delta", Math.log(1.25) * (1 + 1e-8));
    assertTrue(Checker.check(GameJson.fromTree(game), near, null).accepted(), "within 1e-6 relative");
  }

  @Test
  void continuousTauStarMatchesTheClosedFormAndIsCheckedBothWays() {
    JsonNode game = ContinuousGames.powerLawPair("");
    Game g = GameJson.fromTree(game);
    ObjectNode r = Reference.answer(Query.thresholdContinuous(game, 10));
    double closed = (1 + Math.sqrt(1 + 40 * Math.E)) / (2 * Math.E) - 1;
    assertEquals(closed, r.get("tauStar").asDouble(), 2e-6 * closed, r.toString());
    assertTrue(Checker.check(g, r, null).accepted(), Checker.check(g, r, null).toString());
    ObjectNode early = r.deepCopy();
    early.put("tauStar", closed * 0.999);
    CheckResult c = Checker.check(g, early, null);
    assertFalse(c.accepted());
    assertTrue(c.reason().contains("does not stabilize"), c.toString());
    ObjectNode late = r.deepCopy();
    late.put("tauStar", closed * 1.001);
    c = Checker.check(g, late, null);
    assertFalse(c.accepted());
    assertTrue(c.reason().contains("is not shown least"), c.toString());
    ObjectNode lateBelow = late.deepCopy();
    ((ObjectNode) lateBelow.get("certificate").get("below")).put("tau", closed * 1.001 - 1e-7);
    c = Checker.check(g, lateBelow, null);
    assertFalse(c.accepted(), "no deviation pays above tau*: " + c);
    ObjectNode none = Reference.answer(Query.thresholdContinuous(game, 1));
    assertTrue(none.get("tauStar").isNull());
    assertTrue(Checker.check(g, none, null).accepted());
  }

  @Test
  void lbgamesOwnAnswersOnEveryExampleAreAccepted() throws Exception {
    try (java.util.stream.Stream<Path> files = Files.list(Path.of("examples"))) {
      for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".json")).sorted()::iterator) {
        JsonNode game = JsonFiles.read(p, p.toString());
        Game g = GameJson.fromTree(game);
        for (double tau : new double[] {0, 1, 50}) {
          Query q = Query.solveContinuous(game, tau);
          ObjectNode r = Reference.answer(q);
          Schemas.assertValid(Schemas.RESULT, r, p + " at " + tau);
          if (!r.get("verdict").asText().equals("undecided")) {
            CheckResult c = Checker.check(g, r, q);
            assertTrue(c.accepted(), p + " tau=" + tau + ": " + c);
          }
        }
        if (g.size() <= 3) {
          Query q = Query.solve(game, 2, 4);
          assertTrue(Checker.check(g, Reference.answer(q), q).accepted(), p + " discrete");
        }
      }
    }
  }

  private static int cli(StringWriter out, StringWriter err, String... args) {
    return Main.run(args, new PrintWriter(out), new PrintWriter(err));
  }

  @Test
  void commandLineExitCodes(@TempDir Path dir) throws Exception {
    Path game = dir.resolve("g.json");
    Files.writeString(game, JsonFiles.write(PNE_GAME));
    Path good = dir.resolve("good.json");
    Files.writeString(good, JsonFiles.write(Reference.answer(Query.solve(PNE_GAME, 0, 3))));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    assertEquals(0, cli(out, err, "check", game.toString(), good.toString()), err.toString());
    assertTrue(out.toString().startsWith("ACCEPT"), out.toString());
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, Files.readString(good).replace("\"delta\" : 2", "\"delta\" : 3"));
    out = new StringWriter();
    assertEquals(1, cli(out, err, "check", game.toString(), bad.toString()));
    assertTrue(out.toString().startsWith("REJECT: jumps[0]"), out.toString());
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"schema\":\"lbgame/1\",\"query\":\"solve\",\"mode\":\"discrete\",\"tau\":-1}");
    out = new StringWriter();
    err = new StringWriter();
    assertEquals(2, cli(out, err, "check", game.toString(), broken.toString()));
    assertEquals("", out.toString());
    assertTrue(err.toString().startsWith("lbgame: invalid input: tau: must be an integer >= 0"), err.toString());
  }
}
