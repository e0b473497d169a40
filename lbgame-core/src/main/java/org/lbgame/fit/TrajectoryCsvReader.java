package org.lbgame.fit;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.lbgame.model.InputText;
import org.lbgame.model.Model;

/**
 * Reads trajectories from CSV with a header: {@code model}, {@code capability} (larger is stronger) or
 * {@code order} (1 = strongest), {@code steps}, {@code score}, optional {@code stderr}. Lines starting with
 * {@code #} are comments. Every bad row is an {@link InvalidTrajectoryException} naming file and line.
 */
public final class TrajectoryCsvReader {
  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
      .setCommentMarker('#').setTrim(true).setIgnoreEmptyLines(true)
      .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW).get();

  /** Most data rows read from one file. */
  public static final int MAX_ROWS = 1_000_000;
  /** Longest number cell, in characters. */
  static final int MAX_NUMBER_LENGTH = 400;
  /** Decimal syntax only: no hexadecimal, no {@code f}/{@code d} suffix, no NaN or Infinity. */
  private static final Pattern DECIMAL = Pattern.compile("[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");

  private TrajectoryCsvReader() {
  }

  /** Reads the CSV file at {@code file}. */
  public static TrajectorySet read(Path file) {
    String name = file.toString();
    if (!Files.isRegularFile(file)) {
      throw InvalidTrajectoryException.of(name, 0, "file", "must be a readable file", name);
    }
    String text = InputText.read(file, name);
    try (Reader r = new StringReader(text)) {
      return read(r, name);
    } catch (IOException e) {
      // a string holds no I/O errors; CSV syntax errors are reported inside read(Reader, String)
      throw new IllegalStateException(e);
    }
  }

  /** Reads CSV text from {@code reader}; {@code name} is used in error messages. */
  public static TrajectorySet read(Reader reader, String name) throws IOException {
    try (CSVParser parser = parser(reader, name)) {
      Map<String, Integer> header = parser.getHeaderMap();
      if (header == null || header.isEmpty()) {
        throw InvalidTrajectoryException.of(name, 1, "header", "must list model, capability|order, steps, score", "");
      }
      for (String required : new String[] {"model", "steps", "score"}) {
        if (!header.containsKey(required)) {
          throw InvalidTrajectoryException.of(name, 1, required, "is a required column", String.join(",", header.keySet()));
        }
      }
      boolean hasCap = header.containsKey("capability");
      boolean hasOrder = header.containsKey("order");
      if (hasCap == hasOrder) {
        throw InvalidTrajectoryException.of(name, 1, "capability", "exactly one of the columns capability, order is required",
            String.join(",", header.keySet()));
      }
      boolean hasStderr = header.containsKey("stderr");
      Map<String, List<TrajectoryPoint>> points = new LinkedHashMap<>();
      Map<String, Double> capability = new LinkedHashMap<>();
      long previousEnd = parser.getCurrentLineNumber();
      Iterator<CSVRecord> records = parser.iterator();
      long rows = 0;
      while (next(records, name, previousEnd + 1)) {
        CSVRecord rec = records.next();
        if (++rows > MAX_ROWS) {
          throw InvalidTrajectoryException.of(name, previousEnd + 1, "record", "at most " + MAX_ROWS
              + " data rows are read", Long.toString(rows));
        }
        long line = previousEnd + 1;
        previousEnd = parser.getCurrentLineNumber();
        // comment and blank lines before the record shift it down: find its real first line
        line = Math.max(line, previousEnd - countNewlines(rec));
        if (!rec.isConsistent()) {
          throw InvalidTrajectoryException.of(name, line, "record", "must have " + header.size() + " fields",
              Integer.toString(rec.size()));
        }
        String model = rec.get("model");
        if (model.isEmpty()) {
          throw InvalidTrajectoryException.of(name, line, "model", "must not be empty", model);
        }
        if (model.length() > Model.MAX_NAME_LENGTH || model.chars().anyMatch(Character::isISOControl)) {
          throw InvalidTrajectoryException.of(name, line, "model", "must be at most " + Model.MAX_NAME_LENGTH
              + " characters without control characters", model);
        }
        double cap;
        if (hasCap) {
          cap = finite(name, line, "capability", rec.get("capability"));
        } else {
          String o = rec.get("order");
          int order;
          try {
            // ASCII digits only: Integer.parseInt would also take '+1' and other scripts' digits
            order = o.matches("[0-9]{1,9}") ? Integer.parseInt(o) : 0;
          } catch (NumberFormatException e) {
            order = 0;
          }
          if (order < 1) {
            throw InvalidTrajectoryException.of(name, line, "order", "must be a positive integer (1 = strongest)", o);
          }
          cap = -order;
        }
        Double known = capability.putIfAbsent(model, cap);
        if (known != null && known != cap) {
          throw InvalidTrajectoryException.of(name, line, hasCap ? "capability" : "order",
              "must be the same on every row of model " + model, rec.get(hasCap ? "capability" : "order"));
        }
        double steps = finite(name, line, "steps", rec.get("steps"));
        if (steps < 0) {
          throw InvalidTrajectoryException.of(name, line, "steps", "must be >= 0", rec.get("steps"));
        }
        double score = finite(name, line, "score", rec.get("score"));
        double se = Double.NaN;
        if (hasStderr && !rec.get("stderr").isEmpty()) {
          se = finite(name, line, "stderr", rec.get("stderr"));
          if (se < 0) {
            throw InvalidTrajectoryException.of(name, line, "stderr", "must be >= 0", rec.get("stderr"));
          }
        }
        points.computeIfAbsent(model, m -> new ArrayList<>()).add(TrajectoryPoint.of(steps, score, se, name, line));
      }
      if (points.isEmpty()) {
        throw InvalidTrajectoryException.of(name, 0, "record", "at least one data row is required", "");
      }
      List<Trajectory> list = new ArrayList<>();
      points.forEach((m, p) -> list.add(Trajectory.of(m, capability.get(m), p)));
      return TrajectorySet.of(name, list);
    }
  }

  private static long countNewlines(CSVRecord rec) {
    long n = 0;
    for (String v : rec) {
      n += v.chars().filter(c -> c == '\n').count();
    }
    return n;
  }

  /** The parser over {@code reader}; a header Commons CSV refuses (an empty or repeated name) is invalid input. */
  private static CSVParser parser(Reader reader, String name) throws IOException {
    try {
      return CSVParser.parse(reader, FORMAT);
    } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
      // found by fuzzing: "A header name is missing in [model, order, ]" was an internal error
      throw InvalidTrajectoryException.of(name, 1, "header", "must name every column once, without empty names",
          String.valueOf(e.getMessage()));
    } catch (IOException e) {
      throw InvalidTrajectoryException.of(name, 1, "header", "must be well-formed CSV (RFC 4180 quoting)",
          String.valueOf(e.getMessage()));
    }
  }

  private static boolean next(Iterator<CSVRecord> records, String name, long line) {
    try {
      return records.hasNext();
    } catch (UncheckedIOException | IllegalStateException e) {
      String why = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
      throw InvalidTrajectoryException.of(name, line, "record", "must be well-formed CSV (RFC 4180 quoting)",
          String.valueOf(why));
    }
  }

  static double finite(String file, long line, String field, String text) {
    double v;
    if (text.length() > MAX_NUMBER_LENGTH || !DECIMAL.matcher(text).matches()) {
      throw InvalidTrajectoryException.of(file, line, field, "must be a decimal number (e.g. 0.75, -1e-3)", text);
    }
    try {
      v = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw InvalidTrajectoryException.of(file, line, field, "must be a number", text);
    }
    if (!Double.isFinite(v)) {
      throw InvalidTrajectoryException.of(file, line, field, "must be finite", text);
    }
    return v;
  }
}
