package org.lbgame.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.lbgame.designer.ContinuousThreshold;
import org.lbgame.designer.ThresholdResult;
import org.lbgame.model.Game;
import org.lbgame.model.GameJson;
import org.lbgame.oracle.CheckResult;
import org.lbgame.oracle.Checker;
import org.lbgame.oracle.Query;
import org.lbgame.oracle.Reference;

/**
 * lbgame's oracle answers on random power-law games sharing one ceiling (per-model floors, slopes, offsets; a third
 * built like the family), tau up to 1e15, against an independent 100-digit evaluation ({@link HundredDigits}):
 * every verdict agrees with it unless "undecided", every deviation certificate names an effort at which the model
 * reaches a better rank and strictly gains at 100 digits, the checker accepts lbgame's answer and rejects the opposite
 * verdict, and a finite certified {@code tau*} has no paying jump at its upper end and one at its lower end.
 */
class CertificateHundredDigitTest {
  /** {@code -Dthorough=true} : the full number of cases; the default is sized for CI. */
  private static final boolean THOROUGH = Boolean.getBoolean("thorough");
  private static final int GAMES = THOROUGH ? 40 : 16;

  /** A game: per model {a, b, floor, x0}, rewards, kappa. */
  private static final class Spec {
    double[][] p;
    double[] r;
    double kappa;

    String json() {
      StringBuilder s = new StringBuilder("{\"schema\": \"lbgame/1\", \"name\": \"random\", \"models\": [");
      for (int i = 0; i < p.length; i++) {
        s.append(i == 0 ? "" : ",").append("{\"name\": \"m").append(i).append("\", \"capability\": ").append(p.length - i)
            .append(", \"score\": {\"family\": \"power-law\", \"a\": ").append(p[i][0]).append(", \"b\": ").append(p[i][1])
            .append(", \"floor\": ").append(p[i][2]).append(", \"ceiling\": 1, \"offset\": ").append(p[i][3]).append("}}");
      }
      s.append("], \"cost\": {\"family\": \"linear\", \"kappa\": ").append(kappa)
          .append("}, \"rewards\": {\"scheme\": \"explicit\", \"values\": [");
      for (int i = 0; i < r.length; i++) {
        s.append(i == 0 ? "" : ", ").append(r[i]);
      }
      return s.append("]}}").toString();
    }

    BigDecimal gap(int i, BigDecimal x) {
      return HundredDigits.powerGap(p[i][0], p[i][1], p[i][2], 1, p[i][3], x);
    }

    /** The rank of model {@code i} at total effort {@code x} against the others at {@code tau} (smaller gap ranks higher). */
    int rank(int i, BigDecimal x, BigDecimal tau) {
      BigDecimal gi = gap(i, x);
      int k = 0;
      for (int j = 0; j < p.length; j++) {
        int c = j == i ? 1 : gap(j, tau).compareTo(gi);
        // a tie goes to the more capable model (the lower index)
        k += c < 0 || (c == 0 && j < i) ? 1 : 0;
      }
      return k;
    }

    /** Whether some model gains from a better rank at all-zero, at 100 digits. */
    boolean anyPays(double tau) {
      BigDecimal bt = HundredDigits.bd(tau);
      for (int i = 0; i < p.length; i++) {
        int k = rank(i, bt, bt);
        for (int j = 0; j < p.length; j++) {
          if (j == i || gap(j, bt).compareTo(gap(i, bt)) >= 0) {
            continue;
          }
          // just past model j's score: the cheapest way to reach the rank j holds
          BigDecimal x = HundredDigits.powerReach(p[i][0], p[i][1], p[i][2], 1, p[i][3], gap(j, bt)).subtract(bt)
              .max(BigDecimal.ZERO);
          int to = rank(i, bt.add(x).add(new BigDecimal("1e-80")), bt);
          BigDecimal margin = HundredDigits.bd(kappa).multiply(x, HundredDigits.MC).subtract(HundredDigits.bd(r[to] - r[k]));
          if (margin.signum() < 0) {
            return true;
          }
        }
      }
      return false;
    }
  }

  private static Spec random(SplittableRandom rng) {
    Spec s = new Spec();
    int n = 2 + rng.nextInt(2);
    s.p = new double[n][];
    for (int i = 0; i < n; i++) {
      double a = rng.nextDouble(-2, 2);
      double b = rng.nextInt(3) == 0 ? 1 : rng.nextDouble(0.3, 1.5);
      double floor = rng.nextDouble(-1, 0.5);
      double x0 = rng.nextInt(2) == 0 ? 1 : rng.nextDouble(0.5, 2);
      if (i > 0 && rng.nextInt(3) == 0) {
        double[] q = s.p[i - 1];
        b = q[1];
        floor = q[2] - rng.nextDouble(0.1, 1);
        a = q[0] + Math.log((1 - floor) / (1 - q[2])) + rng.nextDouble(-1e-12, 1e-12);
        x0 = q[3];
      }
      s.p[i] = new double[] {a, b, floor, x0};
    }
    s.kappa = Math.pow(10, rng.nextDouble(-4, 1));
    s.r = new double[n];
    for (int i = 0; i < n; i++) {
      s.r[i] = rng.nextBoolean() ? (i == 0 ? 1 : 0) : n - 1 - i;
    }
    java.util.Arrays.sort(s.r);
    for (int i = 0; i < n / 2; i++) {
      double t = s.r[i];
      s.r[i] = s.r[n - 1 - i];
      s.r[n - 1 - i] = t;
    }
    return s;
  }

  @Test
  void verdictsCertificatesAndTauStarAgreeWithHundredDigits() throws Exception {
    SplittableRandom rng = new SplittableRandom(23023);
    ObjectMapper m = new ObjectMapper();
    int deviations = 0;
    int pnes = 0;
    int thresholds = 0;
    for (int t = 0; t < GAMES; t++) {
      Spec s = random(rng);
      JsonNode tree = m.readTree(s.json());
      Game g = GameJson.fromTree(tree);
      double tau = rng.nextInt(5) == 0 ? 0 : Math.pow(10, rng.nextDouble(0, 15));
      String where = "game " + t + " " + s.json() + " at tau " + tau;
      Query q = Query.solveContinuous(tree, tau);
      JsonNode a = Reference.answer(q);
      String verdict = a.get("verdict").asText();
      boolean pays = s.anyPays(tau);
      if (!verdict.equals("undecided")) {
        assertEquals(pays, verdict.equals("all-zero-not-pne"), where + ": " + a);
        CheckResult ok = Checker.check(g, a, q);
        assertTrue(ok.accepted(), where + ": " + ok);
        // the opposite verdict, with a plain all-zero certificate, is never accepted
        if (pays) {
          com.fasterxml.jackson.databind.node.ObjectNode forged = (com.fasterxml.jackson.databind.node.ObjectNode) a.deepCopy();
          forged.put("verdict", "all-zero-pne");
          forged.putObject("certificate").put("kind", "all-zero-pne");
          assertFalse(Checker.check(g, forged, q).accepted(), where);
        }
      }
      if (verdict.equals("all-zero-not-pne")) {
        deviations++;
        JsonNode c = a.get("certificate");
        int i = c.get("model").asInt();
        double e = c.get("effort").asDouble();
        BigDecimal bt = HundredDigits.bd(tau);
        int from = s.rank(i, bt, bt);
        int to = s.rank(i, bt.add(HundredDigits.bd(e)), bt);
        assertTrue(to < from, where + ": effort " + e + " reaches rank " + to + " from " + from + " at 100 digits");
        BigDecimal gain = HundredDigits.bd(s.r[to] - s.r[from]);
        assertTrue(gain.compareTo(HundredDigits.bd(s.kappa).multiply(HundredDigits.bd(e))) > 0,
            where + ": effort " + e + " does not pay at 100 digits");
      } else if (verdict.equals("all-zero-pne")) {
        pnes++;
      }
      if (t % 4 == 0) {
        ThresholdResult r = ContinuousThreshold.of(g);
        if (r.finite() && r.certificate() != null && r.certificate().accepted() && r.tauStar() > 0) {
          thresholds++;
          assertFalse(s.anyPays(r.certificate().tauAbove()), where + ": a jump pays above tau* " + r.tauStar());
          assertTrue(s.anyPays(r.certificate().tauBelow()), where + ": no jump pays below tau* " + r.tauStar());
        }
      }
    }
    assertTrue(deviations > 5 && pnes > 5 && thresholds > 0,
        "deviations " + deviations + ", PNEs " + pnes + ", thresholds " + thresholds);
  }
}
