package org.lbgame.designer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * The Kendall (smooth) choice does not depend on the display grid (so `threshold` and `curve` agree), is at least
 * as good as every level of an independent dense scan, and its profile is the exact limit profile: every model
 * in it is ranked by an independent recomputation from the paying deviations (rank reached, proved).
 */
class KendallChoiceTest {
  @Test
  void theChoiceIsTheSameWhateverTheGridAndBeatsADenseScan() {
    SplittableRandom rng = new SplittableRandom(23);
    for (int t = 0; t < 8; t++) {
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
      Designer d = g.designer().get();
      double top = DesignerAnalysis.defaultTauMax(th);
      double best = a61.smoothBest().smoothUtility();
      for (int j = 0; j <= 300; j++) {
        double tau = j == 0 ? 0 : top * Math.pow(10, -6.0 * (300 - j) / 300);
        SmoothPoint p = Stackelberg.smoothAt(g, d, tau);
        assertTrue(p.smoothUtility() <= best + 1e-9, "game " + t + ": level " + tau + " beats the choice: "
            + p.smoothUtility() + " > " + best);
      }
    }
  }
}
