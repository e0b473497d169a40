package org.lbgame.audit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Fixed-point text of a number, as {@code String.format("%.Nf")} writes it (half up from the shortest decimal that
 * names the double) but without the formatter's parsing: the all-pairs checks write one detail line per finding,
 * and a large family of noisy models has hundreds of thousands.
 */
final class Decimals {
  private Decimals() {
  }

  /** {@code v} with {@code d >= 0} decimals. */
  static String fixed(double v, int d) {
    if (!Double.isFinite(v)) {
      return String.format(Locale.ROOT, "%." + d + "f", v);
    }
    String s = new BigDecimal(Double.toString(v)).setScale(d, RoundingMode.HALF_UP).toPlainString();
    // like the formatter, a negative value that rounds to zero keeps its sign (-0.0000)
    return (v < 0 || v == 0 && 1 / v < 0) && s.charAt(0) != '-' ? "-" + s : s;
  }
}
