package org.lbgame.designer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.lbgame.model.Designer;
import org.lbgame.model.Game;
import org.lbgame.model.LinearCost;
import org.lbgame.model.Model;
import org.lbgame.model.PowerLawCurve;
import org.lbgame.model.Rewards;

/**
 * The Kendall (smooth) choice does not depend on the display grid, so `threshold` and `curve` agree. That it is the
 * exact choice is {@link KendallReferenceTest}'s job (an independent computation of every breakpoint).
 */
class KendallChoiceTest {
  /** {@code -Dthorough=true} : the full number of cases; the default is sized for CI. */
  private static final boolean THOROUGH = Boolean.getBoolean("thorough");
  @Test
  void theChoiceIsTheSameWhateverTheGrid() {
    SplittableRandom rng = new SplittableRandom(23);
    for (int t = 0; t < (THOROUGH ? 8 : 3); t++) {
      int n = 3 + rng.nextInt(2);
      List<Model> ms = new ArrayList<>();
      double a = 1;
      for (int i = 0; i < n; i++) {
        ms.add(Model.of("m" + i, n - i, PowerLawCurve.of(a, 0.6 - 0.05 * i + rng.nextDouble(-0.02, 0.02), 0.5, 1, 1)));
        a -= rng.nextDouble(0.3, 1.5);
      }
      double[] r = new double[n];
      for (int i = 0; i < n; i++) {
        r[i] = 1.0 / (i + 1);
      }
      Game g = Game.of(ms, LinearCost.of(Math.pow(10, rng.nextDouble(-5, -3))), Rewards.explicit(r))
          .withDesigner(Designer.of(100, LinearCost.of(rng.nextDouble(0.001, 0.05))));
      ThresholdResult th = ContinuousThreshold.of(g);
      StackelbergChoice a61 = Stackelberg.choose(g, th, DeltaCurve.grid(DesignerAnalysis.defaultTauMax(th), 61));
      StackelbergChoice a201 = Stackelberg.choose(g, th, DeltaCurve.grid(2 * DesignerAnalysis.defaultTauMax(th), 201));
      assertEquals(a61.smoothBest().tau(), a201.smoothBest().tau(), "game " + t);
      assertEquals(a61.smoothBest().kendall(), a201.smoothBest().kendall(), "game " + t);
    }
  }
}
