package org.lbgame.fit;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.lbgame.model.StrictJson;

/**
 * Reads trajectories from lm-evaluation-harness output: one results JSON per model and step under a directory.
 * The model is {@code model_name} (else {@code pretrained=} in {@code config.model_args}); the step is a top-level
 * {@code steps} field, else the last {@code step<N>}, {@code step-<N>}, {@code step_<N>} or {@code checkpoint-<N>}
 * in the file's path relative to the directory or in {@code model_args} (e.g. {@code revision=step1000}).
 * The score is {@code results.<task>.<metric>} ({@code acc,none} or legacy {@code acc}); the standard error is
 * {@code <metric-name>_stderr,<filter>} when present. Capability: parsed model size unless an order is given.
 */
public final class HarnessJsonReader {
  private static final Pattern STEP = Pattern.compile("(?:step|checkpoint)[-_]?(\\d+)", Pattern.CASE_INSENSITIVE);

  private HarnessJsonReader() {
  }

  /**
   * Reads every {@code *.json} under {@code dir} for {@code task} and {@code metric}; {@code strongestFirst}
   * (may be empty) fixes the capability order, otherwise sizes parsed from the names do.
   */
  public static TrajectorySet read(Path dir, String task, String metric, List<String> strongestFirst) {
    if (!Files.isDirectory(dir)) {
      throw InvalidTrajectoryException.of(dir.toString(), 0, "directory", "must be a directory of results JSON", dir.toString());
    }
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(p -> p.toString().endsWith(".json") && Files.isRegularFile(p)).sorted().toList();
    } catch (IOException | UncheckedIOException e) {
      throw InvalidTrajectoryException.of(dir.toString(), 0, "directory", "must be a readable directory",
          String.valueOf(e.getMessage()));
    }
    if (files.isEmpty()) {
      throw InvalidTrajectoryException.of(dir.toString(), 0, "directory", "must contain results *.json files", dir.toString());
    }
    Map<String, List<TrajectoryPoint>> points = new LinkedHashMap<>();
    for (Path f : files) {
      String name = f.toString();
      JsonNode root = StrictJson.read(f, name);
      String modelArgs = root.path("config").path("model_args").asText("");
      String model = root.path("model_name").asText("");
      if (model.isEmpty()) {
        Matcher m = Pattern.compile("pretrained=([^,]+)").matcher(modelArgs);
        model = m.find() ? m.group(1) : "";
      }
      if (model.isEmpty()) {
        throw InvalidTrajectoryException.of(name, 0, "model_name", "must name the model (or config.model_args pretrained=)", "");
      }
      double steps;
      if (root.has("steps")) {
        steps = root.get("steps").asDouble(Double.NaN);
        if (!(steps >= 0) || Double.isInfinite(steps)) {
          throw InvalidTrajectoryException.of(name, 0, "steps", "must be a number >= 0", root.get("steps").toString());
        }
      } else {
        steps = lastStep(dir.relativize(f).toString() + " " + modelArgs, name);
      }
      JsonNode res = root.path("results").path(task);
      if (res.isMissingNode()) {
        throw InvalidTrajectoryException.of(name, 0, "results." + task, "must be present", "missing");
      }
      JsonNode v = res.get(metric);
      if (v == null || !v.isNumber() || !Double.isFinite(v.asDouble())) {
        throw InvalidTrajectoryException.of(name, 0, "results." + task + "." + metric, "must be a finite number",
            v == null ? "missing" : v.toString());
      }
      String seKey = metric.contains(",") ? metric.replaceFirst(",", "_stderr,") : metric + "_stderr";
      JsonNode se = res.get(seKey);
      double stderr = se != null && se.isNumber() ? se.asDouble() : Double.NaN;
      points.computeIfAbsent(model, k -> new ArrayList<>()).add(TrajectoryPoint.of(steps, v.asDouble(), stderr, name, 0));
    }
    List<Trajectory> list = new ArrayList<>();
    for (Map.Entry<String, List<TrajectoryPoint>> e : points.entrySet()) {
      list.add(Trajectory.of(e.getKey(), capability(e.getKey(), strongestFirst, dir.toString()), e.getValue()));
    }
    return TrajectorySet.of(dir.toString(), list);
  }

  private static double capability(String model, List<String> strongestFirst, String source) {
    if (!strongestFirst.isEmpty()) {
      int i = strongestFirst.indexOf(model);
      if (i < 0) {
        throw InvalidTrajectoryException.of(source, 0, "order", "must list every model", model);
      }
      return -(i + 1);
    }
    OptionalDouble size = ModelSize.parameters(model);
    if (size.isEmpty()) {
      throw InvalidTrajectoryException.of(source, 0, "model_name", "must carry a size (e.g. 7B) or an explicit order must be given", model);
    }
    return size.getAsDouble();
  }

  private static double lastStep(String text, String file) {
    Matcher m = STEP.matcher(text);
    String last = null;
    while (m.find()) {
      last = m.group(1);
    }
    if (last == null) {
      throw InvalidTrajectoryException.of(file, 0, "steps",
          "must be a top-level field or appear in the path/revision as step<N> or checkpoint-<N>", text.trim());
    }
    return Double.parseDouble(last);
  }
}
