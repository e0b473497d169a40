package org.lbgame.properties;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.junit.jupiter.api.Test;
import org.lbgame.model.Game;
import org.lbgame.model.LinearCost;
import org.lbgame.model.Model;
import org.lbgame.model.PowerLawCurve;
import org.lbgame.model.Rewards;

/**
 * Prop 5.6: under the power law with common L, U and a linear cost, the exact per-pair threshold
 * {@code tau*_k} (root of {@code kappa Delta_k(tau) = r_{k-1} - r_k}, with
 * {@code Delta_k(tau) = (1 + Delta0)(1 + tau)^{1/gamma} - (1 + tau)}) against the rule of thumb
 * {@code rho^gamma}. Records the band of {@code tau*_k / rho^gamma} per gamma and checks the exact root
 * against the model's curves.
 */
class StabilizingThresholdTest {
  static final double[] GAMMAS = {0.25, 0.5, 0.75, 0.9, 1.0};
  /** Observed bands of {@code tau* / rho^gamma} over Delta0 in [0.05, 20], rho in [2, 1e6] (see docs/properties.md). */
  static final double[][] BAND = {{0.0126, 0.9564}, {0.0305, 0.9750}, {0.0690, 0.9667}, {0.0895, 0.9763},
      {0.4999, 1.0}};

  /** Closed form {@code Delta_k(tau)}. */
  static double delta(double delta0, double gamma, double tau) {
    return (1 + delta0) * Math.pow(1 + tau, 1 / gamma) - (1 + tau);
  }

  /** Exact {@code tau*} for effort gap {@code g = (r_{k-1} - r_k)/kappa}: 0 if {@code Delta0 >= g}, else the root. */
  static double exactThreshold(double delta0, double gamma, double g) {
    if (delta0 >= g) {
      return 0;
    }
    double hi = 1;
    while (delta(delta0, gamma, hi) < g) {
      hi *= 2;
    }
    return new BrentSolver(1e-14, 1e-12).solve(10_000, t -> delta(delta0, gamma, t) - g, 0, hi);
  }

  /** The pair as a game: stronger {@code a = 0, b = 1}; weaker {@code b = gamma}, {@code a = -gamma log(1 + Delta0)}. */
  static Game pair(double delta0, double gamma, double kappa, double g) {
    PowerLawCurve p = PowerLawCurve.of(0, 1, 0, 1, 1);
    PowerLawCurve q = PowerLawCurve.of(-gamma * Math.log1p(delta0), gamma, 0, 1, 1);
    return Game.of(List.of(Model.of("strong", 2, p), Model.of("weak", 1, q)), LinearCost.of(kappa),
        Rewards.explicit(kappa * g, 0));
  }

  @Test
  void prop56ExactThresholdVersusRuleOfThumb() {
    int tries = Property.tries(0);
    int rhoSteps = tries > 0 ? Math.max(24, tries / 100) : 24;
    System.out.println("[property] prop5.6: grid gamma x Delta0 (18 values in [0.05, 20]) x rho (" + (rhoSteps + 1)
        + " values in [2, 1e6]), seed=none (deterministic grid)");
    StringBuilder table = new StringBuilder("gamma | min | max | min (rho>=100) | max (rho>=100) | Delta0=0.05,rho=1e6 | Delta0=20,rho=1e6\n");
    int checked = 0;
    for (int gi = 0; gi < GAMMAS.length; gi++) {
      double gamma = GAMMAS[gi];
      double min = Double.POSITIVE_INFINITY;
      double max = 0;
      double atSmall = 0;
      double atLarge = 0;
      double min100 = Double.POSITIVE_INFINITY;
      double max100 = 0;
      for (int di = 0; di < 18; di++) {
        double delta0 = 0.05 * Math.pow(400, di / 17.0);
        for (int ri = 0; ri <= rhoSteps; ri++) {
          double rho = 2 * Math.pow(5e5, ri / (double) rhoSteps);
          double g = rho * delta0;
          double star = exactThreshold(delta0, gamma, g);
          double ratio = star / Math.pow(rho, gamma);
          min = Math.min(min, ratio);
          max = Math.max(max, ratio);
          if (ri == rhoSteps && di == 0) {
            atSmall = ratio;
          }
          if (ri == rhoSteps && di == 17) {
            atLarge = ratio;
          }
          // the closed-form root is the threshold of the model's curves: the pair condition flips there
          Game game = pair(delta0, gamma, 0.5, g);
          double pAtStar = game.curve(0).value(star * (1 + 1e-6) + 1e-6);
          if ((1 - pAtStar) > 1e-7) {
            assertTrue(Continuous.margin(game, star * (1 + 1e-6) + 1e-6, 1, 0) >= -1e-9,
                () -> "condition fails above tau* = " + star);
            if (star > 0) {
              assertTrue(Continuous.margin(game, star * (1 - 1e-6), 1, 0) < 1e-9,
                  () -> "condition holds below tau* = " + star);
            }
            checked++;
          }
          if (rho >= 100) {
            min100 = Math.min(min100, ratio);
            max100 = Math.max(max100, ratio);
          }
        }
      }
      table.append(String.format(Locale.ROOT, "%.2f | %.4f | %.4f | %.4f | %.4f | %.4f | %.4f%n", gamma, min, max,
          min100, max100, atSmall, atLarge));
      assertTrue(min >= BAND[gi][0] && max <= BAND[gi][1], "ratio band [" + min + ", " + max
          + "] outside the recorded band for gamma " + gamma);
    }
    System.out.println("[prop5.6] tau*/rho^gamma bands (" + checked + " roots checked against the curves):\n" + table);
  }
}
