package org.lbgame.gen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.lbgame.model.Hypothesis;

/**
 * Shrinks a {@link TableGame}: drop a model (its row and the last reward... its rank's reward), lower
 * {@code tau} or the horizon, drop the first effort column, replace the score values by their ranks,
 * halve rewards and costs. A candidate is kept only if it violates exactly the same {@link TableHypotheses}
 * hypotheses as the original.
 */
public final class TableShrinker implements Shrinker<TableGame> {
  private final Set<Hypothesis> failed;

  private TableShrinker(Set<Hypothesis> failed) {
    this.failed = failed;
  }

  /** The shrinker that keeps the hypotheses violated by {@code original}. */
  public static TableShrinker preserving(TableGame original) {
    return new TableShrinker(TableHypotheses.failed(original));
  }

  /** The minimal table game reachable from {@code failing} that still fails. */
  public static TableGame minimize(TableGame failing, Predicate<TableGame> fails) {
    return Minimizer.minimize(failing, fails, preserving(failing));
  }

  @Override
  public List<TableGame> candidates(TableGame t) {
    List<TableGame> raw = new ArrayList<>();
    int n = t.size();
    long[][] s = t.score();
    long[][] c = t.cost();
    long[] r = t.reward();
    for (int i = n - 1; i >= 0 && n > 1; i--) {
      raw.add(TableGame.of(without(s, i), without(c, i), without(r, i), t.tau(), t.horizon(), t.note()));
    }
    if (t.tau() > 0) {
      // drop the first column: the same game seen from one step later
      long[][] s2 = new long[n][];
      for (int i = 0; i < n; i++) {
        s2[i] = Arrays.copyOfRange(s[i], 1, s[i].length);
      }
      raw.add(TableGame.of(s2, c, r, t.tau() - 1, t.horizon(), t.note()));
      raw.add(TableGame.of(s, c, r, t.tau() - 1, t.horizon(), t.note()));
      raw.add(TableGame.of(s, c, r, 0, t.horizon(), t.note()));
    }
    if (t.horizon() > 1) {
      raw.add(TableGame.of(s, c, r, t.tau(), t.horizon() - 1, t.note()));
      raw.add(TableGame.of(s, c, r, t.tau(), 1, t.note()));
    }
    raw.add(TableGame.of(ranked(s), c, r, t.tau(), t.horizon(), t.note()));
    raw.add(TableGame.of(s, halved(c), halved(r), t.tau(), t.horizon(), t.note()));
    raw.add(TableGame.of(s, c, halved(r), t.tau(), t.horizon(), t.note()));
    raw.add(TableGame.of(s, halved(c), r, t.tau(), t.horizon(), t.note()));
    List<TableGame> out = new ArrayList<>();
    for (TableGame k : raw) {
      if (!k.equals(t) && TableHypotheses.failed(k).equals(failed)) {
        out.add(k);
      }
    }
    return out;
  }

  static long[][] without(long[][] a, int i) {
    long[][] o = new long[a.length - 1][];
    for (int k = 0, j = 0; k < a.length; k++) {
      if (k != i) {
        o[j++] = a[k].clone();
      }
    }
    return o;
  }

  static long[] without(long[] a, int i) {
    long[] o = new long[a.length - 1];
    for (int k = 0, j = 0; k < a.length; k++) {
      if (k != i) {
        o[j++] = a[k];
      }
    }
    return o;
  }

  /** Score values replaced by their rank among all values of the table (every comparison unchanged). */
  static long[][] ranked(long[][] s) {
    TreeSet<Long> all = new TreeSet<>();
    for (long[] row : s) {
      for (long v : row) {
        all.add(v);
      }
    }
    List<Long> sorted = new ArrayList<>(all);
    long[][] o = new long[s.length][];
    for (int i = 0; i < s.length; i++) {
      o[i] = new long[s[i].length];
      for (int x = 0; x < s[i].length; x++) {
        o[i][x] = java.util.Collections.binarySearch(sorted, s[i][x]);
      }
    }
    return o;
  }

  static long[][] halved(long[][] a) {
    long[][] o = new long[a.length][];
    for (int i = 0; i < a.length; i++) {
      o[i] = halved(a[i]);
    }
    return o;
  }

  static long[] halved(long[] a) {
    long[] o = new long[a.length];
    for (int i = 0; i < a.length; i++) {
      o[i] = Math.floorDiv(a[i], 2);
    }
    return o;
  }
}
