package org.lbgame.properties;

import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.lbgame.gen.KernelView;
import org.lbgame.gen.TableHypotheses;
import org.lbgame.gen.TableGame;
import org.lbgame.gen.Tables;
import org.lbgame.gen.quicktheories.LbGens;
import org.lbgame.kernel.AllZero;
import org.lbgame.kernel.Bounds;
import org.lbgame.kernel.Certificates;
import org.lbgame.kernel.Enumeration;
import org.lbgame.kernel.GambitIndex;
import org.lbgame.kernel.Equilibrium;
import org.lbgame.kernel.Ranking;
import org.lbgame.kernel.Threshold;
import org.lbgame.kernel.Utility;
import org.lbgame.model.Hypothesis;
import org.quicktheories.core.Gen;

/**
 * The kernel against the independent brute force ({@link IndependentSolver}, {@code TableHypotheses}) on random,
 * valid and invalid tables: every public kernel method gives the answer computed from the definitions.
 */
class KernelAgreementTest {
  static final int TRIES = 1500;

  /** Random tables, valid tables and tables breaking each hypothesis, mixed. */
  static Gen<TableGame> anyTables() {
    return LbGens.of((RandomGenerator r) -> {
      int pick = r.nextInt(0, 10);
      if (pick < 5) {
        return Tables.random(r);
      }
      if (pick < 7) {
        return r.nextBoolean() ? Tables.valid(r) : Tables.validHeterogeneous(r);
      }
      Hypothesis[] hs = Tables.BREAKABLE.toArray(new Hypothesis[0]);
      Arrays.sort(hs);
      return Tables.invalid(r, hs[r.nextInt(0, hs.length)]);
    });
  }

  private static void check(String name, java.util.function.Predicate<TableGame> p) {
    Property.check("kernel-" + name, TRIES, anyTables(), p, t -> Games.shrinkTable(t, p), TableGame::toJson);
  }

  @Test
  void enumerationFindsExactlyTheBruteForcePneInGambitOrder() {
    check("allPne", t -> {
      List<int[]> expected = IndependentSolver.of(t).allPne();
      int[][] got = Enumeration.allPne(t.score(), t.cost(), t.reward(), t.tau(), t.horizon());
      return Arrays.deepEquals(expected.toArray(new int[0][]), got);
    });
  }

  @Test
  void isPneAndBestResponseMatchTheDefinitionsAtEveryProfile() {
    check("isPne-bestResponse-utility", t -> {
      IndependentSolver b = IndependentSolver.of(t);
      long[][] s = t.score();
      long[][] c = t.cost();
      long[] r = t.reward();
      int n = t.size();
      int total = Enumeration.profileCount(n, t.horizon());
      for (int p = 0; p < total; p++) {
        int[] e = GambitIndex.profileAt(n, t.horizon(), p);
        if (Equilibrium.isPne(s, c, r, t.tau(), t.horizon(), e) != b.isPne(e)) {
          return false;
        }
        for (int i = 0; i < n; i++) {
          if (Utility.utility(s, c, r, t.tau(), e, i) != b.utility(e, i)) {
            return false;
          }
          long[] cur = new long[n];
          for (int j = 0; j < n; j++) {
            cur[j] = s[j][t.tau() + e[j]];
          }
          if (Ranking.rankOf(cur, i) != b.rank(e, i)) {
            return false;
          }
          int best = 0;
          long bestU = Long.MIN_VALUE;
          int[] d = e.clone();
          for (int x = 0; x <= t.horizon(); x++) {
            d[i] = x;
            long u = b.utility(d, i);
            if (u > bestU) {
              bestU = u;
              best = x;
            }
            if (Utility.deviationUtility(s, c, r, t.tau(), e, i, x) != u
                || Ranking.rankAfterDeviation(s, t.tau(), e, i, x) != b.rank(d, i)) {
              return false;
            }
          }
          if (Equilibrium.bestResponse(s, c, r, t.tau(), t.horizon(), e, i) != best) {
            return false;
          }
        }
      }
      return true;
    });
  }

  @Test
  void allZeroConditionsMatchTheBruteForce() {
    check("allZero", t -> {
      IndependentSolver b = IndependentSolver.of(t);
      long[][] s = t.score();
      long[][] c = t.cost();
      long[] r = t.reward();
      int tau = t.tau();
      int h = t.horizon();
      for (int k = 0; k < t.size(); k++) {
        for (int j = 0; j < t.size(); j++) {
          if (AllZero.justOvertake(s, tau, h, k, j) != b.overtake(k, j)) {
            return false;
          }
          if (j < k && AllZero.jumpConditionHolds(s, c, r, tau, h, k, j) != b.jumpHolds(k, j)) {
            return false;
          }
        }
        for (int e = 0; e <= h; e++) {
          int[] d = new int[t.size()];
          d[k] = e;
          if (AllZero.rankAtAllZero(s, tau, k, e) != b.rank(d, k)) {
            return false;
          }
        }
      }
      int[] first = AllZero.firstProfitableDeviation(s, c, r, tau, h);
      int[] expected = null;
      int[] zero = new int[t.size()];
      for (int i = 0; i < t.size() && expected == null; i++) {
        for (int e = 1; e <= h && expected == null; e++) {
          int[] d = zero.clone();
          d[i] = e;
          if (b.utility(d, i) > b.utility(zero, i)) {
            expected = new int[] {i, e};
          }
        }
      }
      return Arrays.equals(first, expected)
          && AllZero.isAllZeroPne(s, c, r, tau, h) == b.allZeroIsPne()
          && AllZero.adjacentConditionHolds(s, c, r, tau, h) == b.adjacentHolds()
          && AllZero.everyJumpConditionHolds(s, c, r, tau, h) == b.everyJumpHolds();
    });
  }

  @Test
  void validityChecksMatchTheIndependentChecks() {
    check("validity", t -> KernelView.failed(t).equals(TableHypotheses.failed(t)));
  }

  @Test
  void certificatesAcceptExactlyTheTrueClaims() {
    check("certificates", t -> {
      IndependentSolver b = IndependentSolver.of(t);
      long[][] s = t.score();
      long[][] c = t.cost();
      long[] r = t.reward();
      int tau = t.tau();
      int h = t.horizon();
      int n = t.size();
      boolean hyps = prop45Hypotheses(t);
      if (Certificates.prop45Hypotheses(s, c, r, tau, h) != hyps) {
        return false;
      }
      int[][] jump = new int[n][];
      for (int k = 0; k < n; k++) {
        jump[k] = new int[k];
        for (int j = 0; j < k; j++) {
          jump[k][j] = b.overtake(k, j);
        }
      }
      boolean pne = hyps && b.everyJumpHolds();
      if (Certificates.checkAllZeroPne(s, c, r, tau, h, jump) != pne) {
        return false;
      }
      if (n > 1) {
        int[][] wrong = new int[n][];
        for (int k = 0; k < n; k++) {
          wrong[k] = jump[k].clone();
        }
        wrong[n - 1][0] = wrong[n - 1][0] + 1;
        if (Certificates.checkAllZeroPne(s, c, r, tau, h, wrong)) {
          return false;
        }
      }
      int[] zero = new int[n];
      for (int i = 0; i < n; i++) {
        for (int e = 0; e <= h; e++) {
          int[] d = zero.clone();
          d[i] = e;
          boolean gains = b.utility(d, i) > b.utility(zero, i);
          if (Certificates.checkAllZeroNotPne(s, c, r, tau, h, i, e) != gains
              || Certificates.checkProfitableDeviation(s, c, r, tau, h, zero, i, e) != gains) {
            return false;
          }
        }
      }
      if (Certificates.checkProfitableDeviation(s, c, r, tau, h, zero, n, 0)
          || Certificates.checkProfitableDeviation(s, c, r, tau, h, zero, 0, h + 1)) {
        return false;
      }
      int[][] set = b.allPne().toArray(new int[0][]);
      if (!Certificates.checkPneSet(s, c, r, tau, h, set)) {
        return false;
      }
      if (set.length > 0 && Certificates.checkPneSet(s, c, r, tau, h, Arrays.copyOf(set, set.length - 1))) {
        return false;
      }
      // tau* = tau claimed with the first profitable deviation one step below
      if (tau > 0) {
        TableGame below = TableGame.of(s, c, r, tau - 1, h);
        int[] dev = AllZero.firstProfitableDeviation(s, c, r, tau - 1, h);
        boolean expected = pne && dev != null && IndependentSolver.of(below).utility(one(n, dev), dev[0])
            > IndependentSolver.of(below).utility(zero, dev[0]);
        int di = dev == null ? 0 : dev[0];
        int de = dev == null ? 0 : dev[1];
        return Certificates.checkThreshold(s, c, r, tau, h, jump, di, de) == expected;
      }
      return Certificates.checkThreshold(s, c, r, 0, h, jump, 0, 0) == pne;
    });
  }

  private static int[] one(int n, int[] dev) {
    int[] d = new int[n];
    d[dev[0]] = dev[1];
    return d;
  }

  /** The hypotheses of the all-zero certificate, written out: C1 at tau, rows and costs nondecreasing in the window, c(0) = 0, rewards ordered. */
  static boolean prop45Hypotheses(TableGame t) {
    long[][] s = t.score();
    long[][] c = t.cost();
    long[] r = t.reward();
    for (int i = 0; i + 1 < s.length; i++) {
      if (s[i][t.tau()] <= s[i + 1][t.tau()] || r[i] < r[i + 1]) {
        return false;
      }
    }
    for (int i = 0; i < s.length; i++) {
      if (c[i][0] != 0) {
        return false;
      }
      for (int e = 0; e < t.horizon(); e++) {
        if (s[i][t.tau() + e] > s[i][t.tau() + e + 1] || c[i][e] > c[i][e + 1]) {
          return false;
        }
      }
    }
    return true;
  }

  @Test
  void thresholdSearchFindsTheFirstTrueOfAMonotoneArray() {
    Property.check("kernel-threshold", TRIES, LbGens.of(r -> {
      boolean[] a = new boolean[r.nextInt(0, 40)];
      int first = r.nextInt(0, a.length + 1);
      for (int i = first; i < a.length; i++) {
        a[i] = true;
      }
      return a;
    }), a -> {
      int expected = a.length;
      for (int i = a.length - 1; i >= 0; i--) {
        if (a[i]) {
          expected = i;
        }
      }
      return Threshold.leastTrue(a) == expected;
    }, a -> a, Arrays::toString);
  }

  @Test
  void profileCountingAndIndexingFollowGambitsOrder() {
    Property.check("kernel-profiles", 300, LbGens.of(r -> new int[] {1 + r.nextInt(0, 25), r.nextInt(0, 40)}),
        nh -> {
          int n = nh[0];
          int h = nh[1];
          double exact = Math.pow(h + 1, n);
          int count = Enumeration.profileCount(n, h);
          if (exact > Enumeration.MAX_PROFILES) {
            return count == -1;
          }
          if (count != (int) exact) {
            return false;
          }
          int[] e = new int[n];
          for (int p = 0; p < count; p++) {
            if (!Arrays.equals(GambitIndex.profileAt(n, h, p), e)) {
              return false;
            }
            for (int i = 0; i < n; i++) {
              if (e[i] < h) {
                e[i]++;
                break;
              }
              e[i] = 0;
            }
          }
          return true;
        }, nh -> nh, Arrays::toString);
  }

  @Test
  void boundsAreTheStatedRange() {
    Property.check("kernel-bounds", 300, LbGens.of(r -> r.nextLong()), v -> Bounds.inRange(v)
        == (Math.abs((double) v) <= Math.pow(2, 60) && v != Long.MIN_VALUE && Math.abs(v) <= (1L << 60)),
        v -> v, String::valueOf);
    if (!Bounds.inRange(1L << 60) || !Bounds.inRange(-(1L << 60)) || Bounds.inRange((1L << 60) + 1)
        || Bounds.inRange(-(1L << 60) - 1)) {
      throw new AssertionError("Bounds.inRange is not [-2^60, 2^60]");
    }
  }
}
