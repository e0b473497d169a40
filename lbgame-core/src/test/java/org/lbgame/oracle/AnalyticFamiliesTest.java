package org.lbgame.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.obermuhlner.math.big.BigDecimalMath;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.function.DoubleFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lbgame.designer.ContinuousThreshold;
import org.lbgame.designer.DeltaCurve;
import org.lbgame.designer.PairStatus;
import org.lbgame.designer.ThresholdResult;
import org.lbgame.model.Game;
import org.lbgame.model.GameJson;
import org.lbgame.solve.Solution;
import org.lbgame.solve.Solver;
import org.lbgame.solve.Verdict;

/**
 * Two-model games whose answers are known in closed form at every TbT level, run at every order of magnitude of
 * tau from 1 to 1e15 through solve, the Delta curve, threshold and the checker: a constant catch-up effort (power
 * laws differing only by their offsets; exponential saturation with equal rates), scores approaching the ceiling
 * with per-model floors (the b = 1 family, whose catch-up effort grows only through the rounding of its
 * inputs), and SPEC's common-scale power law. Every verdict must equal the closed form's (or be "undecided"), every
 * Delta must lie within 1e-9 of it, tau* must be certified around the closed form's root, and lbgame's own
 * answers must be accepted by the checker.
 */
class AnalyticFamiliesTest {
  private static final MathContext MC = new MathContext(110);

  /** A two-model game: stronger and weaker score objects, linear cost kappa, winner-take-all (gap 1). */
  private static JsonNode game(String strong, String weak, double kappa) {
    return JsonFiles.parse("{\"schema\": \"lbgame/1\", \"name\": \"analytic\", \"models\": ["
        + "{\"name\": \"strong\", \"capability\": 2, \"score\": " + strong + "},"
        + "{\"name\": \"weak\", \"capability\": 1, \"score\": " + weak + "}],"
        + "\"cost\": {\"family\": \"linear\", \"kappa\": " + kappa + "}, \"rewards\": {\"scheme\": \"winner-take-all\"}}",
        "game");
  }

  private static String power(double a, double b, double floor, double x0) {
    return "{\"family\": \"power-law\", \"a\": " + a + ", \"b\": " + b + ", \"floor\": " + floor
        + ", \"ceiling\": 1, \"offset\": " + x0 + "}";
  }

  private static String exp(double floor, double rate) {
    return "{\"family\": \"exponential-saturation\", \"floor\": " + floor + ", \"ceiling\": 1, \"rate\": " + rate + "}";
  }

  /** The family's game and its Delta(tau) in closed form (100 digits). */
  private static Object[] family(String name, double kappa) {
    switch (name) {
      case "offsets":
        return new Object[] {game(power(0.3, 0.7, 0.25, 1.5), power(0.3, 0.7, 0.25, 1), kappa),
            (DoubleFunction<BigDecimal>) t -> new BigDecimal("0.5")};
      case "exponential":
        return new Object[] {game(exp(0.5, 1), exp(0, 1), kappa),
            (DoubleFunction<BigDecimal>) t -> BigDecimalMath.log(BigDecimal.valueOf(2), MC)};
      case "floors":
        // U - f_i = (1 - L_i)/(1 + e^{a_i}(1 + x)), b = 1: Delta = (rho - 1 + rho e^{a_s} w) e^{-a_w} - 1 - tau
        double aw = 0.6931471805599453;
        return new Object[] {game(power(0, 1, 0, 1), power(aw, 1, -1, 1), kappa),
            (DoubleFunction<BigDecimal>) t -> {
              BigDecimal w = BigDecimal.ONE.add(new BigDecimal(t));
              BigDecimal rho = BigDecimal.valueOf(2);
              BigDecimal y = rho.subtract(BigDecimal.ONE).add(rho.multiply(w))
                  .multiply(BigDecimalMath.exp(new BigDecimal(aw).negate(), MC), MC).subtract(BigDecimal.ONE);
              return y.subtract(new BigDecimal(t)).max(BigDecimal.ZERO);
            }};
      default:
        // SPEC: (a, b) = (0.5, 1) and (0, 0.5): Delta = e (1 + tau)^2 - (1 + tau)
        return new Object[] {game(power(0.5, 1, 0, 1), power(0, 0.5, 0, 1), kappa),
            (DoubleFunction<BigDecimal>) t -> {
              BigDecimal u = BigDecimal.ONE.add(new BigDecimal(t));
              return BigDecimalMath.e(MC).multiply(u.multiply(u)).subtract(u);
            }};
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"offsets:1", "offsets:4", "exponential:1", "exponential:2", "floors:1", "floors:4",
      "spec:0.1", "spec:1e-12"})
  @SuppressWarnings("unchecked")
  void solveCurveAndCheckAgreeWithTheClosedFormAtEveryOrderOfMagnitude(String which) {
    String[] w = which.split(":");
    double kappa = Double.parseDouble(w[1]);
    Object[] f = family(w[0], kappa);
    JsonNode tree = (JsonNode) f[0];
    DoubleFunction<BigDecimal> delta = (DoubleFunction<BigDecimal>) f[1];
    Game g = GameJson.fromTree(tree);
    double[] taus = new double[16];
    for (int e = 0; e <= 15; e++) {
      taus[e] = Math.pow(10, e);
    }
    DeltaCurve curve = DeltaCurve.of(g, taus);
    for (int e = 0; e <= 15; e++) {
      double tau = taus[e];
      BigDecimal d = delta.apply(tau);
      BigDecimal margin = new BigDecimal(kappa).multiply(d, MC).subtract(BigDecimal.ONE);
      String where = which + " at tau = 1e" + e + ": Delta = " + d.round(new MathContext(20));
      Solution s = Solver.solve(g, tau);
      if (s.verdict() != Verdict.UNDECIDED) {
        assertEquals(margin.signum() < 0 ? Verdict.NO_PNE : Verdict.UNIQUE_PNE, s.verdict(), where);
      }
      assertTrue(Double.isFinite(curve.delta(e, 1)), where);
      double got = curve.delta(e, 1);
      assertTrue(new BigDecimal(got).subtract(d).abs().compareTo(new BigDecimal(1e-9 * Math.max(1, got))) <= 0,
          where + ", curve says " + got);
      Bounded(s, d, where);
      Query q = Query.solveContinuous(tree, tau);
      ObjectNode answer = Reference.answer(q);
      if (!answer.get("verdict").asText().equals("undecided")) {
        assertTrue(Checker.check(g, answer, q).accepted(), where + ": " + Checker.check(g, answer, q).reason());
        ObjectNode forged = answer.deepCopy();
        forged.put("verdict", answer.get("verdict").asText().equals("all-zero-pne") ? "all-zero-not-pne"
            : "all-zero-pne");
        forged.set("certificate", JsonFiles.parse(forged.get("verdict").asText().equals("all-zero-pne")
            ? "{\"kind\": \"all-zero-pne\"}" : "{\"kind\": \"profitable-deviation\", \"model\": 1, \"effort\": "
            + Math.max(1, d.doubleValue() / 2) + ", \"gain\": 1, \"cost\": 0}", "c"));
        assertFalse(Checker.check(g, forged, q).accepted(), where + ": a forged verdict is accepted");
      }
    }
  }

  private static void Bounded(Solution s, BigDecimal d, String where) {
    org.lbgame.solve.Bounded b = s.pairs().get(0).deltaBound();
    assertTrue(new BigDecimal(b.lower()).compareTo(d) <= 0 && d.compareTo(new BigDecimal(b.upper())) <= 0,
        where + ": Delta's enclosure " + b + " misses the closed form");
  }

  @ParameterizedTest
  @ValueSource(strings = {"offsets:1", "offsets:4", "exponential:1", "exponential:2", "floors:1", "spec:0.1",
      "spec:1e-12"})
  @SuppressWarnings("unchecked")
  void thresholdIsCertifiedAroundTheClosedFormRootOrIsNoFiniteExactlyWhenDeltaStaysBelow(String which) {
    String[] w = which.split(":");
    double kappa = Double.parseDouble(w[1]);
    Object[] f = family(w[0], kappa);
    Game g = GameJson.fromTree((JsonNode) f[0]);
    DoubleFunction<BigDecimal> delta = (DoubleFunction<BigDecimal>) f[1];
    ThresholdResult r = ContinuousThreshold.of(g);
    boolean holdsAtZero = new BigDecimal(kappa).multiply(delta.apply(0), MC).compareTo(BigDecimal.ONE) >= 0;
    if (w[0].equals("offsets") || w[0].equals("exponential")) {
      // Delta is the same at every tau: tau* = 0 when it covers the gap, otherwise none at all
      assertEquals(holdsAtZero ? PairStatus.HOLDS_AT_ZERO : PairStatus.NO_FINITE, r.status(), which + ": " + r.reason());
      return;
    }
    assertTrue(r.finite(), which + ": " + r.status() + " " + r.reason());
    assertTrue(r.certificate().accepted(), r.certificate().note());
    // the closed form's condition fails just below the certified bracket and holds at its top
    double below = r.certificate().tauBelow();
    double above = r.certificate().tauAbove();
    assertTrue(new BigDecimal(kappa).multiply(delta.apply(below), MC).compareTo(BigDecimal.ONE) < 0, which);
    assertTrue(new BigDecimal(kappa).multiply(delta.apply(above), MC).compareTo(BigDecimal.ONE) >= 0, which);
  }
}
