package org.lbgame.oracle;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.lbgame.model.Game;

/**
 * The discrete threshold check takes leastness from Prop 5.3 only when the kernel has checked its hypotheses at every
 * smaller {@code tau}, and otherwise re-checks every smaller {@code tau}. On every discrete threshold vector the
 * accepted answer is compared with a brute force written here from the definitions (ranks against all-zero, ties to
 * the higher capability, utility {@code R(rank) - c_i(e)}): all-zero is a PNE at {@code tauStar} and at no smaller
 * level; both routes are taken on the suite, and an answer whose {@code tauStar} is one too high is rejected.
 */
class LeastThresholdCheckTest {

  @Test
  void everyAcceptedThresholdIsLeastByBruteForceAndBothRoutesAreTaken() {
    int byProp53 = 0;
    int byRecheck = 0;
    for (Vector v : Vectors.suite()) {
      Query q = v.query();
      if (v.invalid() || !q.discrete() || !q.kind().equals(Query.THRESHOLD)) {
        continue;
      }
      Game g = q.game();
      ObjectNode answer = Reference.answer(q);
      CheckResult r = Checker.check(g, answer, q);
      assertTrue(r.accepted(), v.id() + ": " + r);
      JsonNode star = answer.get("tauStar");
      if (star == null || star.isNull() || star.asInt() == 0) {
        continue;
      }
      KernelTables t = KernelTables.of(g, q.maxTau(), q.steps());
      int s = star.asInt();
      assertTrue(allZeroPne(t, s), v.id() + ": all-zero is not a PNE at tauStar " + s);
      for (int tau = 0; tau < s; tau++) {
        assertFalse(allZeroPne(t, tau), v.id() + ": all-zero is already a PNE at " + tau + " < tauStar " + s);
      }
      if (r.reason().contains("leastness by Prop 5.3")) {
        byProp53++;
      } else {
        assertTrue(r.reason().contains("re-checked"), v.id() + ": " + r.reason());
        byRecheck++;
      }
    }
    assertTrue(byProp53 > 0, "no vector's leastness came from Prop 5.3");
    System.out.println("[least-threshold] leastness by Prop 5.3: " + byProp53 + ", by re-checking: " + byRecheck);
  }

  @Test
  void randomTabulatedGamesTakeBothRoutesAndEveryAcceptedThresholdIsLeast() {
    java.util.SplittableRandom rng = new java.util.SplittableRandom(53);
    int byProp53 = 0;
    int byRecheck = 0;
    for (int trial = 0; trial < 300; trial++) {
      int n = 2 + rng.nextInt(3);
      StringBuilder models = new StringBuilder();
      for (int i = 0; i < n; i++) {
        StringBuilder x = new StringBuilder();
        StringBuilder y = new StringBuilder();
        double v = rng.nextDouble(0.1, 0.5);
        for (int k = 0; k <= 12; k++) {
          x.append(k == 0 ? "" : ", ").append(k);
          y.append(k == 0 ? "" : ", ").append(v);
          v += rng.nextInt(4) / 64.0;
        }
        models.append(i == 0 ? "" : ", ").append("{\"name\": \"m").append(i).append("\", \"capability\": ")
            .append(n - i).append(", \"score\": {\"family\": \"tabulated\", \"x\": [").append(x)
            .append("], \"y\": [").append(y).append("]}}");
      }
      JsonNode game = JsonFiles.parse("{\"schema\": \"lbgame/1\", \"name\": \"random\", \"models\": [" + models
          + "], \"cost\": {\"family\": \"linear\", \"kappa\": " + (1 + rng.nextInt(8)) / 16.0
          + "}, \"rewards\": {\"scheme\": \"linear\"}}", "game");
      Query q = Query.threshold(game, 3, 8);
      Game g = q.game();
      KernelTables t = KernelTables.of(g, q.maxTau(), q.steps());
      forgedLaterThresholdsAreRejected(game, g, t, q, trial);
      ObjectNode answer = Reference.answer(q);
      JsonNode star = answer.get("tauStar");
      if (star == null || star.isNull() || star.asInt() == 0) {
        continue;
      }
      CheckResult r = Checker.check(g, answer, q);
      assertTrue(r.accepted(), "trial " + trial + ": " + r);
      int s = star.asInt();
      for (int tau = 0; tau < s; tau++) {
        assertFalse(allZeroPne(t, tau), "trial " + trial + ": all-zero is a PNE at " + tau + " < tauStar " + s);
      }
      if (r.reason().contains("leastness by Prop 5.3")) {
        byProp53++;
      } else {
        byRecheck++;
      }
    }
    System.out.println("[least-threshold] random games: by Prop 5.3 " + byProp53 + ", by re-checking " + byRecheck
        + "; forged non-least thresholds rejected: " + forgedNonLeast);
    assertTrue(byProp53 > 0 && byRecheck > 0, "Prop 5.3 " + byProp53 + ", re-check " + byRecheck);
    assertTrue(forgedNonLeast > 0, "no game with a PNE below a later threshold was drawn");
  }

  /**
   * Where all-zero is a PNE at {@code t0}, not at {@code t1 - 1} and again at {@code t1 > t0 + 1} (Prop 5.3's
   * monotonicity failing), an answer claiming {@code tauStar = t1}, with a true jump table at {@code t1} and a true
   * profitable deviation at {@code t1 - 1}, is not least and must be rejected.
   */
  private static void forgedLaterThresholdsAreRejected(JsonNode game, Game g, KernelTables t, Query q, int trial) {
    int max = q.maxTau();
    for (int t1 = 2; t1 <= max; t1++) {
      if (!allZeroPne(t, t1) || allZeroPne(t, t1 - 1)) {
        continue;
      }
      boolean earlier = false;
      for (int t0 = 0; t0 < t1 - 1; t0++) {
        earlier |= allZeroPne(t, t0);
      }
      if (!earlier) {
        continue;
      }
      ObjectNode atStar = Reference.answer(Query.solve(game, t1, q.steps()));
      ObjectNode below = Reference.answer(Query.solve(game, t1 - 1, q.steps()));
      ObjectNode forged = (ObjectNode) JsonFiles.parse("{\"schema\": \"lbgame/1\", \"query\": \"threshold\", \"mode\": "
          + "\"discrete\", \"steps\": " + q.steps() + ", \"maxTau\": " + max + ", \"tauStar\": " + t1
          + ", \"certificate\": {\"kind\": \"threshold\"}}", "forged").deepCopy();
      ((ObjectNode) forged.get("certificate")).set("jumpsAtStar", atStar.get("jumps"));
      ((ObjectNode) forged.get("certificate")).set("below", below.get("certificate"));
      CheckResult r = Checker.check(g, forged, q);
      assertFalse(r.accepted(), "trial " + trial + ": tauStar " + t1 + " accepted although all-zero is a PNE earlier");
      assertTrue(r.reason().contains("is not least"), "trial " + trial + ": " + r.reason());
      forgedNonLeast++;
    }
  }

  private static int forgedNonLeast;

  /** Whether no model gains by any effort against all-zero at {@code tau}, from the definitions. */
  static boolean allZeroPne(KernelTables t, int tau) {
    int n = t.score.length;
    for (int i = 0; i < n; i++) {
      long stay = utility(t, tau, i, 0);
      for (int e = 1; e <= t.horizon; e++) {
        if (utility(t, tau, i, e) > stay) {
          return false;
        }
      }
    }
    return true;
  }

  private static long utility(KernelTables t, int tau, int i, int e) {
    long mine = t.score[i][tau + e];
    int rank = 0;
    for (int m = 0; m < t.score.length; m++) {
      long theirs = t.score[m][tau];
      if (m != i && (theirs > mine || (theirs == mine && m < i))) {
        rank++;
      }
    }
    return t.reward[rank] - t.cost[i][e];
  }
}
