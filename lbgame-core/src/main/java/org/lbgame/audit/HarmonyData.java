package org.lbgame.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.lbgame.fit.InvalidTrajectoryException;
import org.lbgame.model.StrictJson;

/**
 * The train-before-test scores of lm-harmony ({@code all_results.json}, Zhang et al. 2025, MIT, copyright
 * Guanhua Zhang and Moritz Hardt): per task and model, the score under direct evaluation and after TbT.
 */
public final class HarmonyData {
  /** Tasks whose score is a loss (lower is better): the 2025 language-modelling sets. */
  public static final Set<String> LOWER_IS_BETTER = Set.of("arxiv_2025", "wiki_2025", "stackexchange_2025");

  private final String source;
  private final Map<String, Map<String, double[]>> tasks;

  private HarmonyData(String source, Map<String, Map<String, double[]>> tasks) {
    this.source = source;
    this.tasks = tasks;
  }

  /** Reads {@code all_results.json} from the directory {@code dir}. */
  public static HarmonyData read(Path dir) {
    Path file = dir.resolve("all_results.json");
    String name = file.toString();
    if (!Files.isRegularFile(file)) {
      throw InvalidTrajectoryException.of(InvalidTrajectoryException.OPTIONS, 0, "--data",
          "must be the lm-harmony directory holding all_results.json", dir.toString());
    }
    JsonNode root = StrictJson.read(file, name);
    JsonNode direct = require(root, "direct_eval", name);
    JsonNode tbt = require(root, "train_before_test", name);
    Map<String, Map<String, double[]>> tasks = new LinkedHashMap<>();
    for (Iterator<String> it = direct.fieldNames(); it.hasNext();) {
      String task = it.next();
      JsonNode d = direct.get(task);
      JsonNode t = tbt.path(task);
      Map<String, double[]> models = new LinkedHashMap<>();
      for (Iterator<String> mt = d.fieldNames(); mt.hasNext();) {
        String model = mt.next();
        double dv = number(d.get(model), name, "direct_eval." + task + "." + model);
        JsonNode tv = t.get(model);
        if (tv == null) {
          throw InvalidTrajectoryException.of(name, 0, "train_before_test." + task + "." + model,
              "must be present for every direct_eval entry", "missing");
        }
        models.put(model, new double[] {dv, number(tv, name, "train_before_test." + task + "." + model),
            stderr(root.path("direct_eval_stderr").path(task).get(model)),
            stderr(root.path("train_before_test_stderr").path(task).get(model))});
      }
      tasks.put(task, models);
    }
    return new HarmonyData(name, tasks);
  }

  private static double stderr(JsonNode n) {
    // the data write "N/A" where no standard error was computed
    return n != null && n.isNumber() ? n.asDouble() : Double.NaN;
  }

  private static JsonNode require(JsonNode root, String key, String file) {
    JsonNode n = root.get(key);
    if (n == null || !n.isObject()) {
      throw InvalidTrajectoryException.of(file, 0, key, "must be an object task -> model -> score", "missing");
    }
    return n;
  }

  private static double number(JsonNode n, String file, String field) {
    if (n == null || !n.isNumber() || !Double.isFinite(n.asDouble())) {
      throw InvalidTrajectoryException.of(file, 0, field, "must be a finite number", String.valueOf(n));
    }
    return n.asDouble();
  }

  /** The file read. */
  public String source() {
    return source;
  }

  /** Task names in file order. */
  public List<String> tasks() {
    return new ArrayList<>(tasks.keySet());
  }

  /** Models scored on {@code task}. */
  public Set<String> models(String task) {
    return new TreeSet<>(tasks.get(task).keySet());
  }

  /** Every model appearing in some task. */
  public Set<String> allModels() {
    Set<String> s = new TreeSet<>();
    tasks.values().forEach(m -> s.addAll(m.keySet()));
    return s;
  }

  /** Raw score of {@code model} on {@code task}: direct evaluation ({@code tbt = false}) or after TbT; NaN if absent. */
  public double score(String task, String model, boolean tbt) {
    double[] v = tasks.get(task).get(model);
    return v == null ? Double.NaN : v[tbt ? 1 : 0];
  }

  /** Standard error of the score (NaN when the data say N/A). */
  public double stderr(String task, String model, boolean tbt) {
    double[] v = tasks.get(task).get(model);
    return v == null ? Double.NaN : v[tbt ? 3 : 2];
  }

  /** Score oriented so that larger is better (negated for {@link #LOWER_IS_BETTER} tasks). */
  public double merit(String task, String model, boolean tbt) {
    double s = score(task, model, tbt);
    return LOWER_IS_BETTER.contains(task) ? -s : s;
  }
}
