package org.lbgame.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.lbgame.kernel.Validity;
import org.lbgame.model.Game;
import org.lbgame.model.Hypotheses;
import org.lbgame.model.Hypothesis;
import org.lbgame.model.InvalidGameException;
import org.lbgame.model.LinearCost;
import org.lbgame.model.Model;
import org.lbgame.model.PowerLawCurve;
import org.lbgame.model.Rewards;

/** The generators keep their promises: valid games pass every check, invalid ones fail exactly one. */
class GeneratorsTest {
  private static final int TRIES = Integer.getInteger("campaign", 0) > 0 ? Integer.getInteger("campaign") : 200;

  private static RandomGenerator rng(long seed) {
    return new SplittableRandom(seed);
  }

  @Test
  void everyValidFamilyCombinationPassesTheModelsValidators() {
    RandomGenerator r = rng(1);
    for (ValidGames.CurveFamily f : ValidGames.CurveFamily.values()) {
      for (ValidGames.CostFamily c : ValidGames.CostFamily.values()) {
        for (ValidGames.RewardScheme s : ValidGames.RewardScheme.values()) {
          for (int t = 0; t < TRIES / 20 + 1; t++) {
            Game g = ValidGames.game(r, 1 + r.nextInt(0, 6), f, c, s);
            assertEquals(Set.of(), Hypotheses.check(g).failed(), () -> f + " " + c + " " + s + "\n" + GameFiles.write(g));
          }
        }
      }
    }
  }

  @Test
  void validCasesAtBothScalesPassAndStayWithinTheirLimits() {
    RandomGenerator r = rng(2);
    for (Scale scale : Scale.values()) {
      for (int t = 0; t < TRIES; t++) {
        GameCase c = ValidGames.gameCase(r, scale);
        assertEquals(Set.of(), Hypotheses.check(c.game()).failed(), c::toJson);
        assertTrue(c.game().size() <= scale.maxModels() && c.tau() <= scale.maxTau()
            && c.horizon() <= scale.maxHorizon());
        if (scale == Scale.ENUMERATION) {
          assertTrue(ValidGames.pow(c.horizon() + 1, c.game().size()) <= 4096);
        }
      }
    }
  }

  @Test
  void discretizedValidGamesHaveExactConvexStrictlyIncreasingCostsAndOrderedRewards() {
    RandomGenerator r = rng(3);
    for (int t = 0; t < TRIES; t++) {
      GameCase c = ValidGames.gameCase(r, Scale.ENUMERATION);
      TableGame d = Tables.discretize(c);
      Set<Hypothesis> f = TableHypotheses.failed(d);
      f.removeAll(EnumSet.of(Hypothesis.C2, Hypothesis.C3)); // order keys: only comparisons are meaningful
      assertEquals(Set.of(), f, c::toJson);
      for (int e = 0; e <= c.horizon(); e++) {
        assertEquals(c.game().cost(0, e) * Tables.SCALE, (double) d.cost()[0][e], 0.0, "cost not exact");
      }
    }
  }

  @Test
  void orderKeysPreserveTheOrderOfDoubles() {
    double[] v = {-1e300, -2.5, -1e-300, -0.0, 0.0, 1e-300, 0.25, 0.5, 1, 1e300};
    for (int i = 0; i + 1 < v.length; i++) {
      assertEquals(Double.compare(v[i] + 0.0, v[i + 1] + 0.0), Long.compare(Tables.orderKey(v[i]), Tables.orderKey(v[i + 1])),
          v[i] + " vs " + v[i + 1]);
    }
  }

  @Test
  void validTablesSatisfyTheDiscreteHypothesesByBothCheckers() {
    RandomGenerator r = rng(4);
    for (int t = 0; t < TRIES; t++) {
      TableGame g = Tables.valid(r);
      assertTrue(TableHypotheses.valid(g), g::toJson);
      long[][] s = g.score();
      assertTrue(Validity.c3Holds(s), g::toJson);
      for (int x = 0; x < s[0].length; x++) {
        assertTrue(Validity.columnStrictlyDecreasing(s, x));
      }
      for (int i = 0; i < s.length; i++) {
        assertTrue(Validity.rowNondecreasing(s[i]) && Validity.rowConcave(s[i]));
        assertTrue(Validity.rowConvex(g.cost()[i]) && Validity.rowStrictlyIncreasing(g.cost()[i]));
        assertEquals(0, g.cost()[i][0]);
      }
      assertTrue(Validity.rewardsNonIncreasing(g.reward()));
    }
  }

  @Test
  void invalidGamesBreakExactlyTheNamedHypothesis() {
    RandomGenerator r = rng(5);
    for (Hypothesis h : InvalidGames.BREAKABLE) {
      for (int t = 0; t < TRIES / 10 + 1; t++) {
        Game g = InvalidGames.breaking(r, h, 2 + r.nextInt(0, 4));
        assertEquals(Set.of(h), Hypotheses.check(g).failed(), () -> h + "\n" + GameFiles.write(g));
      }
    }
  }

  @Test
  void invalidTablesBreakExactlyTheNamedHypothesisByBothCheckers() {
    RandomGenerator r = rng(6);
    for (Hypothesis h : Tables.BREAKABLE) {
      for (int t = 0; t < TRIES / 10 + 1; t++) {
        TableGame g = Tables.invalid(r, h);
        assertEquals(Set.of(h), TableHypotheses.failed(g), g::toJson);
        assertEquals(Set.of(h), KernelView.failed(g), () -> "kernel disagrees\n" + g.toJson());
      }
    }
  }

  @Test
  void rewardOrderAndCapabilityOrderAreInputRulesOfTheModel() {
    InvalidGameException e = assertThrows(InvalidGameException.class, () -> Rewards.explicit(1, 0, 0.5));
    assertEquals("rewards.values[2]", e.field());
    PowerLawCurve c = PowerLawCurve.of(0, 0.5, 0, 1);
    InvalidGameException e2 = assertThrows(InvalidGameException.class,
        () -> Game.of(java.util.List.of(Model.of("a", 1, c), Model.of("b", 1, c)), LinearCost.of(1),
            Rewards.winnerTakeAll(2)));
    assertEquals("models[1].capability", e2.field());
  }

  @Test
  void everyGeneratedGameIsAReadyToRunGameFile() {
    RandomGenerator r = rng(10);
    for (int t = 0; t < TRIES; t++) {
      Game g = t % 2 == 0 ? ValidGames.gameCase(r, Scale.PAPER).game()
          : InvalidGames.breaking(r, InvalidGames.BREAKABLE.stream().sorted().toList().get(t % 6), 3);
      String json = GameFiles.write(g);
      assertEquals(json, GameFiles.write(GameFiles.parse(json)));
    }
    GameCase c = ValidGames.gameCase(r, Scale.ENUMERATION);
    assertTrue(GameFiles.parse(c.toJson()).description().contains("tau=" + c.tau() + " horizon=" + c.horizon()));
  }

  @Test
  void generationIsReproducibleFromTheSeed() {
    for (long seed = 0; seed < 20; seed++) {
      assertEquals(ValidGames.gameCase(rng(seed), Scale.PAPER).toJson(), ValidGames.gameCase(rng(seed), Scale.PAPER).toJson());
      assertEquals(Tables.valid(rng(seed)), Tables.valid(rng(seed)));
    }
  }

  @Test
  void shrinkingReachesTheSmallestGameThatStillFailsAndKeepsItValid() {
    RandomGenerator r = rng(7);
    int checked = 0;
    while (checked < 20) {
      GameCase c = ValidGames.gameCase(r, Scale.ENUMERATION);
      if (c.game().size() < 3 || c.tau() < 7) {
        continue;
      }
      checked++;
      // a "property" failing on games with at least 2 models at tau >= 5
      GameCase min = GameShrinker.minimize(c, k -> k.game().size() >= 2 && k.tau() >= 5);
      assertEquals(2, min.game().size(), min::toJson);
      assertEquals(5, min.tau(), min::toJson);
      assertEquals(1, min.horizon(), min::toJson);
      assertEquals(Set.of(), Hypotheses.check(min.game()).failed(), min::toJson);
    }
  }

  @Test
  void shrinkingAnInvalidGameKeepsExactlyItsBrokenHypothesis() {
    RandomGenerator r = rng(8);
    for (Hypothesis h : InvalidGames.BREAKABLE) {
      GameCase c = GameCase.of(InvalidGames.breaking(r, h, 4), 9, 3);
      GameCase min = GameShrinker.minimize(c, k -> true);
      assertEquals(Set.of(h), Hypotheses.check(min.game()).failed(), min::toJson);
      assertTrue(min.game().size() <= 2 && min.tau() == 0 && min.horizon() == 1, min::toJson);
    }
  }

  @Test
  void tableShrinkingDropsModelsAndColumnsWhileKeepingTheBrokenHypothesis() {
    RandomGenerator r = rng(9);
    for (Hypothesis h : Tables.BREAKABLE) {
      TableGame t = Tables.invalid(r, h);
      TableGame min = TableShrinker.minimize(t, k -> true);
      assertEquals(Set.of(h), TableHypotheses.failed(min), min::toJson);
      assertTrue(min.size() <= t.size() && min.tau() <= t.tau() && min.horizon() <= t.horizon(), min::toJson);
      assertEquals(min, TableGame.parse(min.toJson()));
    }
    TableGame v = Tables.valid(r);
    assertFalse(TableShrinker.minimize(v, k -> true).size() > 1);
  }
}
