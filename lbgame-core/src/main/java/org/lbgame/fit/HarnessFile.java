package org.lbgame.fit;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lbgame.model.StrictJson;

/**
 * One lm-eval results file ({@code results_<date>.json}) read for one task and metric: the model (as lm-eval names
 * it, split from its checkpoint), the step and where it was read from, the score, its standard error and the number
 * of questions. The step comes from a top-level {@code steps}, {@code revision=stepN} in {@code model_args}, the
 * model path ({@code .../step_10}, {@code checkpoint-500}, a trailing number folder) or the file's path in the
 * directory; when several give one, they must agree.
 */
final class HarnessFile {
  final Path file;
  final String name;
  final String identity;
  final String nameSource;
  final CheckpointName checkpoint;
  final String base;
  final double step;
  final String stepSource;
  final double score;
  final double stderr;
  final int questions;
  final double parameters;

  private HarnessFile(Path file, String identity, String nameSource, String base, double step, String stepSource,
      double score, double stderr, int questions, double parameters) {
    this.file = file;
    this.name = file.toString();
    this.identity = identity;
    this.nameSource = nameSource;
    this.checkpoint = CheckpointName.parse(identity);
    this.base = base;
    this.step = step;
    this.stepSource = stepSource;
    this.score = score;
    this.stderr = stderr;
    this.questions = questions;
    this.parameters = parameters;
  }

  /** The model's identifier without the checkpoint (the key files are grouped by). */
  String model() {
    return checkpoint.model();
  }

  /** This file read as step 0 (a base model's results). */
  HarnessFile asBase(String how) {
    return new HarnessFile(file, identity, nameSource, base, 0, how, score, stderr, questions, parameters);
  }

  TrajectoryPoint point() {
    return TrajectoryPoint.of(step, score, stderr, questions, name, 0);
  }

  /**
   * Reads {@code file} (relative path {@code rel} in the directory); null when it has no results for {@code task},
   * whose tasks are then added to {@code tasksSeen}.
   */
  static HarnessFile read(Path file, String rel, String task, String metric, List<String> tasksSeen) {
    String name = file.toString();
    // the shared strict reader: duplicate keys, trailing content, NaN and oversized input are errors naming the file
    JsonNode root = StrictJson.read(file, name);
    JsonNode results = root == null ? null : root.get("results");
    if (results == null || !results.isObject()) {
      throw InvalidTrajectoryException.of(name, 0, "results", "must be an object task -> metrics (an lm-eval "
          + "results file)", results == null ? "missing" : results.getNodeType().toString().toLowerCase());
    }
    JsonNode res = results.get(task);
    if (res == null) {
      results.fieldNames().forEachRemaining(t -> {
        if (!tasksSeen.contains(t)) {
          tasksSeen.add(t);
        }
      });
      return null;
    }
    JsonNode v = res.get(metric);
    if (v == null) {
      List<String> keys = new ArrayList<>();
      res.fieldNames().forEachRemaining(k -> {
        if (!k.contains("_stderr") && res.get(k).isNumber()) {
          keys.add(k);
        }
      });
      throw InvalidTrajectoryException.of(name, 0, "results." + task + "." + metric,
          "must be present; pass --metric with one of the metrics given", "metrics " + String.join(" ", keys));
    }
    if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
      throw InvalidTrajectoryException.of(name, 0, "results." + task + "." + metric, "must be a finite number",
          v.toString());
    }
    String metricName = metric.contains(",") ? metric.substring(0, metric.indexOf(',')) : metric;
    JsonNode hib = root.path("higher_is_better").path(task).path(metricName);
    if (hib.isBoolean() && !hib.asBoolean()) {
      throw InvalidTrajectoryException.of(name, 0, "higher_is_better." + task + "." + metricName,
          "must be true: the audit needs a score where larger is better; pass an accuracy-like --metric", "false");
    }
    String seKey = metric.contains(",") ? metric.replaceFirst(",", "_stderr,") : metric + "_stderr";
    JsonNode se = res.get(seKey);
    // lm-eval writes "N/A" when it computed no standard error: that is "not given", not an error
    double stderr = se != null && se.isNumber() ? se.asDouble() : Double.NaN;
    if (stderr < 0 || Double.isInfinite(stderr)) {
      throw InvalidTrajectoryException.of(name, 0, "results." + task + "." + seKey, "must be a finite number >= 0",
          se.toString());
    }
    JsonNode count = root.path("n-samples").path(task);
    int questions = count.path("effective").isInt() ? count.path("effective").asInt()
        : count.path("original").isInt() ? count.path("original").asInt() : 0;

    JsonNode numParams = root.path("config").path("model_num_parameters");
    // lm-eval's hf model records its parameter count (-1 when unknown): a size for names that carry none
    double parameters = numParams.isNumber() && numParams.asDouble() > 0 ? numParams.asDouble() : Double.NaN;
    ModelArgs args = ModelArgs.of(root.path("config").get("model_args"));
    String identity = args.name();
    String nameSource = "config.model_args " + args.nameKey() + "=";
    if (identity.isEmpty()) {
      identity = root.path("model_name").asText("");
      nameSource = "model_name";
    }
    if (identity.isEmpty()) {
      throw InvalidTrajectoryException.of(name, 0, "config.model_args", "must name the model (peft=, delta=, "
          + "pretrained=, model=, path= or engine=), or model_name must", args.toString().isEmpty() ? "''" : args.toString());
    }
    Map<String, Double> steps = new LinkedHashMap<>();
    JsonNode explicit = root.get("steps");
    if (explicit != null) {
      double s = explicit.isNumber() ? explicit.asDouble() : Double.NaN;
      if (!(s >= 0) || Double.isInfinite(s)) {
        throw InvalidTrajectoryException.of(name, 0, "steps", "must be a number >= 0", explicit.toString());
      }
      return new HarnessFile(file, identity, nameSource, args.base(), s, "steps field", v.asDouble(), stderr,
          questions, parameters);
    }
    CheckpointName revision = CheckpointName.parse(args.get("revision"));
    if (revision.hasStep()) {
      steps.put("revision=" + args.get("revision"), revision.step());
    }
    CheckpointName id = CheckpointName.parse(identity);
    if (id.hasStep()) {
      steps.put(args.nameKey().isEmpty() ? "model_name" : args.nameKey() + "= path (" + id.token() + ")", id.step());
    }
    CheckpointName path = CheckpointName.parse(rel.endsWith(".json") ? rel.substring(0, rel.length() - 5) : rel);
    if (path.hasStep()) {
      steps.put("file path (" + path.token() + ")", path.step());
    }
    double step = Double.NaN;
    String source = "";
    for (Iterator<Map.Entry<String, Double>> it = steps.entrySet().iterator(); it.hasNext();) {
      Map.Entry<String, Double> e = it.next();
      if (!Double.isNaN(step) && e.getValue() != step) {
        throw InvalidTrajectoryException.of(name, 0, "steps", "the checkpoint step must be the same wherever it is "
            + "named", source + " says " + fmt(step) + ", " + e.getKey() + " says " + fmt(e.getValue()));
      }
      if (Double.isNaN(step)) {
        step = e.getValue();
        source = e.getKey();
      }
    }
    return new HarnessFile(file, identity, nameSource, args.base(), step, source, v.asDouble(), stderr, questions,
        parameters);
  }

  static String fmt(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }
}
