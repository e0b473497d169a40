package org.lbgame.designer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.lbgame.model.CostFunction;
import org.lbgame.model.Designer;
import org.lbgame.model.Game;
import org.lbgame.model.GameJson;
import org.lbgame.model.LinearCost;
import org.lbgame.model.Model;
import org.lbgame.model.PowerCost;
import org.lbgame.model.PowerLawCurve;
import org.lbgame.model.Rewards;
import org.lbgame.model.TieRule;

/**
 * The Kendall choice ({@link KendallChoice}) equals an independent exact computation ({@link KendallReference}:
 * every breakpoint of the follower profile from the closed forms in 40 digits) on random power-law games and on
 * the Qwen2.5-like example: the same best level (relative {@link #TAU_TOL}), utility, ranking, and the same list of
 * profile changes.
 */
class KendallReferenceTest {
  /** {@code -Dthorough=true} : the full number of cases; the default is sized for CI. */
  private static final boolean THOROUGH = Boolean.getBoolean("thorough");
  /** Relative distance allowed between a located breakpoint and the exact one (KendallChoice bisects to 1e-12). */
  static final double TAU_TOL = 1e-9;

  @Test
  void qwenExampleAgreesWithTheExactChoice() throws Exception {
    Game g = GameJson.read(Path.of("examples/qwen25-winogrande.json"));
    KendallReference ref = agree(g, "qwen");
    assertTrue(ref.pieces().size() >= 3, "the example's profile changes: " + ref.pieces());
  }

  @Test
  void randomGamesAgreeWithTheExactChoice() {
    SplittableRandom rng = new SplittableRandom(2323);
    int interior = 0;
    for (int t = 0; t < (THOROUGH ? 50 : 20); t++) {
      Game g = game(rng);
      KendallReference ref = agree(g, "game " + t + " " + GameJson.write(g));
      if (ref.best().tau.signum() > 0 && !ref.best().pne) {
        interior++;
      }
    }
    // the draw is not degenerate: in some games the best level is neither 0 nor a stabilizing one
    assertTrue(interior >= 5, interior + " games choose a level strictly inside the unstable range");
  }

  /** Asserts that KendallChoice on {@code g} equals the reference; returns the reference. */
  static KendallReference agree(Game g, String what) {
    KendallReference ref = KendallReference.of(g);
    Designer d = g.designer().get();
    KendallChoice kc = KendallChoice.of(g, d, DesignerAnalysis.defaultTauMax(ContinuousThreshold.of(g)));
    SmoothPoint b = kc.best();
    KendallReference.Piece e = ref.best();
    String msg = what + "\nreference: " + ref.pieces() + "\nbest " + e + "\nKendallChoice best tau=" + b.tau()
        + " " + java.util.Arrays.toString(b.ranking()) + " K=" + b.kendall() + " U_D=" + b.smoothUtility();
    assertArrayEquals(e.ranking, b.ranking(), msg);
    assertEquals(e.pne, b.pne(), msg);
    assertClose(e.tau, b.tau(), msg);
    assertEquals(e.kendall.doubleValue(), b.kendall(), 1e-12, msg);
    // the utility moves by n kappa' dtau across the breakpoint's location error
    double slack = 1e-9 * Math.max(1, d.reward()) + g.size() * Math.abs(d.kappa().cost(b.tau() * (1 + 2 * TAU_TOL))
        - d.kappa().cost(b.tau()));
    assertEquals(e.value.doubleValue(), b.smoothUtility(), slack, msg);
    List<SmoothPoint> bp = kc.breakpoints();
    assertEquals(ref.pieces().size(), bp.size(), "number of profile changes\n" + msg + "\nKendallChoice: "
        + describe(bp));
    for (int k = 0; k < bp.size(); k++) {
      KendallReference.Piece p = ref.pieces().get(k);
      assertClose(p.tau, bp.get(k).tau(), "piece " + k + "\n" + msg);
      assertArrayEquals(p.ranking, bp.get(k).ranking(), "piece " + k + "\n" + msg);
    }
    return ref;
  }

  private static void assertClose(BigDecimal exact, double located, String msg) {
    double x = exact.doubleValue();
    assertTrue(Math.abs(located - x) <= TAU_TOL * Math.abs(x), "level " + located + " against exact " + x + "\n" + msg);
  }

  private static String describe(List<SmoothPoint> ps) {
    StringBuilder s = new StringBuilder();
    for (SmoothPoint p : ps) {
      s.append("tau=").append(p.tau()).append(p.pne() ? " PNE " : " ").append(java.util.Arrays.toString(p.ranking()))
          .append("; ");
    }
    return s.toString();
  }

  /**
   * A random power-law game on one scale: intercepts decreasing, slopes nonincreasing (sometimes equal), offset
   * {@code x0 >= 1}; rewards of every named scheme or random; linear follower cost, sometimes scaled per model;
   * a designer with a linear or power cost.
   */
  static Game game(SplittableRandom rng) {
    int n = 3 + rng.nextInt(4);
    double floor = rng.nextBoolean() ? 0.5 : 0;
    double x0 = new double[] {1, 1.5, 3}[rng.nextInt(3)];
    List<Model> ms = new ArrayList<>();
    double a = rng.nextDouble(-1, 2);
    double b = rng.nextDouble(0.3, 1.0);
    for (int i = 0; i < n; i++) {
      ms.add(Model.of("m" + i, n - i, PowerLawCurve.of(a, b, floor, 1, x0)));
      a -= rng.nextDouble(0.2, 1.5);
      b = rng.nextInt(5) == 0 ? b : b * rng.nextDouble(0.75, 1);
    }
    Rewards r;
    switch (rng.nextInt(6)) {
      case 0:
        r = Rewards.reciprocal(n);
        break;
      case 1:
        r = Rewards.geometric(n, rng.nextDouble(0.3, 0.9));
        break;
      case 2:
        r = Rewards.linear(n);
        break;
      case 3:
        r = Rewards.topK(n, 1 + rng.nextInt(n - 1));
        break;
      case 4:
        r = Rewards.winnerTakeAll(n);
        break;
      default:
        double[] v = new double[n];
        v[n - 1] = rng.nextDouble(0, 0.2);
        for (int i = n - 2; i >= 0; i--) {
          v[i] = v[i + 1] + (rng.nextInt(4) == 0 ? 0 : rng.nextDouble(0, 1));
        }
        r = Rewards.explicit(v);
    }
    Game g = Game.of(ms, LinearCost.of(Math.pow(10, rng.nextDouble(-5, -2.5))), r);
    if (rng.nextInt(3) == 0) {
      double[] lambda = new double[n];
      for (int i = 0; i < n; i++) {
        lambda[i] = rng.nextDouble(0.5, 2);
      }
      g = g.withCostScale(lambda);
    }
    if (rng.nextInt(4) == 0) {
      g = g.withTieRule(TieRule.LOWER_CAPABILITY);
    }
    CostFunction kappa = rng.nextBoolean() ? LinearCost.of(Math.pow(10, rng.nextDouble(-4, -1)))
        : PowerCost.of(Math.pow(10, rng.nextDouble(-6, -3)), rng.nextDouble(1, 1.5));
    return g.withDesigner(Designer.of(Math.pow(10, rng.nextDouble(0, 3)), kappa));
  }
}
