package org.lbgame.fit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads trajectories from lm-evaluation-harness output as post-training runs produce it: every {@code *.json} under
 * a directory is one results file of one model at one checkpoint ({@link HarnessFile}). Files are grouped by the
 * model with its checkpoint removed ({@link CheckpointName}); a file naming no checkpoint is the base model, step 0,
 * of the run whose checkpoints share its path (or its last path segment, when unique), or of the model
 * {@code --base MODEL=FILE} names. Files without results for the task are skipped and counted. Capability: the
 * given order, else the size given by {@code --size} or parsed from the model's name (or, for an adapter, its base).
 */
public final class HarnessJsonReader {
  private HarnessJsonReader() {
  }

  /** Reads {@code dir} for {@code task} and {@code metric}; {@code strongestFirst} (may be empty) fixes the order. */
  public static TrajectorySet read(Path dir, String task, String metric, List<String> strongestFirst) {
    return read(dir, HarnessOptions.of(task, metric).withOrder(strongestFirst));
  }

  /** Reads {@code dir} with the given options. */
  public static TrajectorySet read(Path dir, HarnessOptions o) {
    String source = dir.toString();
    if (!Files.isDirectory(dir)) {
      throw InvalidTrajectoryException.of(source, 0, "directory", "must be a directory of lm-eval results files",
          source);
    }
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(p -> p.toString().endsWith(".json") && Files.isRegularFile(p)).sorted().toList();
    } catch (IOException | UncheckedIOException e) {
      throw InvalidTrajectoryException.of(dir.toString(), 0, "directory", "must be a readable directory",
          String.valueOf(e.getMessage()));
    }
    Map<Path, String> explicitBase = new LinkedHashMap<>();
    for (Map.Entry<String, Path> e : o.bases().entrySet()) {
      Path f = e.getValue().isAbsolute() || Files.isRegularFile(e.getValue()) ? e.getValue() : dir.resolve(e.getValue());
      if (!Files.isRegularFile(f)) {
        throw InvalidTrajectoryException.of(InvalidTrajectoryException.OPTIONS, 0, "--base",
            "must name a results file (absolute, or relative to the working or the results directory)",
            e.getKey() + "=" + e.getValue());
      }
      explicitBase.put(f.toAbsolutePath().normalize(), e.getKey());
    }
    List<Path> all = new ArrayList<>(files);
    for (Path f : explicitBase.keySet()) {
      if (all.stream().noneMatch(p -> p.toAbsolutePath().normalize().equals(f))) {
        all.add(f);
      }
    }
    if (all.isEmpty()) {
      throw InvalidTrajectoryException.of(source, 0, "directory", "must contain lm-eval results *.json files", source);
    }
    List<HarnessFile> read = new ArrayList<>();
    List<String> tasksSeen = new ArrayList<>();
    int skipped = 0;
    for (Path f : all) {
      Path abs = f.toAbsolutePath().normalize();
      String rel = abs.startsWith(dir.toAbsolutePath().normalize())
          ? dir.toAbsolutePath().normalize().relativize(abs).toString() : f.getFileName().toString();
      HarnessFile h = HarnessFile.read(f, rel, o.task(), o.metric(), tasksSeen);
      if (h == null) {
        skipped++;
      } else {
        read.add(h);
      }
    }
    if (read.isEmpty()) {
      throw InvalidTrajectoryException.of(source, 0, "--task", "must name a task of the results files",
          o.task() + "; tasks: " + String.join(" ", tasksSeen));
    }
    Map<String, List<HarnessFile>> byModel = new LinkedHashMap<>();
    List<HarnessFile> unstepped = new ArrayList<>();
    for (HarnessFile h : read) {
      if (explicitBase.containsKey(h.file.toAbsolutePath().normalize())) {
        unstepped.add(h);
      } else if (Double.isNaN(h.step)) {
        unstepped.add(h);
      } else {
        byModel.computeIfAbsent(h.model(), k -> new ArrayList<>()).add(h);
      }
    }
    List<String> notes = new ArrayList<>();
    notes.add(read.size() + " results files for " + o.task() + " / " + o.metric() + " under " + source
        + (skipped > 0 ? " (" + skipped + " without results for " + o.task() + " skipped)" : ""));
    Set<String> stepSources = new LinkedHashSet<>();
    read.forEach(h -> {
      if (!Double.isNaN(h.step)) {
        stepSources.add(h.stepSource.replaceAll("\\d+", "N"));
      }
    });
    if (!stepSources.isEmpty()) {
      notes.add("checkpoint step read from: " + String.join("; ", stepSources));
    }
    for (HarnessFile h : unstepped) {
      String given = explicitBase.get(h.file.toAbsolutePath().normalize());
      String[] run = given != null
          ? new String[] {ModelNames.resolve(given, byModel.keySet(), "--base"), "given by --base"}
          : baseOf(h, byModel.keySet());
      String model = run[0];
      String how = run[1];
      HarnessFile b = h.asBase(how);
      byModel.get(model).add(b);
      notes.add("step 0 of " + model + ": " + h.identity + " (" + h.name + "), " + how);
    }
    List<Trajectory> list = new ArrayList<>();
    Map<String, Double> capability = capabilities(byModel, o, source, notes);
    for (Map.Entry<String, List<HarnessFile>> e : byModel.entrySet()) {
      List<TrajectoryPoint> pts = new ArrayList<>();
      e.getValue().forEach(h -> pts.add(h.point()));
      list.add(Trajectory.of(e.getKey(), capability.get(e.getKey()), pts));
    }
    return TrajectorySet.of(source, list).withNotes(notes);
  }

  /**
   * The run a file without a checkpoint is the base model of, and how that was decided: its checkpoints have the
   * same path, or extend its path, or (when unique) end in the same name ({@code EleutherAI/pythia-1.4b} for
   * {@code /models/pythia-1.4b/step_10}).
   */
  private static String[] baseOf(HarnessFile h, Set<String> runs) {
    String m = h.model();
    if (runs.contains(m)) {
      return new String[] {m, "its checkpoints have the same path"};
    }
    List<String> prefixed = runs.stream().filter(r -> r.startsWith(m + "/") || r.startsWith(m + "\\")).toList();
    if (prefixed.size() == 1) {
      return new String[] {prefixed.get(0), "its checkpoints extend its path"};
    }
    List<String> named = runs.stream()
        .filter(r -> CheckpointName.baseName(r).equalsIgnoreCase(CheckpointName.baseName(m))).toList();
    if (prefixed.isEmpty() && named.size() == 1) {
      return new String[] {named.get(0), "the only run with the same name"};
    }
    List<String> candidates = prefixed.isEmpty() ? named : prefixed;
    throw InvalidTrajectoryException.of(h.name, 0, "steps", candidates.isEmpty()
        ? "must name a checkpoint (.../step_N, checkpoint-N, revision=stepN, global_stepN or a step folder), or the "
            + "file is a base model: pass --base MODEL=FILE with the run it starts"
        : "cannot tell which run this base model starts (" + String.join(", ", candidates) + "); pass --base MODEL=FILE",
        h.identity);
  }

  private static Map<String, Double> capabilities(Map<String, List<HarnessFile>> byModel, HarnessOptions o,
      String source, List<String> notes) {
    Map<String, Double> cap = new LinkedHashMap<>();
    if (!o.order().isEmpty()) {
      for (int i = 0; i < o.order().size(); i++) {
        String m = ModelNames.resolve(o.order().get(i), byModel.keySet(), "--order");
        if (cap.put(m, (double) -(i + 1)) != null) {
          throw InvalidTrajectoryException.of(InvalidTrajectoryException.OPTIONS, 0, "--order",
              "must list each model once", o.order().get(i));
        }
      }
      for (String m : byModel.keySet()) {
        if (!cap.containsKey(m)) {
          throw InvalidTrajectoryException.of(InvalidTrajectoryException.OPTIONS, 0, "--order",
              "must list every model read", "missing " + m);
        }
      }
      notes.add("capability order: as given by --order");
      return cap;
    }
    Map<String, String> given = new LinkedHashMap<>();
    for (Map.Entry<String, Double> e : o.sizes().entrySet()) {
      String m = ModelNames.resolve(e.getKey(), byModel.keySet(), "--size");
      cap.put(m, e.getValue());
      given.put(m, e.getKey());
    }
    Map<Double, String> bySize = new LinkedHashMap<>();
    for (Map.Entry<String, List<HarnessFile>> e : byModel.entrySet()) {
      String m = e.getKey();
      HarnessFile first = e.getValue().get(0);
      if (!cap.containsKey(m)) {
        OptionalDouble size = ModelSize.parameters(m);
        if (size.isEmpty() && !Double.isNaN(first.parameters)) {
          size = OptionalDouble.of(first.parameters);
        }
        if (size.isEmpty() && !first.base.isEmpty()) {
          size = ModelSize.parameters(CheckpointName.parse(first.base).model());
        }
        if (size.isEmpty()) {
          throw InvalidTrajectoryException.of(first.name, 0, "model", "carries no size (e.g. 1.4b, 410m) and no file gives "
              + "config.model_num_parameters; pass --size MODEL=SIZE or --order strongest,...,weakest", m);
        }
        cap.put(m, size.getAsDouble());
      }
      String other = bySize.put(cap.get(m), m);
      if (other != null) {
        throw InvalidTrajectoryException.of(source, 0, "model", "sizes must differ to order the models (" + other
            + ", " + m + "); pass --order strongest,...,weakest", ModelSize.label(cap.get(m)));
      }
    }
    notes.add("capability: model size" + (given.isEmpty() ? " parsed from the names"
        : " (" + String.join(", ", given.values()) + " given by --size, the others parsed from the names)")
        + "; where a name carries none, config.model_num_parameters, else the adapter's base model");
    return cap;
  }
}
