package org.lbgame.audit;

import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.lbgame.fit.ModelSize;
import org.lbgame.plot.Charts;

/** The plots of the harmony report. */
public final class HarmonyPlots {
  /** The family and tasks of the size-versus-score plot (the inversions the issue names). */
  public static final String SHOWCASE_FAMILY = "Qwen2.5 base";
  /** Tasks shown in the showcase plot. */
  public static final List<String> SHOWCASE_TASKS = List.of("commonsense_qa", "gsm8k");

  private HarmonyPlots() {
  }

  /** All harmony plots. */
  public static List<Charts.Rendered> all(HarmonyAnalysis h) {
    List<Charts.Rendered> out = new ArrayList<>();
    out.add(Charts.render("harmony-tau-per-task", tauPerTask(h)));
    out.add(Charts.render("harmony-agreement", agreement(h)));
    CategoryChart show = showcase(h);
    if (show != null) {
      out.add(Charts.render("harmony-qwen25-base", show));
    }
    return out;
  }

  /** Mean Kendall tau-b with the size order per task, direct evaluation against TbT. */
  public static CategoryChart tauPerTask(HarmonyAnalysis h) {
    CategoryChart c = new CategoryChartBuilder().width(1100).height(520)
        .title("Agreement of each task's ranking with model size (mean over families with >= 3 sizes)")
        .xAxisTitle("task").yAxisTitle("Kendall tau-b with size order").build();
    Charts.style(c.getStyler(), Styler.LegendPosition.OutsideS);
    c.getStyler().setXAxisLabelRotation(60);
    c.getStyler().setYAxisMax(1.0);
    List<String> tasks = new ArrayList<>();
    List<Double> d = new ArrayList<>();
    List<Double> t = new ArrayList<>();
    for (String task : h.data().tasks()) {
      double[] m = h.meanTau(task);
      if (Double.isFinite(m[0]) && Double.isFinite(m[1])) {
        tasks.add(task);
        d.add(m[0]);
        t.add(m[1]);
      }
    }
    double min = 0;
    for (int i = 0; i < d.size(); i++) {
      min = Math.min(min, Math.min(d.get(i), t.get(i)));
    }
    // the axis starts at 0 unless some task ranks against size on average
    c.getStyler().setYAxisMin(Math.floor(min * 10) / 10);
    addOrNone(c, tasks, d, t, "(no task has a family with >= 3 sizes)");
    return c;
  }

  /** Mean pairwise Kendall tau-b between tasks' rankings, per scope, before and after TbT. */
  public static CategoryChart agreement(HarmonyAnalysis h) {
    CategoryChart c = new CategoryChartBuilder().width(1000).height(520)
        .title("Rank agreement across tasks (mean pairwise Kendall tau-b between tasks)")
        .xAxisTitle("models compared").yAxisTitle("mean Kendall tau-b").build();
    Charts.style(c.getStyler(), Styler.LegendPosition.OutsideS);
    c.getStyler().setXAxisLabelRotation(45);
    c.getStyler().setYAxisMin(0.0);
    c.getStyler().setYAxisMax(1.0);
    List<String> scopes = new ArrayList<>();
    List<Double> d = new ArrayList<>();
    List<Double> t = new ArrayList<>();
    for (RankAgreement a : h.agreements()) {
      if (Double.isFinite(a.meanTauDirect()) && Double.isFinite(a.meanTauTbt())) {
        scopes.add(a.scope());
        d.add(a.meanTauDirect());
        t.add(a.meanTauTbt());
      }
    }
    addOrNone(c, scopes, d, t, "(fewer than 2 tasks share models)");
    return c;
  }

  /** The two bar series, or one empty category saying why there is nothing to plot (degenerate data). */
  private static void addOrNone(CategoryChart c, List<String> x, List<Double> d, List<Double> t, String none) {
    if (x.isEmpty()) {
      x = List.of(none);
      d = List.of(0.0);
      t = List.of(0.0);
    }
    c.addSeries("direct evaluation", x, d);
    c.addSeries("train-before-test", x, t);
  }

  /**
   * Scores against model size for the showcase family and tasks: one category per model, labelled with its size
   * ({@code 0.5B}, {@code 1.5B}, ...; ordered, not to scale), direct evaluation dashed, after TbT solid, error bars
   * of one standard error where the data give one.
   */
  public static CategoryChart showcase(HarmonyAnalysis h) {
    CategoryChart c = new CategoryChartBuilder().width(1000).height(560)
        .title(SHOWCASE_FAMILY + ": score against size, direct (dashed) and after TbT (solid), error bars 1 SE")
        .xAxisTitle("model size (one column per model, smallest first)").yAxisTitle("accuracy").build();
    Charts.style(c.getStyler(), Styler.LegendPosition.OutsideE);
    c.getStyler().setDefaultSeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Line);
    c.getStyler().setOverlapped(true);
    c.getStyler().setMarkerSize(8);
    c.getStyler().setErrorBarsColorSeriesColor(true);
    int color = 0;
    for (String task : SHOWCASE_TASKS) {
      FamilyRanking r = h.ranking(task, SHOWCASE_FAMILY);
      if (r == null) {
        continue;
      }
      java.awt.Color col = Charts.PALETTE[color++ % Charts.PALETTE.length];
      int n = r.models().size();
      List<String> sizes = new ArrayList<>();
      List<Double> d = new ArrayList<>();
      List<Double> t = new ArrayList<>();
      List<Double> de = new ArrayList<>();
      List<Double> te = new ArrayList<>();
      // FamilyRanking lists the largest first; a size axis reads smallest first
      for (int i = n - 1; i >= 0; i--) {
        sizes.add(ModelSize.label(r.sizes()[i]));
        d.add(r.direct()[i]);
        t.add(r.tbt()[i]);
        de.add(orZero(h.data().stderr(task, r.models().get(i), false)));
        te.add(orZero(h.data().stderr(task, r.models().get(i), true)));
      }
      CategorySeries ds = c.addSeries(task + " direct", sizes, d, de);
      ds.setLineStyle(Charts.DASHED);
      ds.setLineColor(col);
      ds.setMarkerColor(col);
      ds.setMarker(SeriesMarkers.DIAMOND);
      CategorySeries ts = c.addSeries(task + " TbT", sizes, t, te);
      ts.setLineColor(col);
      ts.setMarkerColor(col);
      ts.setMarker(SeriesMarkers.CIRCLE);
    }
    return c.getSeriesMap().isEmpty() ? null : c;
  }

  private static double orZero(double se) {
    return Double.isNaN(se) ? 0 : se;
  }
}
