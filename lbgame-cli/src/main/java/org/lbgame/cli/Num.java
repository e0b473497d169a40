package org.lbgame.cli;

import java.math.BigDecimal;
import java.util.Locale;

/** Number formatting shared by the text reports: short, locale-independent, {@code inf} for infinity. */
final class Num {
  private Num() {
  }

  /** Up to 9 significant digits, plain notation in a readable range, scientific outside it. */
  static String fmt(double v) {
    if (Double.isNaN(v)) {
      return "-";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "inf" : "-inf";
    }
    if (v == 0) {
      return "0";
    }
    double a = Math.abs(v);
    if (a >= 1e-4 && a < 1e10) {
      return new BigDecimal(String.format(Locale.ROOT, "%.9g", v)).stripTrailingZeros().toPlainString();
    }
    return String.format(Locale.ROOT, "%.6e", v);
  }

  /** Left-aligned cell of width {@code w}. */
  static String cell(String s, int w) {
    StringBuilder b = new StringBuilder(s);
    while (b.length() < w) {
      b.append(' ');
    }
    return b.append(' ').toString();
  }
}
