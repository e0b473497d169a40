package org.lbgame.fit;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parameter counts parsed from model names ({@code Qwen2.5-0.5B}, {@code pythia-70m}, {@code gpt2-xl}). */
public final class ModelSize {
  // the size token is the last "<number><b|m>" standing alone between separators
  private static final Pattern SIZE = Pattern.compile("(?<![A-Za-z0-9.])(\\d+(?:\\.\\d+)?)([bBmM])(?![A-Za-z0-9])");
  // GPT-2 names carry no number: the published parameter counts
  private static final Map<String, Double> GPT2 = Map.of(
      "gpt2", 124e6, "gpt2-medium", 355e6, "gpt2-large", 774e6, "gpt2-xl", 1.5e9);

  private ModelSize() {
  }

  /** The number of parameters named by {@code model}, empty if the name gives none. */
  public static OptionalDouble parameters(String model) {
    String base = model.substring(model.lastIndexOf('/') + 1);
    Double gpt = GPT2.get(base.toLowerCase(Locale.ROOT));
    if (gpt != null) {
      return OptionalDouble.of(gpt);
    }
    Matcher m = SIZE.matcher(base);
    double found = Double.NaN;
    while (m.find()) {
      double v = Double.parseDouble(m.group(1));
      found = Character.toLowerCase(m.group(2).charAt(0)) == 'b' ? v * 1e9 : v * 1e6;
    }
    return Double.isNaN(found) ? OptionalDouble.empty() : OptionalDouble.of(found);
  }

  /** A short human label for a parameter count ({@code 0.5B}, {@code 70M}). */
  public static String label(double parameters) {
    if (parameters >= 0.5e9) {
      return trim(parameters / 1e9) + "B";
    }
    return trim(parameters / 1e6) + "M";
  }

  private static String trim(double v) {
    String s = String.format(Locale.ROOT, "%.2f", v);
    return s.replaceAll("\\.?0+$", "");
  }
}
