package org.lbgame.oracle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.lbgame.kernel.Enumeration;

/** The structured enumeration agrees with the kernel's plain profile-by-profile enumeration. */
class FastEnumerationTest {
  private static long[][] table(SplittableRandom rng, int n, int width, boolean monotone, int spread) {
    long[][] s = new long[n][width];
    for (int i = 0; i < n; i++) {
      long v = rng.nextInt(spread);
      for (int x = 0; x < width; x++) {
        s[i][x] = v;
        v += monotone ? rng.nextInt(3) : rng.nextInt(5) - 2;
      }
    }
    return s;
  }

  @Test
  void agreesWithTheKernelOnRandomTables() {
    SplittableRandom rng = new SplittableRandom(2024);
    int withPne = 0;
    for (int t = 0; t < 400; t++) {
      int n = 1 + rng.nextInt(4);
      int horizon = rng.nextInt(5);
      int tau = rng.nextInt(3);
      boolean monotone = rng.nextInt(4) != 0;
      long[][] score = table(rng, n, tau + horizon + 1, monotone, 6);
      long[][] cost = table(rng, n, horizon + 1, rng.nextBoolean(), 3);
      long[] reward = new long[n];
      for (int r = 0; r < n; r++) {
        reward[r] = rng.nextInt(8) - (rng.nextInt(5) == 0 ? 4 : 0);
      }
      int[][] plain = Enumeration.allPne(score, cost, reward, tau, horizon);
      int[][] fast = FastEnumeration.allPne(score, cost, reward, tau, horizon);
      assertArrayEquals(plain, fast, "try " + t);
      withPne += plain.length > 0 ? 1 : 0;
    }
    assertTrue(withPne > 100 && withPne < 400, "both outcomes exercised: " + withPne);
  }

  @Test
  void agreesOnTheBenchmarkShapes() {
    SplittableRandom rng = new SplittableRandom(5);
    for (int[] shape : new int[][] {{4, 9}, {3, 20}, {3, 6}}) {
      EnumerateBenchmarkGame g = EnumerateBenchmarkGame.of(shape[0], shape[1], rng.nextLong(),
          shape[1] == 6 ? "all-equilibria" : "crossing");
      assertArrayEquals(Enumeration.allPne(g.score, g.cost, g.reward, 0, g.horizon),
          FastEnumeration.allPne(g.score, g.cost, g.reward, 0, g.horizon));
      if (shape[1] == 6) {
        assertTrue(Enumeration.allPne(g.score, g.cost, g.reward, 0, g.horizon).length == 7 * 7 * 7);
      }
    }
  }
}
