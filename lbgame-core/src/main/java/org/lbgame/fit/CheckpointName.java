package org.lbgame.fit;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A model identifier split into the model and the checkpoint: {@code /path/models/pythia-1.4b//step_10} is step 10
 * of {@code /path/models/pythia-1.4b}. Recognized checkpoint tokens (the last one counts): {@code step_N},
 * {@code step-N}, {@code stepN} (Pythia's {@code revision=step1000}), {@code checkpoint-N} (Hugging Face
 * Trainer), {@code global_stepN} (DeepSpeed), {@code iter_N} (Megatron), {@code ckpt-N}; and, for a local path
 * without such a token, a trailing folder that is a number ({@code /runs/pythia-1.4b/1000}).
 */
public final class CheckpointName {
  // a token stands alone: no letter or digit right before it, none right after the number (".json" may follow)
  private static final Pattern TOKEN = Pattern.compile(
      "(?<![A-Za-z0-9])(?:global[_-]?step|checkpoint|ckpt|step|iter)[-_]?(\\d+)(?![A-Za-z0-9])(?!\\.\\d)",
      Pattern.CASE_INSENSITIVE);
  private static final String SEPARATORS = "/\\-_.=";

  private final String model;
  private final double step;
  private final String token;

  private CheckpointName(String model, double step, String token) {
    this.model = model;
    this.step = step;
    this.token = token;
  }

  /** Splits {@code id}; without a checkpoint the model is {@code id} (trailing slashes removed) and the step NaN. */
  public static CheckpointName parse(String id) {
    String text = trimEnd(id, "/\\");
    Matcher m = TOKEN.matcher(text);
    int start = -1;
    int end = -1;
    String digits = null;
    while (m.find()) {
      start = m.start();
      end = m.end();
      digits = m.group(1);
    }
    if (digits != null) {
      String before = text.substring(0, start);
      String prefix = trimEnd(before, SEPARATORS);
      String suffix = trimStart(text.substring(end), SEPARATORS);
      // the separator that joined the prefix to the token joins it to what followed the token
      char sep = before.length() > prefix.length() ? before.charAt(prefix.length()) : '/';
      String model = suffix.isEmpty() ? prefix : prefix.isEmpty() ? suffix : prefix + sep + suffix;
      return new CheckpointName(model, Double.parseDouble(digits), text.substring(start, end));
    }
    if (isLocalPath(text)) {
      int slash = Math.max(text.lastIndexOf('/'), text.lastIndexOf('\\'));
      String last = text.substring(slash + 1);
      if (slash > 0 && !last.isEmpty() && last.chars().allMatch(c -> c >= '0' && c <= '9')) {
        return new CheckpointName(trimEnd(text.substring(0, slash), "/\\"), Double.parseDouble(last), last);
      }
    }
    return new CheckpointName(text, Double.NaN, "");
  }

  /** True for a path on the local disk (absolute, relative with {@code ./} or {@code ../}, home, or a drive). */
  static boolean isLocalPath(String s) {
    return s.startsWith("/") || s.startsWith("./") || s.startsWith("../") || s.startsWith("~")
        || s.matches("(?s)[A-Za-z]:[\\\\/].*") || s.contains("\\");
  }

  /** The last path segment of a model identifier ({@code pythia-1.4b} for {@code /path/models/pythia-1.4b}). */
  public static String baseName(String model) {
    String t = trimEnd(model, "/\\");
    return t.substring(Math.max(t.lastIndexOf('/'), t.lastIndexOf('\\')) + 1);
  }

  /** The model without the checkpoint. */
  public String model() {
    return model;
  }

  /** The checkpoint step, NaN when the identifier names none. */
  public double step() {
    return step;
  }

  /** True when a checkpoint step was found. */
  public boolean hasStep() {
    return !Double.isNaN(step);
  }

  /** The text the step was read from ({@code step_10}, {@code checkpoint-500}), empty when none. */
  public String token() {
    return token;
  }

  private static String trimEnd(String s, String chars) {
    int e = s.length();
    while (e > 0 && chars.indexOf(s.charAt(e - 1)) >= 0) {
      e--;
    }
    return s.substring(0, e);
  }

  private static String trimStart(String s, String chars) {
    int b = 0;
    while (b < s.length() && chars.indexOf(s.charAt(b)) >= 0) {
      b++;
    }
    return s.substring(b);
  }

  @Override
  public String toString() {
    return hasStep() ? model + " @ " + token.toLowerCase(Locale.ROOT) : model;
  }
}
