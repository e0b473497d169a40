package org.lbgame.solve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lbgame.model.CostFunction;
import org.lbgame.model.ExponentialSaturationCurve;
import org.lbgame.model.Game;
import org.lbgame.model.LinearCost;
import org.lbgame.model.Model;
import org.lbgame.model.PiecewiseLinearCost;
import org.lbgame.model.PowerLawCurve;
import org.lbgame.model.Rewards;
import org.lbgame.model.ScoreCurve;
import org.lbgame.model.TabulatedCurve;
import org.lbgame.model.TieRule;

/** One game per verdict, pinned to hand-computed answers. */
class SolverTest {
  private static final double LN125 = Math.log(1.25);

  static Game game(CostFunction cost, Rewards r, ScoreCurve... curves) {
    List<Model> ms = new ArrayList<>();
    for (int i = 0; i < curves.length; i++) {
      ms.add(Model.of("m" + i, curves.length - i, curves[i]));
    }
    return Game.of(ms, cost, r);
  }

  /** Strong 1 - 0.4 e^{-x}, weak 1 - 0.5 e^{-x}: Delta = ln 1.25 at every tau. */
  static Game twoExp(CostFunction cost) {
    return game(cost, Rewards.winnerTakeAll(2), ExponentialSaturationCurve.of(0.6, 1, 1),
        ExponentialSaturationCurve.of(0.5, 1, 1));
  }

  @Test
  void uniquePneWhenOvertakingCostsMoreThanThePrize() {
    Solution s = Solver.solve(twoExp(LinearCost.of(10)), 3);
    assertEquals(Verdict.UNIQUE_PNE, s.verdict());
    assertEquals(LN125, s.pairs().get(0).delta(), 1e-12);
    assertEquals(10 * LN125 - 1, s.pairs().get(0).margin(), 1e-12);
    assertTrue(s.adjacentConditionHolds());
    assertNull(s.deviation());
    assertNull(s.otherEquilibrium());
    assertEquals("all-zero is the unique PNE", s.verdictSentence());
    assertEquals(Boolean.TRUE, s.certificateChecked());
  }

  @Test
  void noPneWhenOvertakingIsCheapWithTheDeviationAsCertificate() {
    Solution s = Solver.solve(twoExp(LinearCost.of(1)), 0);
    assertEquals(Verdict.NO_PNE, s.verdict());
    Deviation d = s.deviation();
    assertEquals(1, d.model());
    assertEquals(1, d.fromRank());
    assertEquals(0, d.toRank());
    assertEquals(LN125, d.effort(), 1e-12);
    assertEquals(1, d.gain());
    assertEquals(LN125, d.cost(), 1e-12);
    // the witness strictly overtakes (the infimum ties) and pays, checked here on the curves directly
    double w = d.witness();
    assertEquals(LN125, w, 1e-6);
    // strict overtaking in the common latent log(1 - f): log 0.5 - w < log 0.4 - 0; and the deviation pays
    assertTrue(Math.log(0.5) - w < Math.log(0.4));
    assertTrue(1 - w > 0);
    assertEquals(Boolean.TRUE, s.certificateChecked());
  }

  @Test
  void flatCostAtZeroGivesAnotherEquilibriumAndNoUniquenessClaim() {
    // c = 0 on [0, 0.1], slope 10 after: c(ln 1.25) = 10 (0.2231 - 0.1) = 1.231 >= 1
    Solution s = Solver.solve(twoExp(PiecewiseLinearCost.of(new double[] {0, 0.1}, new double[] {0, 10})), 0);
    assertEquals(Verdict.PNE_NOT_UNIQUE, s.verdict());
    assertArrayEquals(new double[] {0, 0.05}, s.otherEquilibrium(), 1e-15);
    assertTrue(s.verdictSentence().contains(Verdict.FLAT_COST));
    assertEquals(10 * (LN125 - 0.1) - 1, s.pairs().get(0).margin(), 1e-12);
    assertFalse(s.report().holds(org.lbgame.model.Hypothesis.COST_STRICTLY_INCREASING));
  }

  @Test
  void adjacentConditionHoldsButATwoRankJumpPaysWhenC3Fails() {
    // see examples/score-tabulated.json: Delta_1 = 4 (cost 0.36 >= 0.3), Delta_2 = 8 (0.72 >= 0.7),
    // but the weakest model passes both at effort 10 for cost 0.9 < 1
    Game g = game(LinearCost.of(0.09), Rewards.explicit(1, 0.7, 0),
        TabulatedCurve.of(new double[] {0, 10, 100}, new double[] {0.9, 0.93, 0.96}),
        TabulatedCurve.of(new double[] {0, 10, 100}, new double[] {0.89, 0.915, 0.955}),
        TabulatedCurve.of(new double[] {0, 8, 10, 100}, new double[] {0.7, 0.89, 0.9, 0.95}));
    Solution s = Solver.solve(g, 0);
    assertEquals(4, s.pairs().get(0).delta(), 1e-12);
    assertEquals(8, s.pairs().get(1).delta(), 1e-12);
    assertTrue(s.adjacentConditionHolds());
    assertFalse(s.everyJumpConditionHolds());
    assertEquals(Verdict.ALL_ZERO_NOT_PNE, s.verdict());
    Deviation d = s.deviation();
    assertEquals(2, d.model());
    assertEquals(0, d.toRank());
    assertEquals(10, d.effort(), 1e-12);
    assertEquals(-0.1, d.margin(), 1e-12);
    assertTrue(d.witness() > 10);
    assertEquals(Boolean.TRUE, s.certificateChecked());
    assertTrue(s.findings().stream().anyMatch(f -> f.contains("adjacent shortcut fails") && f.contains("C3")));
  }

  @Test
  void adjacentConditionHoldsButAJumpPaysWhenTheCostIsNotConvex() {
    // floors 0.8, 0.6, 0.2 on 1 - (1-L) e^{-x}: Delta_1 = Delta_2 = ln 2, Delta_{2->0} = ln 4 (C3 holds, with equality);
    // concave cost, slope 2 to e = 0.5 then 0.1: c(ln 2) = 1 + 0.1 (ln 2 - 0.5) >= 1 = each gap,
    // c(ln 4) = 1 + 0.1 (ln 4 - 0.5) < 2 = the two-rank gain
    Game g = game(PiecewiseLinearCost.of(new double[] {0, 0.5}, new double[] {2, 0.1}), Rewards.explicit(2, 1, 0),
        ExponentialSaturationCurve.of(0.8, 1, 1), ExponentialSaturationCurve.of(0.6, 1, 1),
        ExponentialSaturationCurve.of(0.2, 1, 1));
    Solution s = Solver.solve(g, 0);
    double cAdj = 1 + 0.1 * (Math.log(2) - 0.5);
    double cJump = 1 + 0.1 * (Math.log(4) - 0.5);
    assertEquals(Math.log(2), s.pairs().get(0).delta(), 1e-12);
    assertEquals(Math.log(2), s.pairs().get(1).delta(), 1e-12);
    assertEquals(cAdj - 1, s.pairs().get(1).margin(), 1e-12);
    assertTrue(s.adjacentConditionHolds());
    assertTrue(s.report().holds(org.lbgame.model.Hypothesis.C3));
    assertFalse(s.report().holds(org.lbgame.model.Hypothesis.COST_CONVEX));
    assertEquals(Verdict.ALL_ZERO_NOT_PNE, s.verdict());
    Deviation d = s.deviation();
    assertEquals(2, d.model());
    assertEquals(0, d.toRank());
    assertEquals(Math.log(4), d.effort(), 1e-12);
    assertEquals(cJump - 2, d.margin(), 1e-12);
    assertTrue(s.findings().stream().anyMatch(f -> f.contains("adjacent shortcut fails") && f.contains("cost-convex")));
  }

  @Test
  void aMarginWithinOneUlpOfZeroIsDecidedInHighPrecisionAndAgreesWithAHundredDigitEvaluation() {
    // kappa = 1/ln(1.25) rounded: the margin kappa ln(1.25) - 1 is about 1e-16, beyond what doubles decide
    double kappa = 1 / LN125;
    Solution s = Solver.solve(twoExp(LinearCost.of(kappa)), 0);
    java.math.MathContext mc = new java.math.MathContext(100);
    java.math.BigDecimal truth = new java.math.BigDecimal(kappa).multiply(
        ch.obermuhlner.math.big.BigDecimalMath.log(new java.math.BigDecimal("1.25"), mc), mc).subtract(java.math.BigDecimal.ONE);
    assertTrue(truth.abs().compareTo(new java.math.BigDecimal("1e-15")) < 0, truth.toString());
    assertEquals(truth.signum() < 0 ? Status.FAILS : Status.HOLDS, s.pairs().get(0).status());
    assertTrue(s.pairs().get(0).marginBound().highPrecision(), s.pairs().get(0).marginBound().toString());
    assertTrue(s.verdict() != Verdict.UNDECIDED);
  }

  @Test
  void theIndependentCheckerRejectsAForgedCertificate() {
    Game cheap = twoExp(LinearCost.of(1));
    Game dear = twoExp(LinearCost.of(10));
    // the deviation of the cheap game does not pay in the dear one
    Deviation d = Solver.solve(cheap, 0).deviation();
    assertTrue(ContinuousCertificate.checkDeviation(cheap, 0, d));
    assertFalse(ContinuousCertificate.checkDeviation(dear, 0, d));
    assertFalse(ContinuousCertificate.checkAllZeroPne(cheap, 0));
    assertTrue(ContinuousCertificate.checkAllZeroPne(dear, 0));
  }

  @Test
  void uniquenessNotEstablishedWhenTiesFavourTheWeakerModel() {
    Solution s = Solver.solve(twoExp(LinearCost.of(10)).withTieRule(TieRule.LOWER_CAPABILITY), 0);
    assertEquals(Verdict.PNE_UNIQUENESS_NOT_ESTABLISHED, s.verdict());
    assertNotNull(s.findings());
  }

  @Test
  void heterogeneousCostScalesMultiplyTheCost() {
    // lambda_1 = 5: c_1(Delta) = 5 ln 1.25 = 1.116 >= 1 although c(Delta) alone is 0.223
    Solution s = Solver.solve(twoExp(LinearCost.of(1)).withCostScale(1, 5), 0);
    assertEquals(Verdict.UNIQUE_PNE, s.verdict());
    assertEquals(5 * LN125, s.pairs().get(0).cost(), 1e-12);
  }

  @Test
  void qwenLikeExampleReproducesThePapersScale() throws Exception {
    Game g = org.lbgame.model.GameJson.read(java.nio.file.Paths.get("examples/qwen25-winogrande.json"));
    Solution at0 = Solver.solve(g, 0);
    Solution at3000 = Solver.solve(g, 3000);
    double min0 = at0.pairs().stream().mapToDouble(PairCheck::delta).min().orElseThrow();
    double min3000 = at3000.pairs().stream().mapToDouble(PairCheck::delta).min().orElseThrow();
    assertEquals(18, min0, 0.5);
    assertTrue(min3000 >= 384_668 && min3000 < 390_000, "min Delta at tau=3000: " + min3000);
    assertEquals(Verdict.NO_PNE, at0.verdict());
    assertEquals(Verdict.UNIQUE_PNE, at3000.verdict());
    assertTrue(g.curve(0) instanceof PowerLawCurve);
  }
}
