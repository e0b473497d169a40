package org.lbgame.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.obermuhlner.math.big.BigDecimalMath;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;
import org.lbgame.model.Game;
import org.lbgame.model.GameJson;

/**
 * The oracle accepts a continuous certificate only on rigorous evidence: certificates whose plain double evaluation
 * passes but whose exact evaluation fails are rejected, a certificate that pays only exactly is proved at its stated
 * effort, and lbgame's own deviation certificates name an effort that a 100-digit evaluation confirms.
 */
class RigorousCertificateTest {
  private static final MathContext MC = new MathContext(100);

  /** Two power laws on one scale, Delta_{1->0} = e^{0.5} - 1 at tau = 0, and a piecewise-linear cost. */
  private static JsonNode dip(String slopes, String breakpoints) {
    return JsonFiles.parse("{\"schema\": \"lbgame/1\", \"name\": \"dip\", \"models\": ["
        + "{\"name\": \"strong\", \"capability\": 2, \"score\": {\"family\": \"power-law\", \"a\": 0.5, \"b\": 1,"
        + " \"floor\": 0, \"ceiling\": 1}},"
        + "{\"name\": \"weak\", \"capability\": 1, \"score\": {\"family\": \"power-law\", \"a\": 0, \"b\": 1,"
        + " \"floor\": 0, \"ceiling\": 1}}],"
        + "\"cost\": {\"family\": \"piecewise-linear\", \"breakpoints\": " + breakpoints + ", \"slopes\": " + slopes
        + "}, \"rewards\": {\"scheme\": \"winner-take-all\"}}", "game");
  }

  private static ObjectNode deviationClaim(Query q, double effort, double cost) {
    ObjectNode r = Reference.head(q, "continuous");
    r.put("verdict", "all-zero-not-pne");
    // the jumps as lbgame computes them (their Delta is checked, and is not what these tests are about)
    r.set("jumps", Reference.answer(q).get("jumps").deepCopy());
    ObjectNode c = r.putObject("certificate");
    c.put("kind", "profitable-deviation");
    c.put("model", 1);
    c.put("effort", effort);
    c.put("gain", 1.0);
    c.put("cost", cost);
    return r;
  }

  /**
   * The cost is about 6.7 e up to 0.3, then falls to c(1.7) = 1 + 1.6e-17 (exactly, from the slopes) and rises again;
   * its double evaluation rounds c(1.7) to 0.9999999999999998 (a rounded c(0.3) carried into the sum). In doubles model 1
   * playing 1.7 (past Delta = 0.65) wins rank 0 at a cost below its gain 1; exactly it does not gain.
   */
  @Test
  void aDeviationThatPaysOnlyInDoublesIsRejected() {
    JsonNode tree = dip("[6.666666666666679, -0.714285714285717, 10]", "[0, 0.3, 1.7]");
    Game g = GameJson.fromTree(tree);
    double doubleCost = g.cost(1, 1.7) - g.cost(1, 0);
    assertTrue(doubleCost < 1 && g.curve(1).value(1.7) > g.curve(0).value(0), "the double evaluation pays");
    BigDecimal exact = new BigDecimal(6.666666666666679).multiply(new BigDecimal(0.3))
        .add(new BigDecimal(-0.714285714285717).multiply(new BigDecimal(1.7).subtract(new BigDecimal(0.3))));
    assertTrue(exact.compareTo(BigDecimal.ONE) > 0, "exactly, c(1.7) = " + exact + " exceeds the gain");

    Query q = Query.solveContinuous(tree, 0);
    CheckResult r = Checker.check(g, deviationClaim(q, 1.7, doubleCost), q);
    assertFalse(r.accepted(), r.toString());
    assertTrue(r.reason().contains("not proved profitable"), r.reason());
    // and lbgame itself never claims a deviation here
    assertFalse(Reference.answer(q).get("verdict").asText().equals("all-zero-not-pne"), Reference.answer(q).toString());
  }

  /**
   * The mirror image: c(1.1) = 1 - 8.9e-16 exactly but 1.0 in doubles, so the deviation to 1.1 pays only exactly. It
   * is proved at its stated effort (a hair above it, the cost has risen past the gain).
   */
  @Test
  void aDeviationThatPaysOnlyExactlyIsProvedAtItsStatedEffort() {
    JsonNode tree = dip("[10, -89.99999999999993, 10]", "[0, 1, 1.1]");
    Game g = GameJson.fromTree(tree);
    assertEquals(1.0, g.cost(1, 1.1) - g.cost(1, 0), "the double evaluation does not pay");
    Query q = Query.solveContinuous(tree, 0);
    CheckResult r = Checker.check(g, deviationClaim(q, 1.1, 1.0), q);
    assertTrue(r.accepted(), r.toString());
    assertTrue(r.reason().contains("proved at its stated effort"), r.reason());
  }

  /** The family near the ceiling: gaps 1/(2 + x) (strong) and about 1/(1.5 + x) (weak); Delta = 0.5. */
  private static JsonNode ceiling(String tie) {
    return JsonFiles.parse("{\"schema\": \"lbgame/1\", \"name\": \"ceiling\", \"tie\": \"" + tie + "\", \"models\": ["
        + "{\"name\": \"strong\", \"capability\": 2, \"score\": {\"family\": \"power-law\", \"a\": 0, \"b\": 1,"
        + " \"floor\": 0, \"ceiling\": 1}},"
        + "{\"name\": \"weak\", \"capability\": 1, \"score\": {\"family\": \"power-law\", \"a\": 0.6931471805599453,"
        + " \"b\": 1, \"floor\": -1, \"ceiling\": 1}}],"
        + "\"cost\": {\"family\": \"linear\", \"kappa\": 0.001}, \"rewards\": {\"scheme\": \"winner-take-all\"}}", "game");
  }

  /**
   * At tau = 1e12 both scores round to the same double for every effort below about 1e4, so with ties going to the
   * weaker model a double check sees the weak model win at effort 0.4 (below Delta = 0.5): rejected.
   */
  @Test
  void aRankWonOnlyByRoundedScoresIsRejected() {
    JsonNode tree = ceiling("lower-capability");
    Game g = GameJson.fromTree(tree);
    double tau = 1e12;
    assertEquals(g.curve(0).value(tau), g.curve(1).value(tau + 0.4), "the double scores tie");
    Query q = Query.solveContinuous(tree, tau);
    CheckResult r = Checker.check(g, deviationClaim(q, 0.4, 0.0004), q);
    assertFalse(r.accepted(), r.toString());
    assertTrue(r.reason().contains("reaches rank 1 from 1"), r.reason());
  }

  /** {@code f(x)} of {@code L + (U - L) sigmoid(a + log(1 + x))} in 100 digits (b = 1, x0 = 1, U = 1). */
  private static BigDecimal score(double a, double floor, BigDecimal x) {
    BigDecimal e = BigDecimalMath.exp(new BigDecimal(a), MC).multiply(BigDecimal.ONE.add(x), MC);
    BigDecimal sig = e.divide(BigDecimal.ONE.add(e), MC);
    return new BigDecimal(floor).add(BigDecimal.ONE.subtract(new BigDecimal(floor)).multiply(sig, MC), MC);
  }

  /**
   * With the paper's tie rule the weak model must pass the strong one strictly: lbgame's deviation certificate at every
   * third decade of tau names an effort at which a 100-digit evaluation has it strictly above, at a cost below its gain.
   */
  @Test
  void lbgameDeviationCertificatesNameAnEffortConfirmedAtHundredDigits() {
    JsonNode tree = ceiling("higher-capability");
    Game g = GameJson.fromTree(tree);
    for (double tau = 1; tau <= 1e15; tau *= 1000) {
      Query q = Query.solveContinuous(tree, tau);
      ObjectNode a = Reference.answer(q);
      assertEquals("all-zero-not-pne", a.get("verdict").asText(), "tau=" + tau + ": " + a);
      JsonNode c = a.get("certificate");
      double e = c.get("effort").asDouble();
      BigDecimal t = new BigDecimal(tau);
      BigDecimal weak = score(0.6931471805599453, -1, t.add(new BigDecimal(e)));
      BigDecimal strong = score(0, 0, t);
      assertTrue(weak.compareTo(strong) > 0, "tau=" + tau + ": effort " + e + " does not pass at 100 digits");
      assertTrue(new BigDecimal(0.001).multiply(new BigDecimal(e)).compareTo(BigDecimal.ONE) < 0, "tau=" + tau);
      assertTrue(Checker.check(g, a, q).reason().contains("proved at its stated effort"),
          "tau=" + tau + ": " + Checker.check(g, a, q));
    }
  }

  /**
   * A cost that dips (outside the theorems) but stays far above the gain: the infimum of such a cost comes from a
   * double search, so all-zero is not proved a PNE; lbgame says "undecided" and a claimed PNE is not accepted.
   */
  @Test
  void aPneRestingOnADoubleSearchIsNotAccepted() {
    JsonNode tree = dip("[100, -1, 100]", "[0, 0.1, 1.7]");
    Game g = GameJson.fromTree(tree);
    Query q = Query.solveContinuous(tree, 0);
    ObjectNode a = Reference.answer(q);
    assertEquals("undecided", a.get("verdict").asText(), a.toString());
    assertTrue(Checker.check(g, a, q).accepted(), Checker.check(g, a, q).toString());
    ObjectNode claim = a.deepCopy();
    claim.put("verdict", "all-zero-pne");
    claim.putObject("certificate").put("kind", "all-zero-pne");
    CheckResult r = Checker.check(g, claim, q);
    assertFalse(r.accepted(), r.toString());
    assertTrue(r.reason().contains("undecided") || r.reason().contains("not proved a PNE"), r.reason());
  }
}
