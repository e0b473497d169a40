package org.lbgame.oracle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.lbgame.kernel.Enumeration;
import org.lbgame.model.ExponentialSaturationCurve;
import org.lbgame.model.Game;
import org.lbgame.model.GameJson;
import org.lbgame.model.InvalidGameException;
import org.lbgame.model.LinearCost;
import org.lbgame.model.Model;
import org.lbgame.model.PowerCost;
import org.lbgame.model.PowerLawCurve;
import org.lbgame.model.Rewards;
import org.lbgame.model.TieRule;

/**
 * {@link Equilibria#each} at horizon 0 (the single profile, checked without the tables) against the kernel's
 * profile-by-profile enumeration on the tables ({@link Enumeration#allPne}): the same equilibria at every
 * {@code tau} on random games, columnar or not; and the same input errors as building the tables (tie rule, table
 * size) with the same messages.
 */
class SingleProfileTest {
  private static Game game(SplittableRandom rng, int n) {
    List<Model> ms = new ArrayList<>();
    double a = rng.nextDouble(-2, 2);
    for (int i = 0; i < n; i++) {
      ms.add(Model.of("m" + i, n - i, rng.nextBoolean() ? PowerLawCurve.of(a, rng.nextDouble(0.1, 1), 0, 1)
          : ExponentialSaturationCurve.of(0, 1 + rng.nextDouble(), rng.nextDouble(0.1, 1))));
      a -= rng.nextDouble(0, 1);
    }
    return Game.of(ms, rng.nextBoolean() ? LinearCost.of(rng.nextDouble(0, 1)) : PowerCost.of(rng.nextDouble(0, 1), 2),
        Rewards.linear(n));
  }

  private static List<int[]> single(Game g, int tau) {
    List<int[]> out = new ArrayList<>();
    long count = Equilibria.each(g, tau, 0, p -> out.add(p.clone()));
    assertEquals(out.size(), count);
    return out;
  }

  @Test
  void theSingleProfileIsTheKernelsOnlyEquilibrium() {
    SplittableRandom rng = new SplittableRandom(41);
    for (int t = 0; t < 300; t++) {
      Game g = game(rng, 1 + rng.nextInt(7));
      if (t % 2 == 0) {
        g = GameJson.parse(GameJson.write(g));
      }
      int tau = rng.nextInt(5);
      KernelTables k = KernelTables.of(g, tau, 0);
      int[][] kernel = Enumeration.allPne(k.score, k.cost, k.reward, tau, 0);
      List<int[]> ours = single(g, tau);
      assertEquals(kernel.length, ours.size(), "game " + t);
      for (int i = 0; i < kernel.length; i++) {
        assertArrayEquals(kernel[i], ours.get(i), "game " + t);
      }
    }
  }

  private static String error(Runnable r) {
    return assertThrows(InvalidGameException.class, r::run).getMessage();
  }

  @Test
  void inputErrorsAreTheTablesErrors() {
    SplittableRandom rng = new SplittableRandom(42);
    Game g = game(rng, 11);
    Game lower = g.withTieRule(TieRule.LOWER_CAPABILITY);
    String tie = error(() -> KernelTables.of(lower, 0, 0));
    assertTrue(tie.contains("higher-capability"), tie);
    assertEquals(tie, error(() -> single(lower, 0)));
    int tau = 1_000_000;
    String size = error(() -> KernelTables.of(g, tau, 0));
    assertTrue(size.contains("score cells"), size);
    assertEquals(size, error(() -> single(g, tau)));
    // just inside the limit both pass
    int inside = (int) (org.lbgame.solve.DiscreteTables.MAX_CELLS / 11) - 1;
    KernelTables.of(g, inside, 0);
    assertEquals(1, single(g, inside).size());
  }
}
