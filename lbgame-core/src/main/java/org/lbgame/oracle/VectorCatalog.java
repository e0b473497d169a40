package org.lbgame.oracle;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The vectors themselves: each game built by hand, small enough to check on paper (0-based models). */
final class VectorCatalog {
  private VectorCatalog() {
  }

  private static double[][] rows(double[]... r) {
    return r;
  }

  private static double[] r(double... v) {
    return v;
  }

  /** {@code step * e} for {@code e = 0..last}. */
  private static double[] linear(double step, int last) {
    double[] c = new double[last + 1];
    for (int e = 0; e <= last; e++) {
      c[e] = step * e;
    }
    return c;
  }

  private static ObjectNode g(String name, String what, double[][] s, double[] c, double[] rw) {
    return TableGames.game(name, what, s, c, rw);
  }

  static void valid(List<Vector> v) {
    ties(v);
    flat(v);
    unreachable(v);
    multiRank(v);
    thresholds(v);
    hypotheses(v);
    enumerations(v);
    continuous(v);
  }

  private static void ties(List<Vector> v) {
    String w = "S1 reaches S0's baseline 4 at e=1 (a tie, not an overtake: '>' not '>='); Delta=2 costs 1.5 >= 1";
    v.add(Vectors.solve("ties", "tie-is-not-overtake", w,
        g("tie-is-not-overtake", w, rows(r(4, 4, 4, 4), r(2, 4, 5, 6)), r(0, 0.75, 1.5, 2.25), r(1, 0)), 0, 3));
    w = "equal baselines (C1 fails at tau): the tie goes to the higher-capability model 0; model 1 overtakes at"
        + " e=2 for 0.5 < 1";
    v.add(Vectors.solve("ties", "tie-at-baseline", w,
        g("tie-at-baseline", w, rows(r(3, 3, 3, 3), r(3, 3, 4, 5)), linear(0.25, 3), r(1, 0)), 0, 3));
    w = "model 2 can only tie model 1 (4 = 4), never pass it: Delta_{2->1} and Delta_{2->0} are null";
    v.add(Vectors.solve("ties", "tie-never-passes", w,
        g("tie-never-passes", w, rows(r(6, 6, 6), r(4, 4, 4), r(2, 4, 4)), linear(0.125, 2), r(1, 0.5, 0)), 0, 2));
  }

  private static void flat(List<Vector> v) {
    String w = "zero cost: any overtake within the horizon pays (Delta=2, gain 1, cost 0)";
    v.add(Vectors.solve("flat-costs", "zero-cost", w,
        g("zero-cost", w, rows(r(4, 5, 6), r(3, 4, 5)), r(0, 0, 0), r(1, 0)), 0, 2));
    w = "cost flat on the first step: Delta=1 is free, so model 1 gains 1 at cost 0";
    v.add(Vectors.solve("flat-costs", "flat-first-step", w,
        g("flat-first-step", w, rows(r(4, 4, 4, 4), r(3, 5, 5, 5)), r(0, 0, 2, 4), r(1, 0)), 0, 3));
    w = "nobody can overtake, and the first step is free: all-zero is a PNE but not the only one";
    ObjectNode many = g("flat-cost-many-equilibria", w, rows(r(10, 10, 10), r(3, 4, 5)), r(0, 0, 1), r(1, 0));
    v.add(Vectors.solve("flat-costs", "flat-cost-all-zero", w, many, 0, 2));
    v.add(Vectors.enumerate("flat-costs", "flat-cost-many-equilibria", w, many, 0, 2));
  }

  private static void unreachable(List<Vector> v) {
    String w = "model 1 reaches 4 < 5 within E=3: Delta_{1->0} is null (beyond the horizon)";
    ObjectNode h = g("beyond-horizon", w, rows(r(5, 6, 7, 8, 9, 10), r(1, 2, 3, 4, 5, 6)), linear(0.125, 5),
        r(1, 0));
    v.add(Vectors.solve("unreachable", "beyond-horizon", w, h, 0, 3));
    w = "the same game with E=5: 6 > 5 at e=5 for cost 0.625 < 1, the overtake pays";
    v.add(Vectors.solve("unreachable", "within-longer-horizon", w, h, 0, 5));
    w = "model 1 saturates at 4.5 below model 0's baseline 5: never overtakes at any horizon";
    v.add(Vectors.solve("unreachable", "saturated-below", w,
        g("saturated-below", w, rows(r(5, 5, 5, 5), r(1, 3, 4, 4.5)), linear(0.125, 3), r(1, 0)), 0, 3));
  }

  private static void multiRank(List<Vector> v) {
    double[][] s = rows(r(10, 10.5, 11, 11.5, 12), r(9, 9.5, 10, 10.5, 11), r(5, 8, 10.25, 10.5, 10.75));
    String w = "C3 fails: both adjacent conditions hold (1->0: 3 steps cost 1.3125 >= 0.25; 2->1: 2 steps cost 0.875"
        + " >= 0.75) yet model 2 jumps two ranks in 2 steps for 0.875 < 1";
    v.add(Vectors.solve("multi-rank-jumps", "two-rank-jump-pays", w,
        g("two-rank-jump-pays", w, s, linear(0.4375, 4), r(1, 0.75, 0)), 0, 4));
    w = "the same scores with cost 0.5 per step: the two-rank jump costs exactly its gain 1 (no strict gain), all-zero"
        + " is a PNE at margin 0";
    v.add(Vectors.solve("multi-rank-jumps", "two-rank-jump-at-margin-zero", w,
        g("two-rank-jump-at-margin-zero", w, s, linear(0.5, 4), r(1, 0.75, 0)), 0, 4));
  }

  private static double[] pad(int len, double... head) {
    double[] a = new double[len];
    for (int x = 0; x < len; x++) {
      a[x] = head[Math.min(x, head.length - 1)];
    }
    return a;
  }

  private static void thresholds(List<Vector> v) {
    double[] up0 = new double[14];
    double[] up1 = new double[14];
    for (int x = 0; x < 14; x++) {
      up0[x] = 10 + x;
      up1[x] = 9 + x;
    }
    String w = "parallel rows: Delta=2 at every tau costs 0.5 < 1, so no tau up to 8 stabilizes (no finite tau*)";
    v.add(Vectors.threshold("no-finite-tau-star", "parallel-rows", w,
        g("parallel-rows", w, rows(up0, up1), linear(0.25, 5), r(1, 0)), 5, 8));
    double[] a = pad(14, 20, 30, 36, 40, 42, 43, 43.5, 43.75, 43.875, 43.9375, 44);
    double[] b = pad(14, 10, 20, 28, 34, 38, 40, 41, 41.5, 41.75, 41.875, 41.9375);
    w = "concave rows, Delta_1(tau) = 2, 2, 2, 3, none for tau = 0..4 at cost 0.25 per step: tau* = 4 (overtaking"
        + " becomes impossible); the deviation at tau = 3 is the violating pair";
    v.add(Vectors.threshold("threshold", "tau-star-unreachable", w,
        g("tau-star-unreachable", w, rows(a, b), linear(0.25, 5), r(1, 0)), 5, 8));
    w = "the same rows with a convex cost 0, 0.25, 0.5, 1.25, ...: 3 steps cost 1.25 >= 1, tau* = 3";
    v.add(Vectors.threshold("threshold", "tau-star-convex-cost", w,
        g("tau-star-convex-cost", w, rows(a, b), r(0, 0.25, 0.5, 1.25, 2, 2.75), r(1, 0)), 5, 8));
    w = "model 1 can never overtake: tau* = 0, no violating pair below";
    v.add(Vectors.threshold("threshold", "tau-star-zero", w,
        g("tau-star-zero", w, rows(pad(6, 9), pad(6, 1, 2, 3)), linear(0.25, 3), r(1, 0)), 3, 2));
  }

  private static void hypotheses(List<Vector> v) {
    String w = "C1 broken: the weaker model scores higher; nobody can change rank, all-zero is a PNE by the"
        + " definition (the jump certificate's hypotheses fail)";
    v.add(Vectors.solve("hypothesis-broken", "c1-order-reversed", w,
        g("c1-order-reversed", w, rows(r(3, 3, 3, 3), r(4, 4, 4, 4)), linear(0.25, 3), r(1, 0)), 0, 3));
    w = "C2 broken: model 1's row is convex (0, 1, 3, 7, 15); Delta=4 costs 1 = gain, all-zero is a PNE at margin 0";
    v.add(Vectors.solve("hypothesis-broken", "c2-convex-score", w,
        g("c2-convex-score", w, rows(pad(5, 10), r(0, 1, 3, 7, 15)), linear(0.25, 4), r(1, 0)), 0, 4));
    w = "cost not convex (0, 1, 1.25, 1.375, 1.4375): Delta=4 costs 1.4375 >= 1, all-zero is a PNE";
    v.add(Vectors.solve("hypothesis-broken", "cost-concave", w,
        g("cost-concave", w, rows(pad(5, 10), r(5, 6, 7, 8, 11)), r(0, 1, 1.25, 1.375, 1.4375), r(1, 0)), 0, 4));
    w = "c(0) = 0.5 > 0: decided by the definition; model 1 gains 1 for an extra cost 0.25";
    v.add(Vectors.solve("hypothesis-broken", "cost-positive-at-zero", w,
        g("cost-positive-at-zero", w, rows(pad(4, 4), r(2, 3, 5, 6)), r(0.5, 0.5, 0.75, 1), r(1, 0)), 0, 3));
    w = "cost decreasing (0, 1.5, 1.5, 0.25): every jump condition holds at Delta=1 (1.5 >= 1), yet 3 steps cost"
        + " 0.25 and still overtake";
    v.add(Vectors.solve("hypothesis-broken", "cost-decreasing", w,
        g("cost-decreasing", w, rows(pad(4, 4), r(2, 5, 6, 7)), r(0, 1.5, 1.5, 0.25), r(1, 0)), 0, 3));
  }

  private static void enumerations(List<Vector> v) {
    String w = "three models, E=1: the hand-checked 2x2x2 game of the .nfg test";
    v.add(Vectors.enumerate("enumerate", "three-by-two", w, NfgHandGame.game(), 0, 1));
    String t = "equal baselines: enumeration of every profile with the tie rule";
    v.add(Vectors.enumerate("enumerate", "tie-at-baseline", t,
        g("tie-at-baseline", t, rows(r(3, 3, 3, 3), r(3, 3, 4, 5)), linear(0.25, 3), r(1, 0)), 0, 3));
    String z = "zero cost: the PNE of a game where all-zero is not one";
    v.add(Vectors.enumerate("enumerate", "zero-cost", z,
        g("zero-cost", z, rows(r(4, 5, 6), r(3, 4, 5)), r(0, 0, 0), r(1, 0)), 0, 2));
  }

  private static void continuous(List<Vector> v) {
    String w = "exponential saturation, floors 0.6 and 0.5: Delta = ln 1.25 ~ 0.2231; linear cost 1 makes it pay";
    v.add(Vectors.solveContinuous("continuous", "exponential-linear-cost", w, ContinuousGames.exponential(w,
        "{\"family\": \"linear\", \"kappa\": 1}"), 0));
    w = "the same pair with cost 30 e^2: c(ln 1.25) ~ 1.494 >= 1, all-zero is a PNE";
    v.add(Vectors.solveContinuous("continuous", "exponential-power-cost", w, ContinuousGames.exponential(w,
        "{\"family\": \"power\", \"kappa\": 30, \"p\": 2}"), 0));
    w = "power-law pair, gamma = 1/2: Delta(tau) = e (1+tau)^2 - (1+tau), cost 0.1 e: tau* = (1 + sqrt(1 + 40 e))"
        + " / (2 e) - 1 ~ 1.1107, certified within relative 1e-6";
    v.add(Vectors.thresholdContinuous("continuous", "power-law-tau-star", w, ContinuousGames.powerLawPair(w), 10));
    w = "the same pair searched only up to tau = 1: no stabilizing tau, a deviation pays at tau = 1";
    v.add(Vectors.thresholdContinuous("continuous", "power-law-no-tau-star-below-one", w,
        ContinuousGames.powerLawPair(w), 1));
    w = "the same pair at tau = 2 with cost 2e: Delta = ln 1.25 at every tau (common rate), 0.446 < 1 pays";
    v.add(Vectors.solveContinuous("continuous", "exponential-tau-two", w, ContinuousGames.exponential(w,
        "{\"family\": \"linear\", \"kappa\": 2}"), 2));
  }

  static void invalid(List<Vector> v) {
    ObjectNode base = g("base", "", rows(r(4, 4), r(2, 5)), r(0, 1), r(1, 0));
    ObjectNode x = base.deepCopy();
    x.put("schema", "lbgame/2");
    v.add(Vectors.invalid("wrong-schema", "the schema tag must be lbgame/1", x, "schema"));
    x = base.deepCopy();
    x.put("colour", "red");
    v.add(Vectors.invalid("unknown-field", "unknown top-level fields are errors", x, "colour"));
    x = base.deepCopy();
    x.remove("cost");
    v.add(Vectors.invalid("missing-cost", "cost is required", x, "cost"));
    x = base.deepCopy();
    ((ObjectNode) x.get("models").get(1)).put("capability", 2);
    v.add(Vectors.invalid("equal-capabilities", "capabilities must be strictly decreasing", x,
        "models[1].capability"));
    x = base.deepCopy();
    ((ObjectNode) x.get("rewards")).putArray("values").add(0).add(1);
    v.add(Vectors.invalid("increasing-rewards", "rewards must be non-increasing by rank", x, "rewards.values[1]"));
    x = base.deepCopy();
    ((ObjectNode) x.get("models").get(1).get("score")).putArray("y").add(5).add(2);
    v.add(Vectors.invalid("decreasing-tabulated-score", "a tabulated score must be nondecreasing", x,
        "models[1].score.y[1]"));
    x = base.deepCopy();
    x.putArray("models");
    v.add(Vectors.invalid("no-models", "at least one model", x, "models"));
    x = base.deepCopy();
    x.put("tie", "random");
    v.add(Vectors.invalid("unknown-tie-rule", "tie is higher-capability or lower-capability", x, "tie"));
  }
}
