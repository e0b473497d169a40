package org.lbgame.gen;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.lbgame.model.CostFunction;
import org.lbgame.model.ExponentialSaturationCurve;
import org.lbgame.model.Game;
import org.lbgame.model.LinearCost;
import org.lbgame.model.Model;
import org.lbgame.model.PiecewiseLinearCost;
import org.lbgame.model.PowerCost;
import org.lbgame.model.PowerLawCurve;
import org.lbgame.model.Rewards;
import org.lbgame.model.ScoreCurve;
import org.lbgame.model.TabulatedCost;
import org.lbgame.model.TabulatedCurve;

/**
 * Games that satisfy every hypothesis of the paper by construction: C1-C3 score curves, a convex,
 * strictly increasing cost with {@code c(0) = 0}, non-increasing rewards, ties to the higher capability.
 *
 * <p>Every draw uses {@code nextInt(origin, bound)} or {@code nextBoolean()} with the simplest value at
 * the origin, so an engine that shrinks its random draws towards the origin (QuickTheories) shrinks
 * the games towards fewer models, rounder numbers and simpler families. Numbers are short decimals or
 * dyadic rationals, so the discrete tables built from them are exact.
 */
public final class ValidGames {
  /** The score families generated. */
  public enum CurveFamily {
    /** Generalized power law, common floor, ceiling and offset; {@code a} strictly, {@code b} weakly decreasing. */
    POWER_LAW,
    /** Exponential saturation; ceilings decreasing, ranges {@code U - L} weakly increasing, rates weakly decreasing. */
    EXPONENTIAL_SATURATION,
    /** Tabulated curves built from their inverses: effort gaps nondecreasing and effort increments nondecreasing. */
    TABULATED
  }

  /** The cost families generated. */
  public enum CostFamily {
    /** {@code kappa e}. */
    LINEAR,
    /** {@code kappa e^p}, integer {@code p} in 1..3. */
    POWER,
    /** Piecewise linear with nondecreasing positive slopes. */
    PIECEWISE_LINEAR,
    /** Tabulated convex points, extended linearly. */
    TABULATED
  }

  /** The reward schemes generated. */
  public enum RewardScheme {
    /** {@code r_1 = 1}, rest 0. */
    WINNER_TAKE_ALL,
    /** 1 for the top K. */
    TOP_K,
    /** {@code 1/k}. */
    RECIPROCAL,
    /** {@code q^(k-1)}. */
    GEOMETRIC,
    /** {@code (n-k)/(n-1)}. */
    LINEAR,
    /** A random non-increasing vector of short dyadic numbers. */
    EXPLICIT
  }

  private ValidGames() {
  }

  /** A valid game with {@code n} models of any family, any valid cost and any reward scheme. */
  public static Game game(RandomGenerator rng, int n) {
    CurveFamily f = pick(rng, CurveFamily.values());
    return game(rng, n, f, pick(rng, CostFamily.values()), pick(rng, RewardScheme.values()));
  }

  /** A valid game of the given families. */
  public static Game game(RandomGenerator rng, int n, CurveFamily curves, CostFamily cost, RewardScheme rewards) {
    List<ScoreCurve> cs = curves(rng, n, curves);
    List<Model> models = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      models.add(Model.of("m" + (i + 1), n - i, cs.get(i)));
    }
    return Game.of(models, cost(rng, cost), rewards(rng, n, rewards));
  }

  /** A valid game case at the given scale: {@code n}, {@code tau}, horizon drawn within the scale's limits. */
  public static GameCase gameCase(RandomGenerator rng, Scale scale) {
    int n = 1 + rng.nextInt(0, scale.maxModels());
    int horizon;
    int tau;
    if (scale == Scale.ENUMERATION) {
      int e = 1 + rng.nextInt(0, scale.maxHorizon());
      while (pow(e + 1, n) > 4096) {
        e--;
      }
      horizon = e;
      tau = rng.nextInt(0, scale.maxTau() + 1);
    } else {
      // tau on the paper's axis 0..3000 most of the time, sometimes far beyond
      tau = rng.nextBoolean() ? rng.nextInt(0, 3001) : rng.nextInt(0, scale.maxTau() + 1);
      horizon = 1 + rng.nextInt(0, scale.maxHorizon());
    }
    return GameCase.of(game(rng, n), tau, horizon);
  }

  /** {@code n} curves of one family satisfying C1-C3 (strongest first). */
  public static List<ScoreCurve> curves(RandomGenerator rng, int n, CurveFamily family) {
    switch (family) {
      case POWER_LAW:
        return powerLaws(rng, n);
      case EXPONENTIAL_SATURATION:
        return exponentialSaturations(rng, n);
      default:
        return tabulated(rng, n);
    }
  }

  /**
   * Power laws with a common floor {@code L}, ceiling {@code U} and offset {@code x0 >= 1}; {@code a}
   * strictly and {@code b} weakly decreasing down the ranking (so C1 and C3 hold), and each {@code b}
   * either {@code <= 1} or small enough that {@code e^{-z(0)} (b-1)/(b+1) <= 1} (no S-part, so C2 holds).
   */
  public static List<ScoreCurve> powerLaws(RandomGenerator rng, int n) {
    double floor = rng.nextInt(0, 51) / 100.0;
    double ceiling = floor + (10 + rng.nextInt(0, 90)) / 100.0;
    double offset = rng.nextInt(0, 4) < 3 ? 1 : 1 + rng.nextInt(1, 31) / 10.0;
    double a = rng.nextInt(-30, 31) / 10.0;
    double b = (5 + rng.nextInt(0, 16)) / 10.0;
    List<ScoreCurve> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        a -= (1 + rng.nextInt(0, 20)) / 10.0;
        b -= rng.nextInt(0, 4) * b / 10.0;
        b = Math.max(b, 0.05);
      }
      double bi = b;
      if (bi > 1 && Math.exp(-(a + bi * Math.log(offset))) * (bi - 1) / (bi + 1) > 1) {
        bi = 1;
      }
      b = bi;
      out.add(PowerLawCurve.of(round(a, 6), round(bi, 6), floor, ceiling, offset));
    }
    return out;
  }

  /**
   * Exponential saturation {@code U - (U - L) e^{-k x}}: ceilings strictly decreasing, floors decreasing
   * at least as fast (ranges weakly increasing, which gives C1), rates weakly decreasing (which gives C3).
   */
  public static List<ScoreCurve> exponentialSaturations(RandomGenerator rng, int n) {
    double ceiling = (50 + rng.nextInt(0, 51)) / 100.0;
    double range = (10 + rng.nextInt(0, 40)) / 100.0;
    double rate = (1 + rng.nextInt(0, 40)) / 100.0;
    List<ScoreCurve> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        ceiling -= (1 + rng.nextInt(0, 10)) / 100.0;
        range += rng.nextInt(0, 10) / 100.0;
        rate -= rng.nextInt(0, 4) * rate / 8.0;
      }
      out.add(ExponentialSaturationCurve.of(round(ceiling - range, 6), round(ceiling, 6), rate));
    }
    return out;
  }

  /**
   * Tabulated curves built from their inverses on a common grid of integer score levels: the strongest
   * model's effort increments are nondecreasing positive integers (so the curve is concave); each weaker
   * model adds nondecreasing positive increments on top (so the effort gap {@code D} is nondecreasing and
   * positive: C3 and C1), starts at a strictly lower level and saturates at a strictly lower level.
   */
  public static List<ScoreCurve> tabulated(RandomGenerator rng, int n) {
    int[] start = new int[n];
    int[] top = new int[n];
    start[n - 1] = rng.nextInt(0, 3);
    for (int i = n - 2; i >= 0; i--) {
      start[i] = start[i + 1] + 1 + rng.nextInt(0, 2);
    }
    top[n - 1] = start[0] + 1 + rng.nextInt(0, 4);
    for (int i = n - 2; i >= 0; i--) {
      top[i] = top[i + 1] + 1 + rng.nextInt(0, 2);
    }
    int levels = top[0] + 1;
    int unit = 1 + rng.nextInt(0, 3);
    long[] inc = new long[levels];
    List<ScoreCurve> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      long d = 0;
      for (int j = start[i] + 1; j < levels; j++) {
        d = j == start[i] + 1 ? 1 + rng.nextInt(0, 3) : d + rng.nextInt(0, 3);
        inc[j] += d;
      }
      int m = top[i] - start[i] + 1;
      double[] x = new double[m];
      double[] y = new double[m];
      long sum = 0;
      for (int j = start[i]; j <= top[i]; j++) {
        if (j > start[i]) {
          sum += inc[j];
        }
        x[j - start[i]] = sum;
        y[j - start[i]] = (double) j * unit;
      }
      out.add(TabulatedCurve.of(x, y));
    }
    return out;
  }

  /** A convex, strictly increasing cost with {@code c(0) = 0} of the given family, dyadic numbers. */
  public static CostFunction cost(RandomGenerator rng, CostFamily family) {
    switch (family) {
      case LINEAR:
        return LinearCost.of(dyadic(rng));
      case POWER:
        return PowerCost.of(dyadic(rng), 1 + rng.nextInt(0, 3));
      case PIECEWISE_LINEAR: {
        int m = 1 + rng.nextInt(0, 4);
        double[] e = new double[m];
        double[] s = new double[m];
        for (int j = 0; j < m; j++) {
          e[j] = j == 0 ? 0 : e[j - 1] + 1 + rng.nextInt(0, 4);
          s[j] = j == 0 ? dyadic(rng) : s[j - 1] + rng.nextInt(0, 9) / 8.0;
        }
        return PiecewiseLinearCost.of(e, s);
      }
      default: {
        int m = 2 + rng.nextInt(0, 4);
        double[] e = new double[m];
        double[] c = new double[m];
        double slope = dyadic(rng);
        for (int j = 1; j < m; j++) {
          e[j] = e[j - 1] + 1 + rng.nextInt(0, 3);
          c[j] = c[j - 1] + slope * (e[j] - e[j - 1]);
          slope += rng.nextInt(0, 9) / 8.0;
        }
        return TabulatedCost.of(e, c);
      }
    }
  }

  /** Non-increasing rewards for {@code n} ranks under the given scheme. */
  public static Rewards rewards(RandomGenerator rng, int n, RewardScheme scheme) {
    switch (scheme) {
      case WINNER_TAKE_ALL:
        return Rewards.winnerTakeAll(n);
      case TOP_K:
        return Rewards.topK(n, 1 + rng.nextInt(0, n));
      case RECIPROCAL:
        return Rewards.reciprocal(n);
      case GEOMETRIC:
        return Rewards.geometric(n, (4 + rng.nextInt(0, 5)) / 8.0);
      case LINEAR:
        return Rewards.linear(n);
      default: {
        double[] v = new double[n];
        for (int k = n - 1; k >= 0; k--) {
          v[k] = (k == n - 1 ? 0 : v[k + 1]) + rng.nextInt(0, 9) / 8.0;
        }
        return Rewards.explicit(v);
      }
    }
  }

  /** A positive dyadic number {@code j/16}, {@code j} in 1..64 (the origin 1/16... shrinks to 1). */
  static double dyadic(RandomGenerator rng) {
    int j = rng.nextInt(0, 64);
    return j == 0 ? 1 : j / 16.0;
  }

  /** One of {@code values}; the first is the simplest (where shrinking goes). */
  static <T> T pick(RandomGenerator rng, T[] values) {
    return values[rng.nextInt(0, values.length)];
  }

  static double round(double v, int digits) {
    double p = Math.pow(10, digits);
    return Math.rint(v * p) / p;
  }

  static long pow(int base, int exp) {
    long r = 1;
    for (int i = 0; i < exp; i++) {
      r *= base;
    }
    return r;
  }
}
