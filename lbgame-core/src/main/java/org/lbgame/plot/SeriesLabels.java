package org.lbgame.plot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Legend labels for models named by long identifiers: the last path segment where that is unique, else the name. */
public final class SeriesLabels {
  private SeriesLabels() {
  }

  /** One label per name, in order: {@code pythia-1.4b} for {@code /path/models/pythia-1.4b} when unique. */
  public static List<String> shortNames(List<String> names) {
    Map<String, Integer> count = new HashMap<>();
    for (String n : names) {
      count.merge(last(n), 1, Integer::sum);
    }
    List<String> out = new ArrayList<>(names.size());
    for (String n : names) {
      out.add(count.get(last(n)) == 1 && !last(n).isEmpty() ? last(n) : n);
    }
    return out;
  }

  private static String last(String name) {
    String t = name.replaceAll("[/\\\\]+$", "");
    return t.substring(Math.max(t.lastIndexOf('/'), t.lastIndexOf('\\')) + 1);
  }
}
