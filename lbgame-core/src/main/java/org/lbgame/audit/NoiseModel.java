package org.lbgame.audit;

import java.util.Locale;
import org.lbgame.fit.InvalidTrajectoryException;
import org.lbgame.fit.Trajectory;
import org.lbgame.fit.TrajectoryPoint;
import org.lbgame.fit.TrajectorySet;

/**
 * The measurement noise the raw checks (C1-raw, C2-raw) judge violations against. A point's standard error is the
 * one given in the data; where none is given, the binomial {@code sqrt(p (1 - p) / n)} of an accuracy {@code p}
 * over {@code n} questions (from lm-eval's {@code n-samples}, or {@code --noise binomial:N}); with
 * {@code --noise exact} the scores are taken as exact (SE 0); otherwise the SE is unknown and a raw violation is
 * undecided: without a noise model one question's difference cannot be told from a real one.
 */
public final class NoiseModel {
  private final int questions;
  private final boolean exact;

  private NoiseModel(int questions, boolean exact) {
    this.questions = questions;
    this.exact = exact;
  }

  /** Standard errors as given, else binomial from each point's number of questions, else unknown. */
  public static NoiseModel fromData() {
    return new NoiseModel(0, false);
  }

  /** Standard errors as given, else binomial over {@code n > 0} questions. */
  public static NoiseModel binomial(int n) {
    if (n <= 0) {
      throw InvalidTrajectoryException.of(InvalidTrajectoryException.OPTIONS, 0, "--noise",
          "binomial:N needs N >= 1 questions", "binomial:" + n);
    }
    return new NoiseModel(n, false);
  }

  /** Standard errors as given, else 0: the scores are exact (e.g. synthetic curve values). */
  public static NoiseModel exact() {
    return new NoiseModel(0, true);
  }

  /** Parses {@code data}, {@code exact} or {@code binomial:N} (the {@code --noise} option). */
  public static NoiseModel parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    if (t.equals("data")) {
      return fromData();
    }
    if (t.equals("exact")) {
      return exact();
    }
    if (t.startsWith("binomial:")) {
      try {
        return binomial(Integer.parseInt(t.substring("binomial:".length())));
      } catch (NumberFormatException e) {
        // reported below with the accepted forms
      }
    }
    throw InvalidTrajectoryException.of(InvalidTrajectoryException.OPTIONS, 0, "--noise",
        "must be data, exact or binomial:N (N questions)", text);
  }

  /** The standard error of {@code p}'s score under this model, NaN when unknown. */
  public double se(TrajectoryPoint p) {
    return se(p.score(), p.stderr(), p.questions());
  }

  /** The standard error of a point given as its score, SE and questions (the raw checks' arrays). */
  double se(double score, double stderr, int pointQuestions) {
    if (!Double.isNaN(stderr)) {
      return stderr;
    }
    int n = questions > 0 ? questions : pointQuestions;
    if (n > 0 && score >= 0 && score <= 1) {
      return Math.sqrt(score * (1 - score) / n);
    }
    return exact ? 0 : Double.NaN;
  }

  /** One sentence for the report: how many points had which kind of standard error. */
  public String describe(TrajectorySet set) {
    int given = 0;
    int binomial = 0;
    int unknown = 0;
    int total = 0;
    int n = 0;
    for (Trajectory t : set.models()) {
      for (TrajectoryPoint p : t.points()) {
        total++;
        if (p.hasStderr()) {
          given++;
        } else if ((questions > 0 ? questions : p.questions()) > 0 && p.score() >= 0 && p.score() <= 1) {
          binomial++;
          n = questions > 0 ? questions : p.questions();
        } else {
          unknown++;
        }
      }
    }
    if (given == total) {
      return "standard errors as given in the data for all " + total + " points";
    }
    StringBuilder b = new StringBuilder(given == 0 ? "No standard errors were given"
        : "Standard errors were given for " + given + " of " + total + " points");
    if (binomial > 0) {
      b.append(String.format(Locale.ROOT, "; %d points use the binomial SE sqrt(p (1 - p) / n) with n = %d "
          + "questions (%s)", binomial, n, questions > 0 ? "--noise binomial:" + questions : "lm-eval's n-samples"));
    }
    if (unknown > 0) {
      b.append(exact ? "; the other " + unknown + " are taken as exact (--noise exact)"
          : "; for " + unknown + " points the noise is unknown, so raw violations there are undecided (pass "
              + "--noise binomial:N with the task's number of questions, or --noise exact for exact scores)");
    }
    return b.toString();
  }
}
