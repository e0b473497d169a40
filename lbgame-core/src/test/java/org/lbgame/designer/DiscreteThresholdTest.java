package org.lbgame.designer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.lbgame.kernel.AllZero;
import org.lbgame.model.Game;
import org.lbgame.model.GameJson;
import org.lbgame.model.LinearCost;
import org.lbgame.model.Model;
import org.lbgame.model.PowerCost;
import org.lbgame.model.PowerLawCurve;
import org.lbgame.model.Rewards;
import org.lbgame.solve.DiscreteTables;

/** The discrete tau* against a brute scan: the least integer tau at which the kernel's all-zero check first holds. */
class DiscreteThresholdTest {

  /** Brute scan: fresh tables at every tau, the kernel's check, first tau that holds (-1 if none up to limit). */
  static int brute(Game g, int horizon, int limit) {
    for (int t = 0; t <= limit; t++) {
      DiscreteTables tb = DiscreteTables.of(g, t, horizon);
      if (AllZero.isAllZeroPne(tb.score(), tb.cost(), tb.reward(), t, horizon)) {
        return t;
      }
    }
    return -1;
  }

  static int brutePair(Game g, int horizon, int limit, int k) {
    for (int t = 0; t <= limit; t++) {
      DiscreteTables tb = DiscreteTables.of(g, t, horizon);
      if (AllZero.jumpConditionHolds(tb.score(), tb.cost(), tb.reward(), t, horizon, k, k - 1)) {
        return t;
      }
    }
    return -1;
  }

  @Test
  void smallGamesAgreeWithBruteScan() {
    SplittableRandom rng = new SplittableRandom(5);
    int positive = 0;
    for (int trial = 0; trial < 60; trial++) {
      int n = 2 + rng.nextInt(3);
      int horizon = 5 + rng.nextInt(40);
      List<Model> ms = new ArrayList<>();
      double a = rng.nextDouble(-1, 1);
      double b = rng.nextDouble(0.3, 1.2);
      for (int i = 0; i < n; i++) {
        if (i > 0) {
          a -= rng.nextDouble(0.02, 0.6);
          b *= rng.nextDouble(0.6, 1);
        }
        ms.add(Model.of("m" + i, n - i, PowerLawCurve.of(a, b, 0, 1, 1)));
      }
      Rewards r = rng.nextBoolean() ? Rewards.reciprocal(n) : Rewards.winnerTakeAll(n);
      double kappa = rng.nextDouble(0.02, 0.5) / horizon;
      Game g = Game.of(ms, rng.nextBoolean() ? LinearCost.of(kappa) : PowerCost.of(kappa, 1.5), r);
      int ref = brute(g, horizon, 400);
      if (ref < 0) {
        continue;
      }
      DiscreteThresholdResult d = DiscreteThreshold.of(g, horizon, Progress.NONE);
      assertTrue(d.found());
      assertEquals(ref, d.tauStar(), "trial " + trial);
      for (int k = 1; k < n; k++) {
        assertEquals(brutePair(g, horizon, 400, k), d.pairTauStar(k), "trial " + trial + " pair " + k);
      }
      if (ref > 0) {
        positive++;
        int[] dev = d.deviationBelow();
        assertNotNull(dev);
        DiscreteTables tb = DiscreteTables.of(g, ref - 1, horizon);
        assertFalse(AllZero.isAllZeroPne(tb.score(), tb.cost(), tb.reward(), ref - 1, horizon));
      }
      assertTrue(d.certified(), "trial " + trial + " " + d.findings());
    }
    assertTrue(positive >= 10, "enough games with tau* > 0: " + positive);
  }

  @Test
  void qwenExampleIsTheCeilingOfTheContinuousThreshold() {
    Game g = GameJson.read(Path.of("examples/qwen25-winogrande.json"));
    DiscreteThresholdResult d = DiscreteThreshold.of(g, 50001, Progress.NONE);
    assertEquals(370, d.tauStar());
    assertEquals(Math.ceil(ContinuousThreshold.of(g).tauStar()), d.tauStar());
    assertTrue(d.certified());
    DiscreteTables t = DiscreteTables.of(g, 370, 50001);
    assertTrue(AllZero.isAllZeroPne(t.score(), t.cost(), t.reward(), 370, 50001));
    assertFalse(AllZero.isAllZeroPne(t.score(), t.cost(), t.reward(), 369, 50001));
    assertEquals(1, d.deviationBelow()[0], "Qwen2.5-7B benchmaxxes at tau = 369");
  }
}
