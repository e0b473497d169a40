package org.lbgame.model;

/**
 * A value shortened to one printable line of bounded length, for error messages, tables and plot labels:
 * a 100 MB cell or a name holding newlines must neither flood the terminal nor break the one-line error.
 */
public final class Excerpt {
  /** Longest value shown in an error message (characters, the ellipsis included). */
  public static final int MESSAGE = 60;
  /** Longest name shown in a plot legend or a text table. */
  public static final int LABEL = 40;

  private static final String ELLIPSIS = "...";

  private Excerpt() {
  }

  /** {@code s} as one line of at most {@link #MESSAGE} characters. */
  public static String of(String s) {
    return of(s, MESSAGE);
  }

  /**
   * {@code s} as one line of at most {@code max} characters (at least 8): control characters are escaped (a
   * newline as backslash-n, others as backslash-u and four hex digits), and a longer text keeps its head and
   * tail around {@code ...}.
   */
  public static String of(String s, int max) {
    if (s == null) {
      return "null";
    }
    int limit = Math.max(8, max);
    // escape only the ends that can be shown: a 100 MB value is never copied whole
    if (s.length() <= limit && printable(s)) {
      return s;
    }
    String head = escape(s.substring(0, cut(s, Math.min(s.length(), limit))));
    if (s.length() <= limit && head.length() <= limit) {
      return head;
    }
    int keep = limit - ELLIPSIS.length();
    int headLen = (keep + 1) / 2;
    int tailLen = keep - headLen;
    String tail = escape(s.substring(cut(s, Math.max(0, s.length() - limit))));
    return head.substring(0, cut(head, headLen)) + ELLIPSIS + tail.substring(cut(tail, tail.length() - tailLen));
  }

  private static boolean printable(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isISOControl(s.charAt(i)) || Character.isSurrogate(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** {@code i} moved back off the low half of a surrogate pair, so no pair is split. */
  private static int cut(String s, int i) {
    return i > 0 && i < s.length() && Character.isLowSurrogate(s.charAt(i)) ? i - 1 : i;
  }

  private static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n') {
        b.append("\\n");
      } else if (c == '\r') {
        b.append("\\r");
      } else if (c == '\t') {
        b.append("\\t");
      } else if (Character.isISOControl(c)
          || Character.isHighSurrogate(c) && (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1)))
          || Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)))) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
