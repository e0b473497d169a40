package org.lbgame.gen;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import org.lbgame.model.Hypothesis;

/**
 * The hypotheses of the discrete game (SPEC section 5), decided exactly on integer tables and written
 * independently of the kernel's {@code Validity} so that each can check the other: C1 (every column
 * strictly decreasing), C2 (every row nondecreasing with nonincreasing increments), C3 (effort gaps of
 * the reach inverses nondecreasing for every pair, at every table value), cost rows (zero at 0,
 * nondecreasing, convex, strictly increasing), rewards non-increasing.
 */
public final class TableHypotheses {
  private TableHypotheses() {
  }

  /** The hypotheses the game violates (empty when it satisfies all of them). */
  public static Set<Hypothesis> failed(TableGame t) {
    Set<Hypothesis> f = EnumSet.noneOf(Hypothesis.class);
    long[][] s = t.score();
    for (int x = 0; x < s[0].length; x++) {
      for (int i = 0; i + 1 < s.length; i++) {
        if (s[i][x] <= s[i + 1][x]) {
          f.add(Hypothesis.C1);
        }
      }
    }
    for (long[] row : s) {
      for (int x = 0; x + 1 < row.length; x++) {
        if (row[x + 1] < row[x] || (x > 0 && row[x + 1] - row[x] > row[x] - row[x - 1])) {
          f.add(Hypothesis.C2);
        }
      }
    }
    for (int i = 0; i < s.length && !f.contains(Hypothesis.C3); i++) {
      for (int m = i + 1; m < s.length; m++) {
        if (!c3(s[i], s[m])) {
          f.add(Hypothesis.C3);
          break;
        }
      }
    }
    for (long[] c : t.cost()) {
      if (c[0] != 0) {
        f.add(Hypothesis.COST_ZERO_AT_ZERO);
      }
      for (int e = 0; e + 1 < c.length; e++) {
        if (c[e + 1] < c[e]) {
          f.add(Hypothesis.COST_NONDECREASING);
        }
        if (c[e + 1] <= c[e]) {
          f.add(Hypothesis.COST_STRICTLY_INCREASING);
        }
        if (e > 0 && c[e + 1] - c[e] < c[e] - c[e - 1]) {
          f.add(Hypothesis.COST_CONVEX);
        }
      }
    }
    long[] r = t.reward();
    for (int k = 0; k + 1 < r.length; k++) {
      if (r[k + 1] > r[k]) {
        f.add(Hypothesis.REWARDS_NONINCREASING);
      }
    }
    return f;
  }

  /** Whether every hypothesis holds. */
  public static boolean valid(TableGame t) {
    return failed(t).isEmpty();
  }

  /**
   * C3 for a stronger row {@code p} and a weaker row {@code q}: along the sorted table values {@code s},
   * {@code D(s) = X_q(s) - X_p(s)} never decreases, with {@code D = +inf} where {@code q} never reaches
   * {@code s} and {@code D = -inf} where only {@code q} does.
   */
  static boolean c3(long[] p, long[] q) {
    TreeSet<Long> levels = new TreeSet<>();
    for (long v : p) {
      levels.add(v);
    }
    for (long v : q) {
      levels.add(v);
    }
    double prev = Double.NEGATIVE_INFINITY;
    for (long s : levels) {
      int xp = reach(p, s);
      int xq = reach(q, s);
      double d;
      if (xq < 0) {
        d = Double.POSITIVE_INFINITY;
      } else if (xp < 0) {
        d = Double.NEGATIVE_INFINITY;
      } else {
        d = xq - xp;
      }
      if (d < prev) {
        return false;
      }
      prev = d;
    }
    return true;
  }

  /** Least {@code x} with {@code row[x] >= s}, or -1 if none. */
  static int reach(long[] row, long s) {
    for (int x = 0; x < row.length; x++) {
      if (row[x] >= s) {
        return x;
      }
    }
    return -1;
  }

  /** A readable list of the failed hypotheses' labels. */
  public static String describe(Set<Hypothesis> failed) {
    return Arrays.toString(failed.stream().map(Hypothesis::label).toArray());
  }
}
