package org.lbgame.fit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The trajectories of several models, indexed {@code 0..n-1} in strictly decreasing capability (index 0 strongest). */
public final class TrajectorySet {
  /** Most models one audit reads. */
  public static final int MAX_MODELS = 2_000;

  private final String source;
  private final List<Trajectory> models;
  private final List<String> notes;
  // every measured step, computed once: checks ask for it per pair
  private final double[] steps;

  private TrajectorySet(String source, List<Trajectory> models, List<String> notes) {
    this.source = source;
    this.models = models;
    this.notes = notes;
    this.steps = models.stream().flatMap(t -> t.points().stream()).mapToDouble(TrajectoryPoint::steps)
        .distinct().sorted().toArray();
  }

  /**
   * Orders {@code trajectories} strongest first; equal capabilities, no model, or more than
   * {@link #MAX_MODELS} models are an input error (SPEC section 1).
   */
  public static TrajectorySet of(String source, List<Trajectory> trajectories) {
    if (trajectories.isEmpty()) {
      throw InvalidTrajectoryException.of(source, 0, "model", "must name at least one model", "");
    }
    if (trajectories.size() > MAX_MODELS) {
      // the audit's report, plots and pair checks grow with n (10^4 models took 4 GB)
      throw InvalidTrajectoryException.of(source, 0, "model", "at most " + MAX_MODELS + " models are audited",
          Integer.toString(trajectories.size()));
    }
    List<Trajectory> sorted = new ArrayList<>(trajectories);
    sorted.sort(Comparator.comparingDouble(Trajectory::capability).reversed());
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).capability() == sorted.get(i - 1).capability()) {
        throw InvalidTrajectoryException.of(source, 0, "capability",
            "must differ between models (" + sorted.get(i - 1).model() + ", " + sorted.get(i).model() + ")",
            Double.toString(sorted.get(i).capability()));
      }
    }
    return new TrajectorySet(source, List.copyOf(sorted), List.of());
  }

  /** The same set with notes on how it was read (layout recognized, base models, sizes), for the report. */
  public TrajectorySet withNotes(List<String> readingNotes) {
    return new TrajectorySet(source, models, List.copyOf(readingNotes));
  }

  /** How the input was read, one sentence each (empty for CSV). */
  public List<String> notes() {
    return notes;
  }

  /** Where the data came from. */
  public String source() {
    return source;
  }

  /** Number of models {@code n}. */
  public int size() {
    return models.size();
  }

  /** Model {@code i} (0 = strongest). */
  public Trajectory get(int i) {
    return models.get(i);
  }

  /** All models, strongest first. */
  public List<Trajectory> models() {
    return models;
  }

  /** Every step measured for at least one model, ascending. */
  public double[] allSteps() {
    return steps.clone();
  }

  /** The largest measured step over all models. */
  public double maxSteps() {
    return steps.length == 0 ? 0 : steps[steps.length - 1];
  }
}
