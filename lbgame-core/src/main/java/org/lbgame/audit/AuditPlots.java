package org.lbgame.audit;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.lbgame.fit.FitResult;
import org.lbgame.fit.FittedCurve;
import org.lbgame.fit.Trajectory;
import org.lbgame.fit.TrajectoryPoint;
import org.lbgame.plot.AxisScales;
import org.lbgame.plot.Charts;
import org.lbgame.plot.SeriesLabels;

/**
 * The plots of the audit report: fitted curves over the points (paper Figure 1, left), effort gaps, residuals.
 * Legends sit outside the data; fitted lines have legend entries; a fitted curve is solid over the model's measured
 * steps and dashed where it is extrapolated; points carry error bars where a standard error is known.
 */
public final class AuditPlots {
  private static final int GRID = 120;
  private static final BasicStroke SOLID = new BasicStroke(1.8f);

  private AuditPlots() {
  }

  /** All audit plots. */
  public static List<Charts.Rendered> all(AuditResult audit) {
    List<Charts.Rendered> out = new ArrayList<>();
    out.add(Charts.render("fitted-curves", fittedCurves(audit)));
    if (audit.fit().curves().size() > 1) {
      out.add(Charts.render("effort-gaps", effortGaps(audit.fit())));
    }
    out.add(Charts.render("residuals", residuals(audit.fit())));
    return out;
  }

  /** The fitted curves without error bars (no noise model at hand). */
  public static XYChart fittedCurves(FitResult fit) {
    return fittedCurves(fit, NoiseModel.exact(), false);
  }

  /** Scores against {@code x0 + steps} on a log axis with error bars from the audit's noise model. */
  public static XYChart fittedCurves(AuditResult audit) {
    return fittedCurves(audit.fit(), audit.options().noise(), true);
  }

  private static XYChart fittedCurves(FitResult fit, NoiseModel noise, boolean errorBars) {
    double x0 = fit.options().offset();
    XYChart c = new XYChartBuilder().width(1100).height(600)
        .title("Fitted generalized power law over the measured points (dashed: fit extrapolated beyond them)")
        .xAxisTitle("added training steps + x0 (log scale, x0 = " + AxisScales.compact(x0) + ")")
        .yAxisTitle("score (error bars: 1 SE)").build();
    Charts.style(c.getStyler(), Styler.LegendPosition.OutsideE);
    c.getStyler().setXAxisLogarithmic(true);
    // a formatting function would replace XChart's log tick calculator by a linear one: a pattern keeps the log axis
    c.getStyler().setXAxisDecimalPattern("#,##0.###");
    c.getStyler().setMarkerSize(7);
    c.getStyler().setErrorBarsColorSeriesColor(true);
    List<String> labels = SeriesLabels.shortNames(fit.curves().stream().map(FittedCurve::model).toList());
    double top = Math.max(fit.data().maxSteps(), 1) * 1.2;
    for (int i = 0; i < fit.curves().size(); i++) {
      FittedCurve f = fit.curve(i);
      Trajectory t = fit.data().get(i);
      Color color = Charts.PALETTE[i % Charts.PALETTE.length];
      int n = t.points().size();
      double[] px = new double[n];
      double[] py = new double[n];
      double[] pe = new double[n];
      boolean anySe = false;
      for (int j = 0; j < n; j++) {
        TrajectoryPoint p = t.points().get(j);
        px[j] = x0 + p.steps();
        py[j] = p.score();
        double se = noise.se(p);
        pe[j] = Double.isNaN(se) ? 0 : se;
        anySe |= se > 0;
      }
      XYSeries pts = errorBars && anySe ? c.addSeries(labels.get(i) + ": measured", px, py, pe)
          : c.addSeries(labels.get(i) + ": measured", px, py);
      pts.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
      pts.setMarker(SeriesMarkers.CIRCLE);
      pts.setMarkerColor(color);
      double[] range = f.summary().stepRange();
      double lo = Double.isNaN(range[0]) ? 0 : range[0];
      double hi = Double.isNaN(range[1]) ? top : range[1];
      line(c, labels.get(i) + ": fit", f, x0, lo, hi, color, SOLID, true);
      // below the first and beyond the last measured step the curve is the model's guess: dashed, one legend entry
      if (lo > 0) {
        line(c, labels.get(i) + ": fit, extrapolated below", f, x0, 0, lo, color, Charts.DASHED, i == 0);
      }
      if (hi < top) {
        line(c, labels.get(i) + ": fit, extrapolated", f, x0, hi, top, color, Charts.DASHED, i == 0 && lo <= 0);
      }
    }
    return c;
  }

  private static void line(XYChart c, String name, FittedCurve f, double x0, double from, double to, Color color,
      BasicStroke stroke, boolean legend) {
    double[] x = new double[GRID];
    double[] y = new double[GRID];
    double a = Math.log(x0 + from);
    double b = Math.log(x0 + to);
    for (int j = 0; j < GRID; j++) {
      x[j] = Math.exp(a + (b - a) * j / (GRID - 1));
      y[j] = f.value(x[j] - x0);
    }
    XYSeries s = c.addSeries(name, x, y);
    s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
    s.setMarker(SeriesMarkers.NONE);
    s.setLineColor(color);
    s.setLineStyle(stroke);
    s.setShowInLegend(legend);
  }

  /**
   * The C3 effort gap {@code D(s) = X_k(s) - X_{k-1}(s)} against the target score, one line per adjacent pair, on a
   * symmetric-log axis ({@link AxisScales#symlog}): gaps span many orders of magnitude and turn negative where C1 fails.
   * Dashed where the weaker model's effort lies beyond its measured steps.
   */
  public static XYChart effortGaps(FitResult fit) {
    XYChart c = new XYChartBuilder().width(1100).height(600)
        .title("C3: effort gap to match the stronger model (dashed: beyond the weaker model's measured steps)")
        .xAxisTitle("target score s").yAxisTitle("X_weaker(s) - X_stronger(s)  [steps, symmetric log scale]").build();
    Charts.style(c.getStyler(), Styler.LegendPosition.OutsideE);
    c.getStyler().setyAxisTickLabelsFormattingFunction(AxisScales::symlogLabel);
    c.getStyler().setYAxisTickMarkSpacingHint(60);
    List<String> labels = SeriesLabels.shortNames(fit.curves().stream().map(FittedCurve::model).toList());
    for (int k = 1; k < fit.curves().size(); k++) {
      EffortGapCheck.Profile p = EffortGapCheck.profile(fit, k);
      double last = fit.curve(k).summary().stepRange()[1];
      Color color = Charts.PALETTE[(k - 1) % Charts.PALETTE.length];
      String name = labels.get(k - 1) + " vs " + labels.get(k);
      List<Double> mx = new ArrayList<>();
      List<Double> my = new ArrayList<>();
      List<Double> ex = new ArrayList<>();
      List<Double> ey = new ArrayList<>();
      for (int i = 0; i < p.targets().length; i++) {
        if (!Double.isFinite(p.gaps()[i])) {
          continue;
        }
        boolean measured = p.weakerEffort()[i] <= last;
        // the boundary point goes to both parts so that the solid and dashed pieces join
        if (measured || !mx.isEmpty() && ex.isEmpty()) {
          mx.add(p.targets()[i]);
          my.add(AxisScales.symlog(p.gaps()[i]));
        }
        if (!measured) {
          ex.add(p.targets()[i]);
          ey.add(AxisScales.symlog(p.gaps()[i]));
        }
      }
      if (mx.size() > 1) {
        XYSeries s = c.addSeries(name, mx, my);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(color);
        s.setLineStyle(SOLID);
      }
      if (ex.size() > 1) {
        XYSeries s = c.addSeries(name + ", extrapolated", ex, ey);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(color);
        s.setLineStyle(Charts.DASHED);
      }
    }
    if (c.getSeriesMap().isEmpty()) {
      XYSeries s = c.addSeries("no finite gaps", new double[] {0, 1}, new double[] {0, 0});
      s.setMarker(SeriesMarkers.NONE);
    }
    return c;
  }

  /** Logit-scale residuals against {@code x0 + steps} (log axis). */
  public static XYChart residuals(FitResult fit) {
    double x0 = fit.options().offset();
    XYChart c = new XYChartBuilder().width(1100).height(460).title("Residuals of the logit-scale fit")
        .xAxisTitle("added training steps + x0 (log scale)").yAxisTitle("observed - fitted logit").build();
    Charts.style(c.getStyler(), Styler.LegendPosition.OutsideE);
    c.getStyler().setXAxisLogarithmic(true);
    // a formatting function would replace XChart's log tick calculator by a linear one: a pattern keeps the log axis
    c.getStyler().setXAxisDecimalPattern("#,##0.###");
    List<String> labels = SeriesLabels.shortNames(fit.curves().stream().map(FittedCurve::model).toList());
    for (int i = 0; i < fit.curves().size(); i++) {
      FittedCurve f = fit.curve(i);
      double[] x = f.summary().usedSteps().clone();
      for (int j = 0; j < x.length; j++) {
        x[j] += x0;
      }
      if (x.length == 0) {
        continue;
      }
      XYSeries s = c.addSeries(labels.get(i), x, f.summary().residuals());
      s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
      s.setMarker(SeriesMarkers.CIRCLE);
      s.setMarkerColor(Charts.PALETTE[i % Charts.PALETTE.length]);
    }
    return c;
  }
}
