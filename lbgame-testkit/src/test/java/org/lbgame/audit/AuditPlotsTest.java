package org.lbgame.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.lbgame.fit.FitOptions;
import org.lbgame.fit.PowerLawFitter;
import org.lbgame.fit.TrajectorySet;
import org.lbgame.gen.TrajectoryGenerator;
import org.lbgame.gen.TrajectoryGenerator.ModelSpec;
import org.lbgame.plot.AxisScales;
import org.lbgame.plot.Charts;

/** The audit plots' structure: which series, which axis types, dashed extrapolation, error bars. */
class AuditPlotsTest {
  // measured from step 10 on: the fit below it (to step 0) and beyond the last step is extrapolated
  private static final double[] STEPS = {10, 30, 100, 300, 1000, 3000};

  private static AuditResult audit() {
    SplittableRandom rng = new SplittableRandom(5);
    List<ModelSpec> specs = List.of(new ModelSpec("/m/big-7b", 7, 1.0, 0.30), new ModelSpec("/m/mid-3b", 3, 0.3, 0.32),
        new ModelSpec("/m/small-1b", 1, -0.5, 0.25));
    List<org.lbgame.fit.Trajectory> ts = new java.util.ArrayList<>();
    for (ModelSpec m : specs) {
      ts.add(org.lbgame.fit.Trajectory.of(m.name(), m.capability(),
          TrajectoryGenerator.accuracyNoise(rng, m.a(), m.b(), 0, 1, 1, STEPS, 1000)));
    }
    return AssumptionAudit.run(PowerLawFitter.fitAll(TrajectorySet.of("x", ts), FitOptions.defaults()));
  }

  private static boolean dashed(XYSeries s) {
    return s.getLineStyle() != null && s.getLineStyle().getDashArray() != null;
  }

  @Test
  void fittedCurvesHaveMeasuredPointsWithErrorBarsASolidLabelledFitAndDashedExtrapolations() {
    XYChart c = AuditPlots.fittedCurves(audit());
    assertTrue(c.getStyler().isXAxisLogarithmic());
    assertFalse(c.getStyler().isYAxisLogarithmic());
    assertEquals(Styler.LegendPosition.OutsideE, c.getStyler().getLegendPosition());
    for (String m : new String[] {"big-7b", "mid-3b", "small-1b"}) {
      XYSeries pts = c.getSeriesMap().get(m + ": measured");
      assertEquals(XYSeries.XYSeriesRenderStyle.Scatter, pts.getXYSeriesRenderStyle());
      assertNotNull(pts.getExtraValues(), "error bars");
      for (double se : pts.getExtraValues()) {
        assertTrue(se > 0);
      }
      XYSeries fit = c.getSeriesMap().get(m + ": fit");
      assertTrue(fit.isShowInLegend());
      assertFalse(dashed(fit));
      // the solid piece covers exactly the measured steps (x0 = 1 added)
      assertEquals(11, fit.getXMin(), 1e-9);
      assertEquals(3001, fit.getXMax(), 1e-6);
      XYSeries below = c.getSeriesMap().get(m + ": fit, extrapolated below");
      assertTrue(dashed(below));
      assertEquals(1, below.getXMin(), 1e-12);
      assertTrue(dashed(c.getSeriesMap().get(m + ": fit, extrapolated")));
    }
    long dashedInLegend = c.getSeriesMap().values().stream().filter(s -> dashed(s) && s.isShowInLegend()).count();
    assertEquals(1, dashedInLegend, "one legend entry explains the dashes");
  }

  @Test
  void effortGapsUseASymmetricLogAxisAndDashTheExtrapolatedPart() {
    AuditResult a = audit();
    XYChart c = AuditPlots.effortGaps(a.fit());
    assertFalse(c.getStyler().isYAxisLogarithmic(), "symlog is drawn on a linear axis of transformed values");
    assertNotNull(c.getStyler().getyAxisTickLabelsFormattingFunction());
    assertEquals("1k", c.getStyler().getyAxisTickLabelsFormattingFunction().apply(4.0));
    assertEquals(Styler.LegendPosition.OutsideE, c.getStyler().getLegendPosition());
    for (int k = 1; k < 3; k++) {
      EffortGapCheck.Profile p = EffortGapCheck.profile(a.fit(), k);
      String name = a.fit().curve(k - 1).model().substring(3) + " vs " + a.fit().curve(k).model().substring(3);
      XYSeries solid = c.getSeriesMap().get(name);
      XYSeries extra = c.getSeriesMap().get(name + ", extrapolated");
      assertFalse(solid == null && extra == null, name);
      if (extra != null) {
        assertTrue(dashed(extra));
      }
      // the plotted values are the symlog of the profile's gaps: the solid piece on the grid, the dashed pieces on
      // a subsample of it
      java.util.Map<Double, Double> gap = new java.util.HashMap<>();
      for (int i = 0; i < p.gaps().length; i++) {
        gap.put(p.targets()[i], AxisScales.symlog(p.gaps()[i]));
      }
      int plotted = 0;
      for (XYSeries s : new XYSeries[] {solid, extra}) {
        for (int i = 0; s != null && i < s.getXData().length; i++) {
          if (!Double.isNaN(s.getYData()[i])) {
            assertEquals(gap.get(s.getXData()[i]), s.getYData()[i], 1e-12, name);
            plotted++;
          }
        }
      }
      assertTrue(plotted > 20, name + ": " + plotted);
    }
    assertNull(c.getSeriesMap().get("no finite gaps"));
  }

  @Test
  void residualsOnALogStepAxisWithTheLegendOutside() {
    XYChart c = AuditPlots.residuals(audit().fit());
    assertTrue(c.getStyler().isXAxisLogarithmic());
    assertEquals(Styler.LegendPosition.OutsideE, c.getStyler().getLegendPosition());
    assertEquals(3, c.getSeriesMap().size());
    assertEquals(Charts.PALETTE[0], c.getSeriesMap().get("big-7b").getMarkerColor());
  }
}
