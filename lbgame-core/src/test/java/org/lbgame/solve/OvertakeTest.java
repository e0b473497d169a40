package org.lbgame.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lbgame.model.ExponentialSaturationCurve;
import org.lbgame.model.Game;
import org.lbgame.model.LinearCost;
import org.lbgame.model.Model;
import org.lbgame.model.PowerLawCurve;
import org.lbgame.model.Rewards;
import org.lbgame.model.ScoreCurve;
import org.lbgame.model.TabulatedCurve;

class OvertakeTest {

  static Game game(ScoreCurve... curves) {
    List<Model> ms = new ArrayList<>();
    for (int i = 0; i < curves.length; i++) {
      ms.add(Model.of("m" + i, curves.length - i, curves[i]));
    }
    return Game.of(ms, LinearCost.of(1), Rewards.winnerTakeAll(curves.length));
  }

  /** SPEC section 4: Delta_k(tau) = (1 + Delta0)(1 + tau)^(1/gamma) - (1 + tau), computed independently. */
  @Test
  void powerLawJustOvertakeMatchesTheSpecClosedFormUpToTauOneMillion() {
    double[][] params = { // a_{k-1}, b_{k-1}, a_k, b_k
        {0.9, 0.6, -0.748314, 0.48}, {1.0, 0.5, 0.2, 0.5}, {0.3, 0.9, -2.0, 0.35}, {2.0, 1.0, 1.9, 0.99},
        {-1.0, 0.4, -3.0, 0.1}};
    int checked = 0;
    for (double[] p : params) {
      Game g = game(PowerLawCurve.of(p[0], p[1], 0.5, 1.0), PowerLawCurve.of(p[2], p[3], 0.5, 1.0));
      double gamma = p[3] / p[1];
      double delta0 = Math.exp((p[0] - p[2]) / p[3]) - 1;
      for (int j = 0; j <= 60; j++) {
        double tau = j == 0 ? 0 : Math.pow(10, j / 10.0); // 1 .. 1e6
        double expected = (1 + delta0) * Math.pow(1 + tau, 1 / gamma) - (1 + tau);
        double actual = Overtake.justOvertakeEffort(g, tau, 1);
        assertEquals(expected, actual, 1e-9 * expected, "tau=" + tau + " params=" + java.util.Arrays.toString(p));
        checked++;
      }
    }
    assertEquals(5 * 61, checked);
  }

  @Test
  void exponentialWithCommonCeilingOvertakesAtLogRatio() {
    // 1 - 0.5 e^{-(tau+e)} > 1 - 0.4 e^{-tau}  <=>  e > ln(1.25), at every tau
    Game g = game(ExponentialSaturationCurve.of(0.6, 1, 1), ExponentialSaturationCurve.of(0.5, 1, 1));
    for (double tau : new double[] {0, 1, 10, 100, 1e4}) {
      assertEquals(Math.log(1.25), Overtake.justOvertakeEffort(g, tau, 1), 1e-12);
    }
  }

  @Test
  void tabulatedUsesTheStrictBeatAndInfinityWhenUnreachable() {
    Game g = game(TabulatedCurve.of(new double[] {0, 10}, new double[] {0.8, 0.9}),
        TabulatedCurve.of(new double[] {0, 10, 20}, new double[] {0.7, 0.8, 0.8}));
    // weak reaches 0.8 at 10, but never exceeds it: cannot overtake (the tie goes to the stronger model)
    assertEquals(Double.POSITIVE_INFINITY, Overtake.justOvertakeEffort(g, 0, 1));
    Game h = game(TabulatedCurve.of(new double[] {0, 10}, new double[] {0.8, 0.9}),
        TabulatedCurve.of(new double[] {0, 10, 20}, new double[] {0.7, 0.8, 0.85}));
    // flat pieces: reach(0.8) = 10 but the beat needs x > 10; infimum 10
    assertEquals(10, Overtake.justOvertakeEffort(h, 0, 1), 1e-12);
    // at tau = 5: b_0 = 0.85, weak exceeds 0.85 never (saturates at 0.85)
    assertEquals(Double.POSITIVE_INFINITY, Overtake.justOvertakeEffort(h, 10, 1));
  }

  @Test
  void mixedFamiliesUseTheCurvesInverses() {
    // power law (a=0, b=1, L=0, U=1): f(x) = (1+x)/(2+x); the tabulated weak model hits 0.5 + 0.01 t
    Game g = game(PowerLawCurve.of(0, 1, 0, 1), TabulatedCurve.of(new double[] {0, 50}, new double[] {0.4, 0.9}));
    // b_0(tau=2) = 3/4; 0.4 + 0.01 x > 0.75 at x = 35: extra = 33
    assertEquals(33, Overtake.justOvertakeEffort(g, 2, 1), 1e-9);
  }
}
