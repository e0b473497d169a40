package org.lbgame.audit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lbgame.model.AtomicOutput;
import org.lbgame.plot.Charts;

/** The files of a finished report, kept in memory and written in one go, so bad input never leaves half a report. */
public final class ReportFiles {
  private final Map<String, byte[]> files = new LinkedHashMap<>();

  /** Adds a text file. */
  public ReportFiles text(String name, String content) {
    files.put(name, content.getBytes(StandardCharsets.UTF_8));
    return this;
  }

  /** Adds both renderings of a chart ({@code stem.png}, {@code stem.svg}). */
  public ReportFiles chart(Charts.Rendered r) {
    files.put(r.stem() + ".png", r.png());
    files.put(r.stem() + ".svg", r.svg());
    return this;
  }

  /** Adds several charts. */
  public ReportFiles charts(List<Charts.Rendered> rs) {
    rs.forEach(this::chart);
    return this;
  }

  /** File names in insertion order. */
  public List<String> names() {
    return List.copyOf(files.keySet());
  }

  /**
   * Writes every file into {@code dir} (created if needed, its parent must exist), all or nothing
   * ({@link AtomicOutput}); returns the paths written. An unusable folder is invalid input on {@code --out}.
   */
  public List<Path> writeTo(Path dir) {
    try (AtomicOutput o = AtomicOutput.folder(dir, "--out")) {
      files.forEach(o::write);
      o.commit();
    }
    return files.keySet().stream().map(dir::resolve).toList();
  }
}
