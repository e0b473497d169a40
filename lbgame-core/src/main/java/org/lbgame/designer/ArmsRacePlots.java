package org.lbgame.designer;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.lbgame.plot.Charts;
import org.lbgame.model.Game;

/** Plots of the arms race: every developer's effort and rank after each move. */
public final class ArmsRacePlots {
  private ArmsRacePlots() {
  }

  /** Effort trajectories (steps of extra effort against the move number). */
  public static Charts.Rendered efforts(ArmsRaceResult r) {
    return chart(r, "dynamics-effort", "extra effort e_i (steps)", false);
  }

  /** Rank trajectories at the end of every round (1 = first place, drawn at the top; within a round ranks flip every move). */
  public static Charts.Rendered ranks(ArmsRaceResult r) {
    return chart(r, "dynamics-rank", "rank at the end of the round (1 = first; drawn as -rank)", true);
  }

  private static Charts.Rendered chart(ArmsRaceResult r, String stem, String y, boolean rank) {
    Game g = r.game();
    XYChart ch = new XYChartBuilder().width(900).height(520)
        .title("Best-response dynamics at tau = " + r.tau() + " (E = " + r.horizon() + "): " + r.outcome().name()
            .toLowerCase(java.util.Locale.ROOT))
        .xAxisTitle(rank ? "round" : "move").yAxisTitle(y).build();
    Charts.style(ch.getStyler(), Styler.LegendPosition.OutsideE);
    java.util.List<ArmsRaceResult.Step> pick = new java.util.ArrayList<>();
    for (ArmsRaceResult.Step st : r.steps()) {
      if (!rank || st.mover() < 0 || st.mover() == g.size() - 1 || st == r.steps().get(r.steps().size() - 1)) {
        pick.add(st);
      }
    }
    int m = pick.size();
    double[] x = new double[m];
    for (int s = 0; s < m; s++) {
      x[s] = rank ? pick.get(s).round() : pick.get(s).index();
    }
    for (int i = 0; i < g.size(); i++) {
      double[] v = new double[m];
      for (int s = 0; s < m; s++) {
        ArmsRaceResult.Step st = pick.get(s);
        v[s] = rank ? -(st.rank()[i] + 1) : st.effort()[i];
      }
      XYSeries ser = ch.addSeries((i + 1) + ": " + Charts.label(g.model(i).name(), i), x, v);
      ser.setMarker(SeriesMarkers.NONE);
      ser.setLineColor(Charts.PALETTE[i % Charts.PALETTE.length]);
    }
    return Charts.render(stem, ch);
  }
}
