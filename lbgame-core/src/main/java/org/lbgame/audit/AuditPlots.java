package org.lbgame.audit;

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
import org.lbgame.plot.Charts;

/** The plots of the audit report: fitted curves over the points (paper Figure 1, left), effort gaps, residuals. */
public final class AuditPlots {
  private AuditPlots() {
  }

  /** Largest number of models (and of adjacent pairs) drawn in one plot; larger audits draw evenly spaced ones. */
  public static final int PLOTTED = 12;

  /**
   * The indexes drawn out of {@code 0..n-1} (from {@code first}): all of them up to {@link #PLOTTED}, else
   * {@link #PLOTTED} evenly spaced ones, the first and the last included. A plot of a thousand series has a
   * legend nobody can read and takes minutes and gigabytes to render; the tables keep every model.
   */
  static int[] plotted(int first, int n) {
    int count = n - first;
    if (count <= PLOTTED) {
      int[] all = new int[Math.max(0, count)];
      for (int j = 0; j < all.length; j++) {
        all[j] = first + j;
      }
      return all;
    }
    int[] some = new int[PLOTTED];
    for (int j = 0; j < PLOTTED; j++) {
      some[j] = first + (int) Math.round((double) j * (count - 1) / (PLOTTED - 1));
    }
    return some;
  }

  private static String of(int shown, int n, String what) {
    return shown < n ? " (" + shown + " of " + n + " " + what + ", evenly spaced)" : "";
  }

  /** All audit plots. */
  public static List<Charts.Rendered> all(AuditResult audit) {
    List<Charts.Rendered> out = new ArrayList<>();
    out.add(Charts.render("fitted-curves", fittedCurves(audit.fit())));
    if (audit.fit().curves().size() > 1) {
      out.add(Charts.render("effort-gaps", effortGaps(audit.fit())));
    }
    out.add(Charts.render("residuals", residuals(audit.fit())));
    return out;
  }

  /** Scores against {@code x0 + steps} on a log axis, with the fitted curves (as in the paper's Figure 1, left). */
  public static XYChart fittedCurves(FitResult fit) {
    double x0 = fit.options().offset();
    int[] shown = plotted(0, fit.curves().size());
    XYChart c = new XYChartBuilder().width(900).height(560).title("Fitted generalized power law over the measured points"
        + of(shown.length, fit.curves().size(), "models"))
        .xAxisTitle("x0 + added training steps (log scale, x0 = " + AuditReport.num(x0) + ")").yAxisTitle("score").build();
    Charts.style(c.getStyler(), Styler.LegendPosition.InsideSE);
    c.getStyler().setXAxisLogarithmic(true);
    c.getStyler().setMarkerSize(7);
    double max = Math.max(fit.data().maxSteps(), 1) * 1.2;
    int grid = 200;
    for (int i : shown) {
      FittedCurve f = fit.curve(i);
      Trajectory t = fit.data().get(i);
      java.awt.Color color = Charts.PALETTE[i % Charts.PALETTE.length];
      double[] px = t.points().stream().mapToDouble(p -> x0 + p.steps()).toArray();
      double[] py = t.points().stream().mapToDouble(TrajectoryPoint::score).toArray();
      XYSeries pts = c.addSeries(Charts.label(f.model(), i) + " (measured)", px, py);
      pts.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
      pts.setMarker(SeriesMarkers.CIRCLE);
      pts.setMarkerColor(color);
      double[] cx = new double[grid];
      double[] cy = new double[grid];
      for (int j = 0; j < grid; j++) {
        cx[j] = Math.exp(Math.log(x0) + (Math.log(x0 + max) - Math.log(x0)) * j / (grid - 1));
        cy[j] = f.value(cx[j] - x0);
      }
      XYSeries line = c.addSeries(Charts.label(f.model(), i) + " (fit)", cx, cy);
      line.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
      line.setMarker(SeriesMarkers.NONE);
      line.setLineColor(color);
      line.setShowInLegend(false);
    }
    return c;
  }

  /** The C3 effort gap {@code D(s) = X_k(s) - X_{k-1}(s)} against the target score, one line per adjacent pair. */
  public static XYChart effortGaps(FitResult fit) {
    int[] shown = plotted(1, fit.curves().size());
    XYChart c = new XYChartBuilder().width(900).height(560).title("C3: effort gap to match the stronger model"
        + of(shown.length, fit.curves().size() - 1, "pairs"))
        .xAxisTitle("target score s").yAxisTitle("X_weaker(s) - X_stronger(s)  [steps]").build();
    Charts.style(c.getStyler(), Styler.LegendPosition.InsideNW);
    boolean allPositive = true;
    for (int k : shown) {
      EffortGapCheck.Profile p = EffortGapCheck.profile(fit, k);
      List<Double> xs = new ArrayList<>();
      List<Double> ys = new ArrayList<>();
      for (int i = 0; i < p.targets().length; i++) {
        if (Double.isFinite(p.gaps()[i])) {
          xs.add(p.targets()[i]);
          ys.add(p.gaps()[i]);
          allPositive &= p.gaps()[i] > 0;
        }
      }
      if (xs.size() < 2) {
        continue;
      }
      XYSeries s = c.addSeries(Charts.label(fit.curve(k - 1).model(), k - 1) + " vs " + Charts.label(fit.curve(k).model(), k), xs, ys);
      s.setMarker(SeriesMarkers.NONE);
      s.setLineColor(Charts.PALETTE[k % Charts.PALETTE.length]);
    }
    // gaps span orders of magnitude: log scale whenever every gap is positive (C1 holding makes them so)
    c.getStyler().setYAxisLogarithmic(allPositive && !c.getSeriesMap().isEmpty());
    if (!allPositive) {
      c.setYAxisTitle("X_weaker(s) - X_stronger(s)  [steps]");
    } else {
      c.setYAxisTitle("X_weaker(s) - X_stronger(s)  [steps, log scale]");
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
    int[] shown = plotted(0, fit.curves().size());
    XYChart c = new XYChartBuilder().width(900).height(420).title("Residuals of the logit-scale fit"
        + of(shown.length, fit.curves().size(), "models"))
        .xAxisTitle("x0 + added training steps (log scale)").yAxisTitle("observed - fitted logit").build();
    Charts.style(c.getStyler(), Styler.LegendPosition.OutsideE);
    c.getStyler().setXAxisLogarithmic(true);
    for (int i : shown) {
      FittedCurve f = fit.curve(i);
      double[] x = f.summary().usedSteps().clone();
      for (int j = 0; j < x.length; j++) {
        x[j] += x0;
      }
      XYSeries s = c.addSeries(Charts.label(f.model(), i), x, f.summary().residuals());
      s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
      s.setMarker(SeriesMarkers.CIRCLE);
      s.setMarkerColor(Charts.PALETTE[i % Charts.PALETTE.length]);
    }
    return c;
  }
}
