package org.lbgame.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.style.Styler;
import org.lbgame.plot.Charts;

/** The showcase plot's structure: sizes as category labels smallest first, dashed direct, error bars = SEs. */
class HarmonyPlotsTest {
  @Test
  void showcaseHasSizeLabelsErrorBarsAndALegendOutside() {
    HarmonyAnalysis h = HarmonyAnalysis.run(HarmonyData.read(HarmonyAnalysisTest.DATA), ModelFamily.defaults());
    CategoryChart c = HarmonyPlots.showcase(h);
    assertNotNull(c);
    assertEquals(Styler.LegendPosition.OutsideE, c.getStyler().getLegendPosition());
    assertEquals(List.of("commonsense_qa direct", "commonsense_qa TbT", "gsm8k direct", "gsm8k TbT"),
        new ArrayList<>(c.getSeriesMap().keySet()));
    for (CategorySeries s : c.getSeriesMap().values()) {
      assertEquals(List.of("0.5B", "1.5B", "3B", "7B", "14B"), new ArrayList<>(s.getXData()), s.getName());
      assertEquals(CategorySeries.CategorySeriesRenderStyle.Line, c.getStyler().getDefaultSeriesRenderStyle());
      assertNotNull(s.getExtraValues(), s.getName() + " has error bars");
      boolean tbt = s.getName().endsWith("TbT");
      String task = s.getName().substring(0, s.getName().indexOf(' '));
      List<Number> se = new ArrayList<>(s.getExtraValues());
      List<Number> y = new ArrayList<>(s.getYData());
      String[] models = {"Qwen/Qwen2.5-0.5B", "Qwen/Qwen2.5-1.5B", "Qwen/Qwen2.5-3B", "Qwen/Qwen2.5-7B",
          "Qwen/Qwen2.5-14B"};
      for (int i = 0; i < models.length; i++) {
        assertEquals(h.data().score(task, models[i], tbt), y.get(i).doubleValue(), 0, s.getName());
        assertEquals(h.data().stderr(task, models[i], tbt), se.get(i).doubleValue(), 0, s.getName());
        assertTrue(se.get(i).doubleValue() > 0);
      }
      // direct evaluation dashed, TbT solid
      assertEquals(tbt, s.getLineStyle() == null || s.getLineStyle().getDashArray() == null, s.getName());
      assertEquals(!tbt, s.getLineStyle() == Charts.DASHED, s.getName());
    }
  }
}
