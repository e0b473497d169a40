package org.lbgame.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.apache.commons.math3.stat.correlation.KendallsCorrelation;
import org.junit.jupiter.api.Test;

class KendallTauTest {
  @Test
  void handCountedWithoutTies() {
    KendallTau t = KendallTau.of(new double[] {1, 2, 3, 4}, new double[] {1, 3, 2, 4});
    assertEquals(5, t.concordant());
    assertEquals(1, t.discordant());
    assertEquals(4.0 / 6, t.tauB(), 1e-15);
  }

  @Test
  void handCountedWithTies() {
    // pairs: (1,2) C, (1,3) C, (1,4) C, (2,3) tie in x, (2,4) C, (3,4) tie in y: tau_b = 4 / sqrt(5 * 5)
    KendallTau t = KendallTau.of(new double[] {1, 2, 2, 3}, new double[] {1, 2, 3, 3});
    assertEquals(4, t.concordant());
    assertEquals(0, t.discordant());
    assertEquals(1, t.tiesX());
    assertEquals(1, t.tiesY());
    assertEquals(0.8, t.tauB(), 1e-15);
    assertTrue(Double.isNaN(KendallTau.of(new double[] {1, 1}, new double[] {1, 2}).tauB()));
  }

  @Test
  void agreesWithCommonsMathOnRandomTiedData() {
    SplittableRandom rng = new SplittableRandom(7);
    KendallsCorrelation cm = new KendallsCorrelation();
    for (int trial = 0; trial < 200; trial++) {
      int n = 2 + rng.nextInt(12);
      double[] x = new double[n];
      double[] y = new double[n];
      for (int i = 0; i < n; i++) {
        x[i] = rng.nextInt(5);
        y[i] = rng.nextInt(5);
      }
      double ours = KendallTau.of(x, y).tauB();
      double theirs = cm.correlation(x, y);
      if (Double.isNaN(ours)) {
        assertTrue(Double.isNaN(theirs));
      } else {
        assertEquals(theirs, ours, 1e-12);
      }
    }
  }
}
