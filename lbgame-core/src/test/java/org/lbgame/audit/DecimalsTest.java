package org.lbgame.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DecimalsTest {
  @Test
  void agreesWithTheFormatter() {
    SplittableRandom rng = new SplittableRandom(4);
    double[] edge = {0, -0.0, 0.5, -0.00004, 0.99995, 1e14, -3.25, 12.345649999, 1e16, Double.NaN, 1.115, 2.675,
        1.005, 0.125, -0.0625};
    for (double v : edge) {
      for (int d = 0; d <= 6; d++) {
        assertEquals(String.format(Locale.ROOT, "%." + d + "f", v), Decimals.fixed(v, d), v + " " + d);
      }
    }
    for (int i = 0; i < 100_000; i++) {
      double v = rng.nextDouble(-100, 100) * Math.pow(10, rng.nextInt(-4, 4));
      int d = rng.nextInt(0, 7);
      assertEquals(String.format(Locale.ROOT, "%." + d + "f", v), Decimals.fixed(v, d), v + " " + d);
    }
  }
}
