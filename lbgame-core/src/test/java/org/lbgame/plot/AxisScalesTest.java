package org.lbgame.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AxisScalesTest {
  @Test
  void symlogIsLinearNearZeroLogarithmicBeyondAndInvertible() {
    assertEquals(0, AxisScales.symlog(0));
    assertEquals(0.5, AxisScales.symlog(0.5));
    assertEquals(2, AxisScales.symlog(10), 1e-15);
    assertEquals(4, AxisScales.symlog(1000), 1e-15);
    assertEquals(-3, AxisScales.symlog(-100), 1e-15);
    for (double y : new double[] {-6e15, -3.5, -1, 0.25, 1, 7, 6e15}) {
      assertEquals(y, AxisScales.symlogInverse(AxisScales.symlog(y)), Math.abs(y) * 1e-14);
    }
  }

  @Test
  void labelsArePowersOfTenAtWholeCoordinates() {
    assertEquals("0", AxisScales.symlogLabel(0));
    assertEquals("10", AxisScales.symlogLabel(2));
    assertEquals("1k", AxisScales.symlogLabel(4));
    assertEquals("-100", AxisScales.symlogLabel(-3));
    assertEquals("1e+15", AxisScales.symlogLabel(16));
    assertEquals("32", AxisScales.symlogLabel(2.5));
    assertEquals("1.5k", AxisScales.compact(1500));
  }

  @Test
  void shortNamesUseTheLastSegmentWhenUnique() {
    assertEquals(List.of("pythia-1.4b", "pythia-410m"),
        SeriesLabels.shortNames(List.of("/path/models/pythia-1.4b", "/path/models/pythia-410m")));
    assertEquals(List.of("/a/hf", "/b/hf", "x"), SeriesLabels.shortNames(List.of("/a/hf", "/b/hf", "/c/x")));
  }
}
