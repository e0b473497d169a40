package org.lbgame.fit;

import java.util.ArrayList;
import java.util.List;
import org.lbgame.model.Model;

/** The fitted curves of a trajectory set, strongest model first, with how {@code L} and {@code U} were chosen. */
public final class FitResult {
  private final TrajectorySet data;
  private final FitOptions options;
  private final double floor;
  private final double ceiling;
  private final String floorNote;
  private final String ceilingNote;
  private final List<FittedCurve> curves;

  private FitResult(TrajectorySet data, FitOptions options, double floor, double ceiling, String floorNote,
      String ceilingNote, List<FittedCurve> curves) {
    this.data = data;
    this.options = options;
    this.floor = floor;
    this.ceiling = ceiling;
    this.floorNote = floorNote;
    this.ceilingNote = ceilingNote;
    this.curves = curves;
  }

  /** A fit result; {@code curves.get(i)} belongs to {@code data.get(i)}. */
  public static FitResult of(TrajectorySet data, FitOptions options, double floor, double ceiling, String floorNote,
      String ceilingNote, List<FittedCurve> curves) {
    return new FitResult(data, options, floor, ceiling, floorNote, ceilingNote, List.copyOf(curves));
  }

  /** The data fitted. */
  public TrajectorySet data() {
    return data;
  }

  /** The options used. */
  public FitOptions options() {
    return options;
  }

  /** Common floor {@code L}. */
  public double floor() {
    return floor;
  }

  /** Common ceiling {@code U}. */
  public double ceiling() {
    return ceiling;
  }

  /** How {@code L} was chosen, in words. */
  public String floorNote() {
    return floorNote;
  }

  /** How {@code U} was chosen, in words. */
  public String ceilingNote() {
    return ceilingNote;
  }

  /** The curves, strongest model first. */
  public List<FittedCurve> curves() {
    return curves;
  }

  /**
   * The fitted models for the model layer, strongest first, with their capability proxies (for building a
   * {@code Game} with a cost and rewards: the designer's entry point).
   */
  public List<Model> toModels() {
    return toModelsWhere(i -> true);
  }

  /** The fitted models whose index {@code keep} accepts, strongest first (e.g. the good fits only). */
  public List<Model> toModelsWhere(java.util.function.IntPredicate keep) {
    List<Model> out = new ArrayList<>();
    for (int i = 0; i < curves.size(); i++) {
      if (keep.test(i)) {
        out.add(Model.of(curves.get(i).model(), data.get(i).capability(), curves.get(i).toPowerLawCurve()));
      }
    }
    return out;
  }

  /** Curve of model {@code i}. */
  public FittedCurve curve(int i) {
    return curves.get(i);
  }
}
