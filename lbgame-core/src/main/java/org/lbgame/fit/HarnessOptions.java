package org.lbgame.fit;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How to read a directory of lm-eval results: the task and metric, and what the files cannot say themselves: the
 * capability order ({@code --order}), sizes of models whose names carry none ({@code --size MODEL=SIZE}) and the
 * results file of a base model that is step 0 of a run ({@code --base MODEL=FILE}). Models are named by their full
 * identifier without the checkpoint, or by its last path segment when that is unique.
 */
public final class HarnessOptions {
  private final String task;
  private final String metric;
  private final List<String> order;
  private final Map<String, Double> sizes;
  private final Map<String, Path> bases;

  private HarnessOptions(String task, String metric, List<String> order, Map<String, Double> sizes,
      Map<String, Path> bases) {
    this.task = task;
    this.metric = metric;
    this.order = order;
    this.sizes = sizes;
    this.bases = bases;
  }

  /** Reads {@code results.<task>.<metric>} (e.g. {@code acc,none}); no order, sizes or bases. */
  public static HarnessOptions of(String task, String metric) {
    if (task == null || task.isEmpty()) {
      throw InvalidTrajectoryException.of(InvalidTrajectoryException.OPTIONS, 0, "--task",
          "is required for a directory of lm-eval results", task == null ? "none" : "''");
    }
    if (metric == null || metric.isEmpty()) {
      throw InvalidTrajectoryException.of(InvalidTrajectoryException.OPTIONS, 0, "--metric",
          "must name a metric key such as acc,none", "''");
    }
    return new HarnessOptions(task, metric, List.of(), Map.of(), Map.of());
  }

  /** With the models strongest first (every model read must be listed). */
  public HarnessOptions withOrder(List<String> strongestFirst) {
    return new HarnessOptions(task, metric, List.copyOf(strongestFirst), sizes, bases);
  }

  /** With the parameter count of {@code model} (for names that carry no size). */
  public HarnessOptions withSize(String model, double parameters) {
    if (!(parameters > 0) || Double.isInfinite(parameters)) {
      throw InvalidTrajectoryException.of(InvalidTrajectoryException.OPTIONS, 0, "--size",
          "must be a positive size such as 1.4B or 410M", model + "=" + parameters);
    }
    Map<String, Double> m = new LinkedHashMap<>(sizes);
    m.put(model, parameters);
    return new HarnessOptions(task, metric, order, Map.copyOf(m), bases);
  }

  /** With {@code file} as the step-0 results of {@code model} (its base model, evaluated before post-training). */
  public HarnessOptions withBase(String model, Path file) {
    Map<String, Path> m = new LinkedHashMap<>(bases);
    m.put(model, file);
    return new HarnessOptions(task, metric, order, sizes, Map.copyOf(m));
  }

  /** The task key in {@code results}. */
  public String task() {
    return task;
  }

  /** The metric key ({@code acc,none}, legacy {@code acc}). */
  public String metric() {
    return metric;
  }

  /** Models strongest first, empty when sizes decide. */
  public List<String> order() {
    return order;
  }

  /** Sizes given by name. */
  public Map<String, Double> sizes() {
    return sizes;
  }

  /** Base-model files given by name. */
  public Map<String, Path> bases() {
    return bases;
  }

  /** Parses a size such as {@code 1.4B}, {@code 410M}, {@code 70m} or a plain count {@code 1.4e9}; NaN if invalid. */
  public static double parseSize(String text) {
    String t = text.trim();
    double scale = 1;
    if (!t.isEmpty()) {
      char last = Character.toLowerCase(t.charAt(t.length() - 1));
      if (last == 'b' || last == 'm' || last == 'k') {
        scale = last == 'b' ? 1e9 : last == 'm' ? 1e6 : 1e3;
        t = t.substring(0, t.length() - 1);
      }
    }
    try {
      double v = Double.parseDouble(t) * scale;
      return v > 0 && Double.isFinite(v) ? v : Double.NaN;
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }
}
