package org.lbgame.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EncodingTest {

  @Test
  void orderKeyPreservesTheOrderOfDoublesExactly() {
    double[] v = {Double.NEGATIVE_INFINITY, -Double.MAX_VALUE, -1e300, -1.0, -Math.nextDown(1.0) * 0.5,
        -Double.MIN_NORMAL, -Double.MIN_VALUE, -0.0, 0.0, Double.MIN_VALUE, Double.MIN_NORMAL, 0.1, Math.nextUp(0.1),
        1.0, Math.nextUp(1.0), 1e300, Double.MAX_VALUE, Double.POSITIVE_INFINITY};
    for (double a : v) {
      for (double b : v) {
        int expected = a < b ? -1 : a > b ? 1 : 0; // -0.0 == 0.0 as doubles
        assertEquals(expected, Long.signum(Long.compare(Encoding.orderKey(a), Encoding.orderKey(b))), a + " vs " + b);
      }
    }
  }

  @Test
  void scaleExponentFitsTheLargestValueUnderTheBound() {
    assertEquals(60, Encoding.scaleExponent(1.0, 60));
    assertEquals(58, Encoding.scaleExponent(3.0, 60));
    assertEquals(0, Encoding.scaleExponent(0, 60));
    assertTrue(Math.scalb(0.3, Encoding.scaleExponent(0.3, 60)) <= Math.scalb(1.0, 60));
    assertTrue(Encoding.exact(0.5, 3));
    assertFalse(Encoding.exact(0.1, 3));
    assertEquals(4, Encoding.scaled(0.5, 3));
  }
}
