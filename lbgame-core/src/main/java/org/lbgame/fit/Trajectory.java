package org.lbgame.fit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.lbgame.model.Model;

/** The measured post-training trajectory of one model, points sorted by added effort. */
public final class Trajectory {
  private final String model;
  private final double capability;
  private final List<TrajectoryPoint> points;

  private Trajectory(String model, double capability, List<TrajectoryPoint> points) {
    this.model = model;
    this.capability = capability;
    this.points = points;
  }

  /**
   * A trajectory of {@code model} with latent capability proxy {@code capability} (larger is stronger).
   * Points are sorted by steps; duplicated steps are an input error reported on the later point.
   */
  public static Trajectory of(String model, double capability, List<TrajectoryPoint> points) {
    if (model.length() > Model.MAX_NAME_LENGTH || model.chars().anyMatch(Character::isISOControl)) {
      TrajectoryPoint p = points.isEmpty() ? TrajectoryPoint.of(0, 0) : points.get(0);
      throw InvalidTrajectoryException.of(p.source(), p.line(), "model", "must be at most " + Model.MAX_NAME_LENGTH
          + " characters without control characters", model);
    }
    List<TrajectoryPoint> sorted = new ArrayList<>(points);
    sorted.sort(Comparator.comparingDouble(TrajectoryPoint::steps));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).steps() == sorted.get(i - 1).steps()) {
        boolean later = sorted.get(i).line() >= sorted.get(i - 1).line();
        TrajectoryPoint p = later ? sorted.get(i) : sorted.get(i - 1);
        TrajectoryPoint q = later ? sorted.get(i - 1) : sorted.get(i);
        String also = q.source().equals(p.source()) ? (q.line() > 0 ? " (also on line " + q.line() + ")" : "")
            : " (also in " + q.source() + (q.line() > 0 ? ":" + q.line() : "") + ")";
        throw InvalidTrajectoryException.of(p.source(), p.line(), "steps",
            "must not repeat for model " + model + also, Double.toString(p.steps()));
      }
    }
    return new Trajectory(model, capability, List.copyOf(sorted));
  }

  /** The model's name. */
  public String model() {
    return model;
  }

  /** The capability proxy {@code theta} (larger is stronger). */
  public double capability() {
    return capability;
  }

  /** The points, sorted by increasing steps. */
  public List<TrajectoryPoint> points() {
    return points;
  }

  /** The score measured at exactly {@code steps}, NaN if that step was not measured. */
  public double scoreAt(double steps) {
    for (TrajectoryPoint p : points) {
      if (p.steps() == steps) {
        return p.score();
      }
    }
    return Double.NaN;
  }

  /** The point measured at exactly {@code steps}, or null. */
  public TrajectoryPoint pointAt(double steps) {
    for (TrajectoryPoint p : points) {
      if (p.steps() == steps) {
        return p;
      }
    }
    return null;
  }
}
