package org.lbgame.designer;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.lbgame.plot.Charts;
import org.lbgame.model.Game;

/** The designer's plots (XChart; rendered with {@link Charts}): Figure 1 right, costs against gaps, utilities. */
public final class DesignerPlots {
  private static final int WIDTH = 900;
  private static final int HEIGHT = 560;

  private DesignerPlots() {
  }

  /** Figure 1 (right): every {@code Delta_k(tau)} (thin) and {@code min_k Delta_k(tau)} (bold), log axes, {@code tau*} marked. */
  public static Charts.Rendered deltaCurve(DeltaCurve c, double tauStar) {
    Game g = c.game();
    XYChart ch = new XYChartBuilder().width(WIDTH).height(HEIGHT)
        .title("Just-overtake effort Delta_k(tau) under tune-before-test: " + name(g))
        .xAxisTitle("TbT level tau (steps, log)").yAxisTitle("extra effort to overtake (steps, log)").build();
    Charts.style(ch.getStyler(), Styler.LegendPosition.OutsideE);
    ch.getStyler().setXAxisLogarithmic(true);
    ch.getStyler().setYAxisLogarithmic(true);
    double lo = Double.POSITIVE_INFINITY;
    double hi = 0;
    // the minimum first, wide and grey, so that the pair attaining it stays visible on top of it
    double[][] m = positive(c, c::minDelta);
    if (m[0].length > 0) {
      XYSeries s = line(ch, "min_k Delta_k(tau)", m);
      s.setLineColor(new Color(60, 60, 60));
      s.setLineStyle(new BasicStroke(6f));
    }
    for (int k = 1; k < g.size(); k++) {
      final int kk = k;
      double[][] xy = positive(c, t -> c.delta(t, kk));
      if (xy[0].length > 0) {
        XYSeries s = line(ch, "Delta_" + (k + 1) + ": " + Charts.label(g.model(k).name(), k) + " > "
            + Charts.label(g.model(k - 1).name(), k - 1), xy);
        s.setLineColor(Charts.PALETTE[(k - 1) % Charts.PALETTE.length]);
        s.setLineStyle(new BasicStroke(1.8f));
        for (double y : xy[1]) {
          lo = Math.min(lo, y);
          hi = Math.max(hi, y);
        }
      }
    }
    if (Double.isFinite(tauStar) && tauStar >= 1 && hi > 0) {
      XYSeries s = line(ch, "tau* = " + fmt(tauStar), new double[][] {{tauStar, tauStar}, {lo, hi}});
      s.setLineColor(Color.GRAY);
      s.setLineStyle(Charts.DASHED);
    }
    return Charts.render("delta-curve", ch);
  }

  /** {@code lambda_k c(Delta_k(tau))} (solid) against the reward gaps {@code r_{k-1} - r_k} (dashed), log axes. */
  public static Charts.Rendered costAgainstGap(DeltaCurve c) {
    Game g = c.game();
    XYChart ch = new XYChartBuilder().width(WIDTH).height(HEIGHT)
        .title("Cost of overtaking c(Delta_k(tau)) against the reward gap: " + name(g))
        .xAxisTitle("TbT level tau (steps, log)").yAxisTitle("reward units (log)").build();
    Charts.style(ch.getStyler(), Styler.LegendPosition.OutsideE);
    ch.getStyler().setXAxisLogarithmic(true);
    ch.getStyler().setYAxisLogarithmic(true);
    double x0 = Double.POSITIVE_INFINITY;
    double x1 = 0;
    for (int t = 0; t < c.size(); t++) {
      if (c.tau(t) > 0) {
        x0 = Math.min(x0, c.tau(t));
        x1 = Math.max(x1, c.tau(t));
      }
    }
    for (int k = 1; k < g.size(); k++) {
      Color col = Charts.PALETTE[(k - 1) % Charts.PALETTE.length];
      final int kk = k;
      double[][] xy = positive(c, t -> c.cost(t, kk));
      if (xy[0].length > 0) {
        XYSeries s = line(ch, "c(Delta_" + (k + 1) + ")", xy);
        s.setLineColor(col);
        s.setLineWidth(1.5f);
      }
      if (c.gap(k) > 0 && x1 > 0) {
        XYSeries s = line(ch, "gap r_" + k + " - r_" + (k + 1) + " = " + fmt(c.gap(k)),
            new double[][] {{x0, x1}, {c.gap(k), c.gap(k)}});
        s.setLineColor(col);
        s.setLineStyle(Charts.DASHED);
      }
    }
    return Charts.render("cost-vs-gap", ch);
  }

  /** The designer's utility on the grid: smooth ({@code R K - n kappa}) and indicator variants, log {@code tau} axis. */
  public static Charts.Rendered utility(StackelbergChoice s, Game g) {
    XYChart ch = new XYChartBuilder().width(WIDTH).height(HEIGHT)
        .title("Designer's utility against the TbT level: " + name(g))
        .xAxisTitle("TbT level tau (steps, log)").yAxisTitle("U_D(tau)").build();
    Charts.style(ch.getStyler(), Styler.LegendPosition.InsideSW);
    ch.getStyler().setXAxisLogarithmic(true);
    List<Double> x = new ArrayList<>();
    List<Double> ys = new ArrayList<>();
    List<Double> yi = new ArrayList<>();
    for (SmoothPoint p : s.smooth()) {
      if (p.tau() > 0) {
        x.add(p.tau());
        ys.add(p.smoothUtility());
        yi.add(p.indicatorUtility());
      }
    }
    if (!x.isEmpty()) {
      XYSeries a = ch.addSeries("R * Kendall tau - n kappa(tau)", x, ys);
      a.setMarker(SeriesMarkers.NONE);
      a.setLineWidth(2f);
      XYSeries b = ch.addSeries("R * [ranking correct] - n kappa(tau)", x, yi);
      b.setMarker(SeriesMarkers.NONE);
      b.setLineStyle(Charts.DASHED);
    }
    return Charts.render("designer-utility", ch);
  }

  private static XYSeries line(XYChart ch, String name, double[][] xy) {
    XYSeries s = ch.addSeries(name, xy[0], xy[1]);
    s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
    s.setMarker(SeriesMarkers.NONE);
    s.setLineStyle(new BasicStroke(1.5f));
    return s;
  }

  /** The points with {@code tau > 0} and a finite positive value (log axes cannot show the others). */
  private static double[][] positive(DeltaCurve c, java.util.function.IntToDoubleFunction f) {
    List<double[]> pts = new ArrayList<>();
    for (int t = 0; t < c.size(); t++) {
      double y = f.applyAsDouble(t);
      if (c.tau(t) > 0 && y > 0 && Double.isFinite(y)) {
        pts.add(new double[] {c.tau(t), y});
      }
    }
    double[][] xy = new double[2][pts.size()];
    for (int i = 0; i < pts.size(); i++) {
      xy[0][i] = pts.get(i)[0];
      xy[1][i] = pts.get(i)[1];
    }
    return xy;
  }

  private static String name(Game g) {
    return g.name().isEmpty() ? g.size() + " models" : g.name();
  }

  static String fmt(double v) {
    return String.format(java.util.Locale.ROOT, "%.4g", v);
  }
}
