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
  /** Grid points per segment of a dashed piece (XChart starts the dash pattern afresh on every segment). */
  private static final int DASH_EVERY = 12;
  private static final BasicStroke SOLID = new BasicStroke(1.8f);
  // longer gaps than Charts.DASHED: thin curves drawn over a grid must still read as dashed
  private static final BasicStroke DASH = new BasicStroke(1.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
      new float[] {7, 6}, 0);

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
    List<String> labels = labels(fit);
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
        line(c, labels.get(i) + ": fit, extrapolated below", f, x0, 0, lo, color, DASH, i == 0);
      }
      if (hi < top) {
        line(c, labels.get(i) + ": fit, extrapolated", f, x0, hi, top, color, DASH, i == 0 && lo <= 0);
      }
    }
    return c;
  }

  private static void line(XYChart c, String name, FittedCurve f, double x0, double from, double to, Color color,
      BasicStroke stroke, boolean legend) {
    int points = stroke == SOLID ? GRID : GRID / DASH_EVERY;
    double[] x = new double[points];
    double[] y = new double[points];
    double a = Math.log(x0 + from);
    double b = Math.log(x0 + to);
    for (int j = 0; j < points; j++) {
      x[j] = Math.exp(a + (b - a) * j / (points - 1));
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
   * Dashed where an effort lies outside the model's measured steps.
   */
  public static XYChart effortGaps(FitResult fit) {
    XYChart c = new XYChartBuilder().width(1100).height(600)
        .title("C3: effort gap to match the stronger model (dashed: efforts outside the measured steps)")
        .xAxisTitle("target score s").yAxisTitle("X_weaker(s) - X_stronger(s)  [steps, symmetric log scale]").build();
    Charts.style(c.getStyler(), Styler.LegendPosition.OutsideE);
    c.getStyler().setyAxisTickLabelsFormattingFunction(AxisScales::symlogLabel);
    c.getStyler().setYAxisTickMarkSpacingHint(60);
    List<String> labels = labels(fit);
    for (int k = 1; k < fit.curves().size(); k++) {
      EffortGapCheck.Profile p = EffortGapCheck.profile(fit, k);
      double[] rw = fit.curve(k).summary().stepRange();
      double[] rs = fit.curve(k - 1).summary().stepRange();
      Color color = Charts.PALETTE[(k - 1) % Charts.PALETTE.length];
      String name = labels.get(k - 1) + " vs " + labels.get(k);
      int n = p.targets().length;
      boolean[] in = new boolean[n];
      for (int i = 0; i < n; i++) {
        double xw = p.weakerEffort()[i];
        double xsStrong = xw - p.gaps()[i];
        in[i] = xw >= rw[0] && xw <= rw[1] && xsStrong >= rs[0] && xsStrong <= rs[1];
      }
      List<Double> xs = new ArrayList<>();
      List<Double> my = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (Double.isFinite(p.gaps()[i])) {
          // NaN breaks the line: the measured piece is solid
          xs.add(p.targets()[i]);
          my.add(in[i] ? AxisScales.symlog(p.gaps()[i]) : Double.NaN);
        }
      }
      List<Double> ex = new ArrayList<>();
      List<Double> ey = new ArrayList<>();
      for (int i = 0; i < n;) {
        if (in[i] || !Double.isFinite(p.gaps()[i])) {
          i++;
          continue;
        }
        int j = i;
        while (j < n && !in[j] && Double.isFinite(p.gaps()[j])) {
          j++;
        }
        // a dashed piece joins the measured one at its ends; XChart starts the dash pattern afresh on every
        // segment, so the piece gets few, long segments
        int from = i > 0 && in[i - 1] ? i - 1 : i;
        int to = j < n && in[j] ? j : j - 1;
        if (!ey.isEmpty()) {
          ex.add(p.targets()[from]);
          ey.add(Double.NaN);
        }
        for (int m = from; m <= to; m = m == to ? to + 1 : Math.min(m + DASH_EVERY, to)) {
          ex.add(p.targets()[m]);
          ey.add(AxisScales.symlog(p.gaps()[m]));
        }
        i = j;
      }
      if (my.stream().filter(v -> !Double.isNaN(v)).count() > 1) {
        XYSeries s = c.addSeries(name, xs, my);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(color);
        s.setLineStyle(SOLID);
      }
      if (ey.stream().filter(v -> !Double.isNaN(v)).count() > 1) {
        XYSeries s = c.addSeries(name + ", extrapolated", ex, ey);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(color);
        s.setLineStyle(DASH);
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
    List<String> labels = labels(fit);
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

  /** Legend labels: the last path segment where unique, at most {@link Charts#label} long and numbered if cut. */
  private static List<String> labels(FitResult fit) {
    List<String> names = SeriesLabels.shortNames(fit.curves().stream().map(FittedCurve::model).toList());
    List<String> out = new ArrayList<>(names.size());
    for (int i = 0; i < names.size(); i++) {
      out.add(Charts.label(names.get(i), i));
    }
    return out;
  }
}
