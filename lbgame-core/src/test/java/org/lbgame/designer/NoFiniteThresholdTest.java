package org.lbgame.designer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lbgame.model.CostFunction;
import org.lbgame.model.Game;
import org.lbgame.model.LinearCost;
import org.lbgame.model.Model;
import org.lbgame.model.PiecewiseLinearCost;
import org.lbgame.model.PowerCost;
import org.lbgame.model.PowerLawCurve;
import org.lbgame.model.Rewards;
import org.lbgame.model.TabulatedCost;
import org.lbgame.solve.Overtake;

/** Games without a finite stabilizing TbT get "no finite stabilizing TbT" with the reason, quickly; special cases. */
class NoFiniteThresholdTest {
  private static final Duration QUICK = Duration.ofSeconds(5);

  static Game two(double aS, double bS, double aW, double bW, CostFunction c, Rewards r) {
    return Game.of(List.of(Model.of("strong", 2, PowerLawCurve.of(aS, bS, 0.5, 1, 1)),
        Model.of("weak", 1, PowerLawCurve.of(aW, bW, 0.5, 1, 1))), c, r);
  }

  @Test
  void interceptDecreasingWithCapability() {
    // the stronger model has the lower intercept and both learn equally fast: the weaker one is ahead at every tau
    Game g = two(-1, 0.5, 0, 0.5, LinearCost.of(0.01), Rewards.winnerTakeAll(2));
    ThresholdResult r = assertTimeoutPreemptively(QUICK, () -> ContinuousThreshold.of(g));
    assertFalse(r.finite());
    assertEquals(PairStatus.NO_FINITE, r.status());
    assertTrue(r.reason().startsWith("no finite stabilizing TbT"), r.reason());
    assertTrue(r.reason().contains("intercept decreases with capability"), r.reason());
    assertTrue(r.reason().contains("bounded"), r.reason());
    assertEquals(0, Overtake.justOvertakeEffort(g, 1e6, 1), "Delta_k is indeed 0 far out");
  }

  @Test
  void weakerModelLearningFasterBoundsDelta() {
    // gamma = 2, E = e^(3/2): Delta(tau) = E u^(1/2) - u peaks at u = E^2 / 4 with value E^2 / 4 = e^3 / 4
    double e = Math.exp(1.5);
    Game g = two(3, 1, 0, 2, LinearCost.of(1e-4), Rewards.winnerTakeAll(2));
    ThresholdResult r = assertTimeoutPreemptively(QUICK, () -> ContinuousThreshold.of(g));
    assertFalse(r.finite());
    assertTrue(r.reason().contains("learns faster"), r.reason());
    assertTrue(r.reason().contains(String.valueOf(e * e / 4).substring(0, 6)), r.reason());
    assertFalse(r.pair(1).monotone());
  }

  @Test
  void weakerModelLearningFasterHoldsOnlyOnAnInterval() {
    // the same pair with a gap small enough: the condition holds on [lo, hi] only (Prop 5.3 fails)
    Game g = two(3, 1, 0, 2, LinearCost.of(1), Rewards.explicit(1, 0));
    ThresholdResult r = ContinuousThreshold.of(g);
    assertTrue(r.finite(), r.reason());
    double hi = r.holdsUntil();
    assertTrue(Double.isFinite(hi));
    // E = e^(3/2), Delta = E sqrt(u) - u, d = 1: roots of u - E sqrt(u) + 1 = 0 in sqrt(u)
    double big = Math.exp(1.5);
    double s1 = (big - Math.sqrt(big * big - 4)) / 2;
    double s2 = (big + Math.sqrt(big * big - 4)) / 2;
    assertEquals(Math.max(0, s1 * s1 - 1), r.tauStar(), 1e-9);
    assertEquals(s2 * s2 - 1, hi, 1e-9 * hi);
    assertTrue(Overtake.justOvertakeEffort(g, hi * 1.01, 1) < 1);
    assertTrue(r.reason().contains("Prop 5.3"), r.reason());
  }

  @Test
  void learningRatioJustAboveOneWithLargeCatchUpDoesNotOverflow() {
    // gamma = 1.001: the peak of Delta_k lies near u = e^1499, beyond doubles; the root must still be found
    Game g = two(0, 0.5, -0.75, 0.5005, LinearCost.of(0.01), Rewards.winnerTakeAll(2));
    ThresholdResult r = assertTimeoutPreemptively(QUICK, () -> ContinuousThreshold.of(g));
    assertTrue(r.finite(), r.reason());
    assertEquals(100, Overtake.justOvertakeEffort(g, r.tauStar(), 1), 1e-8);
    assertEquals(Double.POSITIVE_INFINITY, r.holdsUntil());
    assertFalse(r.pair(1).monotone());
  }

  @Test
  void exponentialPairWithEqualRatesStartsCloseAndStaysClose() throws Exception {
    // examples/cost-linear.json: common ceiling 1, rates 1 and 1: Delta = ln(0.5 / 0.4) forever, below the 1 needed
    Game g = org.lbgame.model.GameJson.read(java.nio.file.Path.of("examples/cost-linear.json"));
    ThresholdResult r = assertTimeoutPreemptively(QUICK, () -> ContinuousThreshold.of(g));
    assertEquals(PairStatus.NO_FINITE, r.status());
    assertTrue(r.reason().contains("learns at least as fast"), r.reason());
    assertTrue(r.reason().contains(String.valueOf(Math.log(1.25)).substring(0, 8)), r.reason());
  }

  @Test
  void exponentialPairWithFasterStrongerModelHasTheLinearRoot() {
    // rates 2 and 1, floors 0.6 and 0.5: Delta = ln(1.25) + tau, so Delta = 1 at tau = 1 - ln(1.25)
    Game g = Game.of(List.of(Model.of("s", 2, org.lbgame.model.ExponentialSaturationCurve.of(0.6, 1, 2)),
        Model.of("w", 1, org.lbgame.model.ExponentialSaturationCurve.of(0.5, 1, 1))), LinearCost.of(1),
        Rewards.winnerTakeAll(2));
    ThresholdResult r = ContinuousThreshold.of(g);
    assertEquals(1 - Math.log(1.25), r.tauStar(), 1e-12);
    assertEquals(1, Overtake.justOvertakeEffort(g, r.tauStar(), 1), 1e-12);
  }

  @Test
  void zeroGapIsTriviallyZero() {
    Game g = Game.of(List.of(Model.of("a", 3, PowerLawCurve.of(1, 1, 0, 1)), Model.of("b", 2, PowerLawCurve.of(0, 0.9, 0, 1)),
        Model.of("c", 1, PowerLawCurve.of(-1, 0.8, 0, 1))), LinearCost.of(0.01), Rewards.winnerTakeAll(3));
    ThresholdResult r = ContinuousThreshold.of(g);
    assertEquals(PairStatus.ZERO_GAP, r.pair(2).status());
    assertEquals(0, r.pair(2).tauStar());
    assertEquals(r.pair(1).tauStar(), r.tauStar());
    assertEquals(1, r.hardestPair());
  }

  @Test
  void costThatNeverReachesTheGap() {
    Game g = two(1, 1, 0, 0.5, LinearCost.of(0), Rewards.winnerTakeAll(2));
    ThresholdResult r = assertTimeoutPreemptively(QUICK, () -> ContinuousThreshold.of(g));
    assertEquals(PairStatus.NO_FINITE, r.status());
    assertTrue(r.reason().contains("never reaches the reward gap"), r.reason());
    // a tabulated cost that is flat at 0.5 below a gap of 1 (non-convex input, accepted and reported)
    Game h = two(1, 1, 0, 0.5, TabulatedCost.of(new double[] {0, 1, 2}, new double[] {0, 0.5, 0.5}),
        Rewards.winnerTakeAll(2));
    assertEquals(PairStatus.NO_FINITE, assertTimeoutPreemptively(QUICK, () -> ContinuousThreshold.of(h)).status());
  }

  @Test
  void learningRatioAlmostOneIsFiniteButBeyondDoubles() {
    // gamma = 1 - 1e-15, E < 1: tau* ~ E^{-1/eps}, astronomically large: reported, not silently returned
    Game g = two(0, 1, 0.5, 1 - 1e-15, LinearCost.of(1), Rewards.winnerTakeAll(2));
    ThresholdResult r = assertTimeoutPreemptively(QUICK, () -> ContinuousThreshold.of(g));
    assertEquals(PairStatus.BEYOND_RANGE, r.status());
    assertTrue(r.pair(1).log10TauStar() > 308, "log10 " + r.pair(1).log10TauStar());
    assertTrue(Double.isNaN(r.tauStar()));
  }

  @Test
  void costLowerBounds() {
    assertEquals(0.3, CostLowerBound.of(LinearCost.of(0.3)).kappa());
    assertEquals(0.3, CostLowerBound.of(PowerCost.of(0.3, 1)).kappa());
    assertEquals(0, CostLowerBound.of(PowerCost.of(0.3, 2)).kappa());
    assertEquals(1, CostLowerBound.of(PiecewiseLinearCost.of(new double[] {0, 2}, new double[] {1, 3})).kappa(), 1e-15);
    // through (0,0), (1,2), (2,3): c(e)/e is 2 at 1, 1.5 at 2, and tends to the last slope 1
    assertEquals(1, CostLowerBound.of(TabulatedCost.of(new double[] {0, 1, 2}, new double[] {0, 2, 3})).kappa(), 1e-12);
  }
}
