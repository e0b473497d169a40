package org.lbgame.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.lbgame.model.Game;
import org.lbgame.model.Hypotheses;
import org.lbgame.model.LinearCost;
import org.lbgame.model.Model;
import org.lbgame.model.PowerLawCurve;

/**
 * The independent checker's index: its ranks are the model-by-model ranks wherever those are decided, and the
 * closed form's on leaderboards reaching far below the ceiling, where curve values underflow to the floor.
 */
class CheckerIndexTest {
  @Test
  void ranksAreTheModelByModelRanks() {
    SplittableRandom rng = new SplittableRandom(31);
    int compared = 0;
    for (int t = 0; t < 150; t++) {
      Game g = JumpScanTest.randomGame(rng);
      double tau = JumpScanTest.tau(rng);
      CheckerIndex index = CheckerIndex.of(g, tau);
      if (index == null) {
        continue;
      }
      for (int i = 0; i < g.size(); i++) {
        for (double e : new double[] {0, Math.pow(10, rng.nextDouble(-3, 6))}) {
          int linear = ContinuousCertificate.rankByValue(g, tau, i, e);
          int indexed = index.rank(i, e);
          if (linear >= 0) {
            assertEquals(linear, indexed, "game " + t + " model " + i + " e " + e);
            compared++;
          }
        }
      }
    }
    assertTrue(compared > 1000, "compared " + compared);
  }

  /**
   * Intercepts 8 to 12 apart for the first 200 models (an overtake costs more than any gain), then 1 to 3 apart
   * from about -2,000 on (cheap overtakes): beyond the first hundred models every value is the floor in doubles,
   * and every profitable deviation is a tail model's.
   */
  static Game floorLadder(SplittableRandom rng, int n) {
    List<Model> ms = new ArrayList<>();
    double a = 0;
    for (int i = 0; i < n; i++) {
      ms.add(Model.of("m" + i, n - i, PowerLawCurve.of(a, 0.5 * Math.pow(1 - 1e-4, i), 0.5, 1, 1)));
      a -= i < 200 ? rng.nextDouble(8, 12) : rng.nextDouble(1, 3);
    }
    return Game.of(ms, LinearCost.of(1e-6), PowerLawPassTest.linear(n));
  }

  @Test
  void ranksFarBelowTheCeilingAreTheClosedForms() {
    SplittableRandom rng = new SplittableRandom(37);
    Game g = floorLadder(rng, 300);
    CheckerIndex index = CheckerIndex.of(g, 0);
    assertNotNull(index);
    int checked = 0;
    for (int i = 0; i < g.size(); i++) {
      // at tau = 0 the logit is the intercept: the capability order
      assertEquals(i, index.rank(i, 0), "model " + i);
      double e = Math.pow(10, rng.nextDouble(0, 8));
      PowerLawCurve c = (PowerLawCurve) g.curve(i);
      double z = c.a() + c.b() * Math.log1p(e);
      int above = 0;
      boolean near = false;
      for (int j = 0; j < g.size(); j++) {
        double aj = ((PowerLawCurve) g.curve(j)).a();
        near |= j != i && Math.abs(aj - z) < 1e-6;
        above += j != i && aj > z ? 1 : 0;
      }
      if (!near) {
        assertEquals(above, index.rank(i, e), "model " + i + " at " + e);
        checked++;
      }
    }
    assertTrue(checked > 250);
  }

  @Test
  void aDeviationFarBelowTheCeilingIsCheckedAndAWrongOneRejected() {
    Game g = floorLadder(new SplittableRandom(41), 300);
    SolutionSummary s = Solver.summarize(g, 0, Hypotheses.check(g), 5);
    Deviation d = s.deviation();
    assertNotNull(d);
    assertTrue(d.model() > 200, "the certificate's model is deep at the floor: " + d.model());
    // its score is the floor in doubles: the value-based comparisons alone cannot rank it
    assertEquals(0.5, g.curve(d.model()).value(0), 0);
    assertEquals(Boolean.TRUE, s.certificateChecked());
    assertTrue(ContinuousCertificate.checkDeviation(g, 0, d.model(), d.witness(), d.toRank()));
    assertFalse(ContinuousCertificate.checkDeviation(g, 0, d.model(), d.witness(), d.toRank() + 1));
    assertFalse(ContinuousCertificate.checkDeviation(g, 0, d.model(), d.witness(), d.toRank() - 1));
  }
}
