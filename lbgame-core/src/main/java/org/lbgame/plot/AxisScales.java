package org.lbgame.plot;

import java.util.Locale;

/**
 * Axis transforms and tick labels for values spanning many orders of magnitude: a symmetric log scale (linear on
 * {@code [-1, 1]}, {@code sign(y) (1 + log10 |y|)} beyond, so negative values stay visible) and compact decade labels
 * ({@code 1k}, {@code 10M}) for log axes.
 */
public final class AxisScales {
  private AxisScales() {
  }

  /** The symmetric-log coordinate of {@code y} (linear threshold 1): 10 -> 2, 1000 -> 4, -100 -> -3. */
  public static double symlog(double y) {
    double m = Math.abs(y);
    return m <= 1 ? y : Math.signum(y) * (1 + Math.log10(m));
  }

  /** The inverse of {@link #symlog(double)}. */
  public static double symlogInverse(double v) {
    double m = Math.abs(v);
    return m <= 1 ? v : Math.signum(v) * Math.pow(10, m - 1);
  }

  /**
   * The tick label at symlog coordinate {@code v}: the value there, compact and to two significant digits (whole
   * coordinates are exact powers of ten: {@code 0}, {@code 1}, {@code 10}, {@code 1k}, {@code -100}).
   */
  public static String symlogLabel(double v) {
    double r = Math.rint(v);
    double x = Math.abs(v - r) < 1e-9 ? symlogInverse(r) : symlogInverse(v);
    double m = Math.abs(x);
    if (m > 1) {
      double p = Math.pow(10, Math.floor(Math.log10(m)) - 1);
      x = Math.signum(x) * Math.rint(m / p) * p;
    }
    return compact(x);
  }

  /** A compact label: {@code 0.5}, {@code 10}, {@code 1.5k}, {@code 20M}, {@code 3G}, {@code 1e+15}. */
  public static String compact(double v) {
    double m = Math.abs(v);
    String sign = v < 0 ? "-" : "";
    if (m == 0) {
      return "0";
    }
    if (m >= 1e12 || m < 1e-3) {
      String[] parts = String.format(Locale.ROOT, "%.2e", m).split("e");
      String mant = parts[0].replaceAll("0+$", "").replaceAll("\\.$", "");
      return sign + mant + "e" + (parts[1].startsWith("+") ? "+" : "-") + parts[1].substring(1).replaceFirst("^0", "");
    }
    String[] unit = {"", "k", "M", "G"};
    int u = 0;
    while (m >= 1000 && u < unit.length - 1) {
      m /= 1000;
      u++;
    }
    String s = String.format(Locale.ROOT, "%.3g", m);
    if (s.contains(".")) {
      s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
    return sign + s + unit[u];
  }
}
