package org.lbgame.fit;

import java.util.Objects;

/** One measured point of a post-training trajectory: a model's score after {@code steps} of added effort. */
public final class TrajectoryPoint {
  private final double steps;
  private final double score;
  private final double stderr;
  private final int questions;
  private final String source;
  private final long line;

  private TrajectoryPoint(double steps, double score, double stderr, int questions, String source, long line) {
    this.steps = steps;
    this.score = score;
    this.stderr = stderr;
    this.questions = questions;
    this.source = source;
    this.line = line;
  }

  /** Most steps of added effort a point may have (a step count of 400 digits is a typo, not a run). */
  public static final double MAX_STEPS = 1e15;

  /**
   * A point read from {@code source} at {@code line}; {@code stderr} is NaN when not given. Steps outside
   * {@code [0, MAX_STEPS]} are an input error.
   */
  public static TrajectoryPoint of(double steps, double score, double stderr, String source, long line) {
    return of(steps, score, stderr, 0, source, line);
  }

  /**
   * A point that also records how many test items ({@code questions > 0}, 0 when unknown) the score is a mean over,
   * as lm-eval's {@code n-samples} does: the basis of a binomial noise model when no standard error is given.
   */
  public static TrajectoryPoint of(double steps, double score, double stderr, int questions, String source, long line) {
    if (!(steps >= 0 && steps <= MAX_STEPS)) {
      throw InvalidTrajectoryException.of(source, line, "steps", "must be a number in [0, 1e15]",
          Double.toString(steps));
    }
    if (questions < 0) {
      throw new IllegalArgumentException("questions must be >= 0: " + questions);
    }
    return new TrajectoryPoint(steps, score, stderr, questions, Objects.requireNonNull(source), line);
  }

  /** A point without standard error or provenance (synthetic data, tests). */
  public static TrajectoryPoint of(double steps, double score) {
    return new TrajectoryPoint(steps, score, Double.NaN, 0, "<memory>", 0);
  }

  /** Added effort {@code x} (training steps). */
  public double steps() {
    return steps;
  }

  /** Observed score {@code f(theta, x)}. */
  public double score() {
    return score;
  }

  /** Standard error of the score, NaN when unknown. */
  public double stderr() {
    return stderr;
  }

  /** True when a standard error was given. */
  public boolean hasStderr() {
    return !Double.isNaN(stderr);
  }

  /** Number of test items behind the score (lm-eval's {@code n-samples}), 0 when unknown. */
  public int questions() {
    return questions;
  }

  /** Where the point was read from (file name). */
  public String source() {
    return source;
  }

  /** The 1-based line (CSV record) it was read from, 0 if not from a line-oriented file. */
  public long line() {
    return line;
  }

  @Override
  public String toString() {
    return "(" + steps + ", " + score + ")";
  }
}
