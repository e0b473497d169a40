package org.lbgame.gen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;
import org.lbgame.fit.Trajectory;
import org.lbgame.fit.TrajectoryPoint;
import org.lbgame.fit.TrajectorySet;

/**
 * Synthetic post-training trajectories from known generalized power laws
 * {@code f(x) = L + (U - L) sigmoid(a + b log(x0 + x))} plus noise. Framework-neutral: every method takes a
 * {@link RandomGenerator}, so JUnit, QuickTheories or JMH drive it with their own seeds.
 */
public final class TrajectoryGenerator {
  private TrajectoryGenerator() {
  }

  /** The true parameters of one synthetic model. */
  public record ModelSpec(String name, double capability, double a, double b) {
  }

  /** The noise-free curve value. */
  public static double truth(double a, double b, double floor, double ceiling, double x0, double x) {
    double z = a + b * Math.log(x0 + x);
    return floor + (ceiling - floor) / (1 + Math.exp(-z));
  }

  /**
   * Points with Gaussian noise of standard deviation {@code sigma} on the logit scale, the noise model under
   * which the OLS t-intervals are exact (used for coverage tests).
   */
  public static List<TrajectoryPoint> logitNoise(RandomGenerator rng, double a, double b, double floor,
      double ceiling, double x0, double[] steps, double sigma) {
    List<TrajectoryPoint> out = new ArrayList<>();
    for (double x : steps) {
      double z = a + b * Math.log(x0 + x) + sigma * rng.nextGaussian();
      out.add(TrajectoryPoint.of(x, floor + (ceiling - floor) / (1 + Math.exp(-z)), Double.NaN, "<generator>", 0));
    }
    return out;
  }

  /**
   * Points as accuracies on {@code examples} test items: each score is a binomial proportion around the true
   * curve (the noise of a real benchmark), with its binomial standard error.
   */
  public static List<TrajectoryPoint> accuracyNoise(RandomGenerator rng, double a, double b, double floor,
      double ceiling, double x0, double[] steps, int examples) {
    List<TrajectoryPoint> out = new ArrayList<>();
    for (double x : steps) {
      double p = truth(a, b, floor, ceiling, x0, x);
      int hits = 0;
      for (int i = 0; i < examples; i++) {
        if (rng.nextDouble() < p) {
          hits++;
        }
      }
      double s = (double) hits / examples;
      out.add(TrajectoryPoint.of(x, s, Math.sqrt(s * (1 - s) / examples), "<generator>", 0));
    }
    return out;
  }

  /** A trajectory set with logit-scale noise for every model of {@code specs}. */
  public static TrajectorySet logitNoiseSet(RandomGenerator rng, List<ModelSpec> specs, double floor, double ceiling,
      double x0, double[] steps, double sigma) {
    List<Trajectory> list = new ArrayList<>();
    for (ModelSpec m : specs) {
      list.add(Trajectory.of(m.name(), m.capability(), logitNoise(rng, m.a(), m.b(), floor, ceiling, x0, steps, sigma)));
    }
    return TrajectorySet.of("<generator>", list);
  }

  /** A noise-free trajectory set (exact curve values at {@code steps}). */
  public static TrajectorySet exactSet(List<ModelSpec> specs, double floor, double ceiling, double x0, double[] steps) {
    List<Trajectory> list = new ArrayList<>();
    for (ModelSpec m : specs) {
      List<TrajectoryPoint> pts = new ArrayList<>();
      for (double x : steps) {
        pts.add(TrajectoryPoint.of(x, truth(m.a(), m.b(), floor, ceiling, x0, x)));
      }
      list.add(Trajectory.of(m.name(), m.capability(), pts));
    }
    return TrajectorySet.of("<generator>", list);
  }

  /** The set as CSV text with columns {@code model,capability,steps,score,stderr}. */
  public static String toCsv(TrajectorySet set) {
    StringBuilder sb = new StringBuilder("model,capability,steps,score,stderr\n");
    for (Trajectory t : set.models()) {
      for (TrajectoryPoint p : t.points()) {
        sb.append(String.format(Locale.ROOT, "%s,%s,%s,%.6f,%s%n", t.model(), fmt(t.capability()), fmt(p.steps()),
            p.score(), p.hasStderr() ? String.format(Locale.ROOT, "%.6f", p.stderr()) : ""));
      }
    }
    return sb.toString();
  }

  private static String fmt(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }

  /** Log-spaced integer steps {@code 0, ..., max} ({@code count} distinct values). */
  public static double[] logSteps(int count, double max) {
    double[] s = new double[count];
    for (int i = 1; i < count; i++) {
      s[i] = Math.rint(Math.exp(Math.log(max + 1) * i / (count - 1)) - 1);
      if (s[i] <= s[i - 1]) {
        s[i] = s[i - 1] + 1;
      }
    }
    return s;
  }
}
