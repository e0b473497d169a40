package org.lbgame.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CurvesTest {

  @Test
  void powerLawValueIsTheLogisticOfTheLatent() {
    PowerLawCurve c = PowerLawCurve.of(0.3, 0.7, 0.5, 1.0, 1);
    double x = 12.5;
    double z = 0.3 + 0.7 * Math.log(1 + x);
    assertEquals(0.5 + 0.5 / (1 + Math.exp(-z)), c.value(x), 1e-15);
    assertEquals(1.0, c.saturation());
  }

  @Test
  void powerLawReachMatchesSpecClosedFormAndTheGenericBracketing() {
    PowerLawCurve c = PowerLawCurve.of(-0.4, 0.55, 0.25, 0.95, 2.0);
    for (double s : new double[] {0.65, 0.7, 0.9, 0.94}) {
      double u = (s - 0.25) / 0.7;
      double expected = Math.exp((Math.log(u / (1 - u)) + 0.4) / 0.55) - 2.0;
      assertEquals(expected, c.reach(s), 1e-9 * expected);
      assertEquals(expected, Inverse.reach(c, s), 1e-9 * expected);
      assertEquals(s, c.value(c.reach(s)), 1e-12);
    }
    assertEquals(0, c.reach(0.2));
    assertEquals(Double.POSITIVE_INFINITY, c.reach(0.95));
    assertEquals(Double.POSITIVE_INFINITY, c.exceed(0.95));
  }

  @Test
  void exponentialReachIsTheLogInverse() {
    ExponentialSaturationCurve c = ExponentialSaturationCurve.of(0.5, 1.0, 2.0);
    // 1 - 0.5 e^{-2x} = 0.9  <=>  x = ln(5)/2
    assertEquals(Math.log(5) / 2, c.reach(0.9), 1e-14);
    assertEquals(Math.log(5) / 2, Inverse.exceed(c, 0.9), 1e-12);
    assertEquals(0, c.reach(0.5));
    assertEquals(Double.POSITIVE_INFINITY, c.reach(1.0));
  }

  @Test
  void tabulatedInterpolatesLinearlyAndIsFlatAfterTheLastPoint() {
    TabulatedCurve c = TabulatedCurve.of(new double[] {0, 10, 20, 30}, new double[] {0.5, 0.7, 0.7, 0.8});
    assertEquals(0.6, c.value(5), 1e-15);
    assertEquals(0.75, c.value(25), 1e-15);
    assertEquals(0.8, c.value(1000));
    assertEquals(0.8, c.saturation());
    // the flat piece at 0.7: reached at 10, exceeded only after 20
    assertEquals(10, c.reach(0.7), 1e-12);
    assertEquals(20, c.exceed(0.7), 1e-12);
    assertEquals(5, c.reach(0.6), 1e-12);
    assertEquals(30, c.reach(0.8), 1e-12);
    assertEquals(Double.POSITIVE_INFINITY, c.exceed(0.8));
    assertEquals(0, c.exceed(0.4));
  }

  @Test
  void malformedCurvesAreInputErrorsNamingFieldRuleAndValue() {
    InvalidGameException e = assertThrows(InvalidGameException.class, () -> PowerLawCurve.of(0, 1, 1.0, 1.0, 1));
    assertEquals("floor", e.field());
    assertEquals("1", e.value());
    assertEquals("b", assertThrows(InvalidGameException.class, () -> PowerLawCurve.of(0, -1, 0, 1, 1)).field());
    assertEquals("a", assertThrows(InvalidGameException.class, () -> PowerLawCurve.of(Double.NaN, 1, 0, 1, 1))
        .field());
    assertEquals("rate", assertThrows(InvalidGameException.class,
        () -> ExponentialSaturationCurve.of(0, 1, Double.POSITIVE_INFINITY)).field());
    assertEquals("x[0]", assertThrows(InvalidGameException.class,
        () -> TabulatedCurve.of(new double[] {-1, 2}, new double[] {0, 1})).field());
    assertEquals("x[2]", assertThrows(InvalidGameException.class,
        () -> TabulatedCurve.of(new double[] {0, 2, 2}, new double[] {0, 1, 1})).field());
    assertEquals("y[1]", assertThrows(InvalidGameException.class,
        () -> TabulatedCurve.of(new double[] {0, 2}, new double[] {1, 0.5})).field());
  }
}
