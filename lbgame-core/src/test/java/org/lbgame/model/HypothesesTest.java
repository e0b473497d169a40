package org.lbgame.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each hypothesis violated gives the named failure, the model(s) and a witness computed by hand. */
class HypothesesTest {

  private static Game game(CostFunction cost, ScoreCurve... curves) {
    List<Model> ms = new ArrayList<>();
    for (int i = 0; i < curves.length; i++) {
      ms.add(Model.of("m" + i, curves.length - i, curves[i]));
    }
    return Game.of(ms, cost, Rewards.winnerTakeAll(curves.length));
  }

  private static HypothesisCheck only(ValidationReport r, Hypothesis h) {
    List<HypothesisCheck> f = new ArrayList<>();
    for (HypothesisCheck c : r.failures()) {
      if (c.hypothesis() == h) {
        f.add(c);
      }
    }
    assertEquals(1, f.size(), "one failure of " + h + " in " + r.failures());
    return f.get(0);
  }

  @Test
  void wellBehavedPowerLawsPassEveryHypothesisAnalytically() {
    ValidationReport r = Hypotheses.check(game(LinearCost.of(1),
        PowerLawCurve.of(1, 0.8, 0.5, 1), PowerLawCurve.of(0, 0.6, 0.5, 1), PowerLawCurve.of(-1, 0.6, 0.5, 1)));
    assertTrue(r.failures().isEmpty(), r.failures().toString());
    assertTrue(r.checks().stream().filter(c -> c.hypothesis() == Hypothesis.C3)
        .allMatch(c -> c.method() == CheckMethod.ANALYTIC));
  }

  @Test
  void c1FailsWhereTheWeakerPowerLawCrossesAbove() {
    // z_0 - z_1 = (1 - 0) + (0.5 - 1) log(1 + x) = 0 at log(1 + x) = 2
    ValidationReport r = Hypotheses.check(game(LinearCost.of(1),
        PowerLawCurve.of(1, 0.5, 0, 1), PowerLawCurve.of(0, 1, 0, 1)));
    HypothesisCheck c = only(r, Hypothesis.C1);
    assertEquals(Math.exp(2) - 1, c.witness(), 1e-12);
    assertEquals("effort", c.witnessKind());
    assertEquals(CheckMethod.ANALYTIC, c.method());
    assertEquals(0, c.models()[0]);
    assertEquals(1, c.models()[1]);
  }

  @Test
  void c2FailsForAnSCurveByTheSpecCondition() {
    // b = 3, a = -2: e^{2} (3-1)/(3+1) = 3.69 > 1 ; a = 0: 1 * 0.5 <= 1 holds
    ValidationReport bad = Hypotheses.check(game(LinearCost.of(1), PowerLawCurve.of(-2, 3, 0, 1)));
    HypothesisCheck c = only(bad, Hypothesis.C2);
    assertEquals(0, c.witness());
    assertEquals(CheckMethod.ANALYTIC, c.method());
    // independent confirmation: the curve is convex at x = 0 (positive second difference)
    PowerLawCurve f = PowerLawCurve.of(-2, 3, 0, 1);
    assertTrue(f.value(0.02) - 2 * f.value(0.01) + f.value(0) > 0);
    assertTrue(Hypotheses.check(game(LinearCost.of(1), PowerLawCurve.of(0, 3, 0, 1))).holds(Hypothesis.C2));
  }

  @Test
  void c2FailsForATabulatedCurveWhoseSlopeRises() {
    HypothesisCheck c = only(Hypotheses.check(game(LinearCost.of(1),
        TabulatedCurve.of(new double[] {0, 1, 2}, new double[] {0, 0.1, 0.5}))), Hypothesis.C2);
    assertEquals(1, c.witness());
    assertEquals(CheckMethod.EXACT_ON_POINTS, c.method());
  }

  @Test
  void c3FailsOnTabulatedCurvesWithTheHandComputedWitness() {
    // D(0.8) = 16.67 - 10, D(0.85) = 20 - 15: falls at s = 0.85, while C1 and C2 hold
    ValidationReport r = Hypotheses.check(game(LinearCost.of(1),
        TabulatedCurve.of(new double[] {0, 10, 20}, new double[] {0.6, 0.8, 0.9}),
        TabulatedCurve.of(new double[] {0, 10, 20}, new double[] {0.5, 0.7, 0.85})));
    HypothesisCheck c = only(r, Hypothesis.C3);
    assertEquals(0.85, c.witness(), 1e-15);
    assertEquals("score", c.witnessKind());
    assertTrue(r.holds(Hypothesis.C1));
    assertTrue(r.holds(Hypothesis.C2));
  }

  @Test
  void costShapeFailuresAreNamedWithTheirWitnessEffort() {
    ScoreCurve f = ExponentialSaturationCurve.of(0, 1, 1);
    HypothesisCheck convex = only(Hypotheses.check(game(
        PiecewiseLinearCost.of(new double[] {0, 2}, new double[] {3, 1}), f)), Hypothesis.COST_CONVEX);
    assertEquals(2, convex.witness());
    HypothesisCheck zero = only(Hypotheses.check(game(
        TabulatedCost.of(new double[] {0, 1}, new double[] {0.1, 1}), f)), Hypothesis.COST_ZERO_AT_ZERO);
    assertEquals(0, zero.witness());
    HypothesisCheck dec = only(Hypotheses.check(game(
        TabulatedCost.of(new double[] {0, 1, 2}, new double[] {0, 1, 0.5}), f)), Hypothesis.COST_NONDECREASING);
    assertEquals(1, dec.witness());
    HypothesisCheck strict = only(Hypotheses.check(game(LinearCost.of(0), f)), Hypothesis.COST_STRICTLY_INCREASING);
    assertEquals(1, strict.witness());
    HypothesisCheck flat = only(Hypotheses.check(game(
        PiecewiseLinearCost.of(new double[] {0, 0.5}, new double[] {0, 1}), f)), Hypothesis.COST_STRICTLY_INCREASING);
    assertEquals(0, flat.witness());
  }

  @Test
  void theTieRuleInFavourOfTheWeakerModelIsReported() {
    Game g = game(LinearCost.of(1), ExponentialSaturationCurve.of(0.1, 1, 1), ExponentialSaturationCurve.of(0, 1, 1))
        .withTieRule(TieRule.LOWER_CAPABILITY);
    assertFalse(Hypotheses.check(g).holds(Hypothesis.TIE_FAVOURS_HIGHER_CAPABILITY));
  }
}
