package org.lbgame.designer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.lbgame.gen.ValidGames;
import org.lbgame.model.Game;
import org.lbgame.solve.Overtake;

/**
 * Over the generators' valid games (every curve, cost and reward family): the threshold always returns
 * quickly, and a finite {@code tau*} is certified by the solver's own {@code Delta_k}: every pair holds just
 * above it, the hardest pair fails just below it (Definition 5.4 checked pointwise, independent of the root finding).
 */
class ThresholdPropertiesTest {
  @Test
  void everyFiniteThresholdIsCertifiedOnGeneratedGames() {
    int tries = Math.max(300, Integer.getInteger("campaign", 0));
    SplittableRandom seeds = new SplittableRandom(11);
    int positive = 0;
    for (int t = 0; t < tries; t++) {
      long seed = seeds.nextLong();
      Game g = ValidGames.game(new SplittableRandom(seed), 2 + (int) Math.floorMod(seed, 5));
      ThresholdResult r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> ContinuousThreshold.of(g),
          "seed " + seed);
      if (!r.finite()) {
        assertFalse(r.reason().isEmpty(), "seed " + seed + ": a missing threshold needs a reason");
        continue;
      }
      double tol = 1e-9 * Math.max(1, g.rewards().maxAbs());
      double above = r.tauStar() == 0 ? 0 : r.tauStar() * (1 + 1e-6);
      for (int k = 1; k < g.size(); k++) {
        double d = Overtake.justOvertakeEffort(g, above, k);
        double gap = g.rewards().get(k - 1) - g.rewards().get(k);
        assertTrue(Double.isInfinite(d) || g.cost(k, d) - gap >= -tol,
            "seed " + seed + " pair " + k + " at " + above + ": " + r.pair(k).method());
      }
      if (r.tauStar() > 0) {
        positive++;
        int k = r.hardestPair();
        double below = r.tauStar() * (1 - 1e-6);
        double d = Overtake.justOvertakeEffort(g, below, k);
        double gap = g.rewards().get(k - 1) - g.rewards().get(k);
        assertTrue(Double.isFinite(d) && g.cost(k, d) < gap, "seed " + seed + " pair " + k + " below " + below);
      }
    }
    assertTrue(positive >= 20, "enough games with tau* > 0: " + positive);
  }
}
