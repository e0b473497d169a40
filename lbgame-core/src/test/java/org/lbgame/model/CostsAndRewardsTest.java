package org.lbgame.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CostsAndRewardsTest {

  @Test
  void linearAndPowerCostsAndTheirInverses() {
    LinearCost l = LinearCost.of(2);
    assertEquals(6, l.cost(3));
    assertEquals(1.5, l.effortFor(3));
    PowerCost p = PowerCost.of(3, 2);
    assertEquals(12, p.cost(2));
    assertEquals(2, p.effortFor(12), 1e-15);
    assertEquals(0, p.flatUntil());
    assertEquals(Double.POSITIVE_INFINITY, LinearCost.of(0).flatUntil());
    assertEquals("p", assertThrows(InvalidGameException.class, () -> PowerCost.of(1, 0.5)).field());
  }

  @Test
  void piecewiseLinearCostFromBreakpointsAndSlopes() {
    PiecewiseLinearCost c = PiecewiseLinearCost.of(new double[] {0, 1, 3}, new double[] {0, 2, 5});
    assertEquals(0, c.cost(0.5));
    assertEquals(2, c.cost(2));
    assertEquals(4 + 5, c.cost(4));
    assertEquals(1, c.flatUntil());
    assertEquals(2, c.effortFor(2), 1e-15);
    assertEquals(3.2, c.effortFor(5), 1e-12);
    assertArrayEquals(new double[] {1, 1.5}, c.infimumOn(1.5, 2), 1e-15);
  }

  @Test
  void tabulatedCostExtendsWithTheLastSlopeAndFindsDipsForTheInfimum() {
    TabulatedCost c = TabulatedCost.of(new double[] {0, 1, 2}, new double[] {0, 1, 0.5});
    assertEquals(0.75, c.cost(1.5), 1e-15);
    assertEquals(0, c.cost(3), 1e-15);
    // on [0.5, 2.5) the infimum 0.25 is approached at 2.5
    assertArrayEquals(new double[] {0.25, 2.5}, c.infimumOn(0.5, 2.5), 1e-15);
    // the tail slope is negative: unbounded below
    assertEquals(Double.NEGATIVE_INFINITY, c.infimumOn(0, Double.POSITIVE_INFINITY)[0]);
  }

  @Test
  void rewardSchemes() {
    assertArrayEquals(new double[] {1, 0, 0}, Rewards.winnerTakeAll(3).values());
    assertArrayEquals(new double[] {1, 1, 0, 0}, Rewards.topK(4, 2).values());
    assertArrayEquals(new double[] {1, 0.5, 1.0 / 3}, Rewards.reciprocal(3).values());
    assertArrayEquals(new double[] {1, 0.5, 0.25}, Rewards.geometric(3, 0.5).values());
    assertArrayEquals(new double[] {1, 0.5, 0}, Rewards.linear(3).values());
    assertArrayEquals(new double[] {1}, Rewards.linear(1).values());
    InvalidGameException e = assertThrows(InvalidGameException.class, () -> Rewards.explicit(1, 0.5, 0.7));
    assertEquals("rewards.values[2]", e.field());
    assertEquals("0.7", e.value());
    assertEquals("rewards.k", assertThrows(InvalidGameException.class, () -> Rewards.topK(3, 4)).field());
  }

  @Test
  void gameRejectsUnsortedOrEqualCapabilities() {
    ScoreCurve f = ExponentialSaturationCurve.of(0, 1, 1);
    InvalidGameException e = assertThrows(InvalidGameException.class, () -> Game.of(
        java.util.List.of(Model.of("a", 1, f), Model.of("b", 1, f)), LinearCost.of(1), Rewards.winnerTakeAll(2)));
    assertEquals("models[1].capability", e.field());
    assertEquals("1", e.value());
    assertEquals("costScale[0]", assertThrows(InvalidGameException.class, () -> Game.of(
        java.util.List.of(Model.of("a", 2, f), Model.of("b", 1, f)), LinearCost.of(1), Rewards.winnerTakeAll(2))
        .withCostScale(0, 1)).field());
  }
}
