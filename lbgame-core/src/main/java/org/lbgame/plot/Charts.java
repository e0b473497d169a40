package org.lbgame.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.lbgame.model.Excerpt;

/** Rendering of XChart charts to PNG and SVG bytes, and the shared look of the report plots. */
public final class Charts {
  /** One colour per model, strongest first (colour-blind-safe Okabe-Ito order). */
  public static final Color[] PALETTE = {new Color(0, 114, 178), new Color(213, 94, 0), new Color(0, 158, 115),
      new Color(204, 121, 167), new Color(230, 159, 0), new Color(86, 180, 233), new Color(0, 0, 0),
      new Color(240, 228, 66)};
  /** A dashed stroke for "before" series and guides. */
  public static final BasicStroke DASHED = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
      new float[] {6, 4}, 0);

  static {
    // plots are rendered off-screen, in CI as on a desktop
    System.setProperty("java.awt.headless", "true");
  }

  private Charts() {
  }

  /** A rendered chart: file stem, PNG bytes and SVG bytes. */
  public record Rendered(String stem, byte[] png, byte[] svg) {
  }

  /**
   * A legend label for the {@code index}-th series named {@code name}: at most {@link Excerpt#LABEL} characters
   * on one line; a shortened name is numbered so two long names never collide.
   */
  public static String label(String name, int index) {
    String s = Excerpt.of(name, Excerpt.LABEL);
    return s.equals(name) ? s : s + " #" + (index + 1);
  }

  /** Applies the common style (white background, legend inside). */
  public static void style(Styler s, Styler.LegendPosition legend) {
    s.setChartBackgroundColor(Color.WHITE);
    s.setLegendPosition(legend);
    s.setSeriesColors(PALETTE);
    s.setAntiAlias(true);
  }

  /** Renders {@code chart} to PNG and SVG in memory (nothing is written until the whole report is ready). */
  public static Rendered render(String stem, Chart<?, ?> chart) {
    try {
      byte[] png = BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
      ByteArrayOutputStream svg = new ByteArrayOutputStream();
      VectorGraphicsEncoder.saveVectorGraphic(chart, svg, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
      return new Rendered(stem, png, svg.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
