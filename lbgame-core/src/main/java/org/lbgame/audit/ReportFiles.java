package org.lbgame.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  /** Writes every file into {@code dir} (created if needed); returns the paths written. */
  public List<Path> writeTo(Path dir) {
    try {
      Files.createDirectories(dir);
      for (Map.Entry<String, byte[]> e : files.entrySet()) {
        Files.write(dir.resolve(e.getKey()), e.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files.keySet().stream().map(dir::resolve).toList();
  }
}
