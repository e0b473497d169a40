package org.lbgame.properties;

import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.lbgame.gen.quicktheories.LbGens;
import org.lbgame.model.Game;
import org.lbgame.model.Hypotheses;
import org.lbgame.model.Hypothesis;
import org.lbgame.model.LinearCost;
import org.lbgame.model.Model;
import org.lbgame.model.PowerLawCurve;
import org.lbgame.model.Rewards;
import org.lbgame.model.ValidationReport;

/**
 * The model's analytic checks of C1 and C2 for power laws against a direct evaluation of the curves
 * (random parameters, not only generated-valid ones; cases within 1e-3 of the analytic boundary skipped).
 */
class ModelChecksPropertiesTest {
  static final int TRIES = 500;

  /** Two power laws with a common scale and random intercepts and slopes. */
  static Game pair(java.util.random.RandomGenerator r) {
    double a1 = r.nextInt(-40, 41) / 10.0;
    double a2 = r.nextInt(-40, 41) / 10.0;
    double b1 = r.nextInt(1, 40) / 10.0;
    double b2 = r.nextInt(1, 40) / 10.0;
    double x0 = r.nextBoolean() ? 1 : r.nextInt(2, 20) / 2.0;
    return Game.of(List.of(Model.of("p", 2, PowerLawCurve.of(a1, b1, 0, 1, x0)),
        Model.of("q", 1, PowerLawCurve.of(a2, b2, 0, 1, x0))), LinearCost.of(1), Rewards.winnerTakeAll(2));
  }

  /** Efforts 0 and log-spaced up to 1e8. */
  static double[] grid() {
    double[] x = new double[801];
    for (int j = 0; j < x.length; j++) {
      x[j] = Math.expm1(j * Math.log1p(1e8) / (x.length - 1));
    }
    return x;
  }

  /** C1 by evaluation of the logits (exact ordering of the scores) on the grid. */
  static boolean c1Direct(PowerLawCurve p, PowerLawCurve q) {
    for (double x : grid()) {
      if (!(p.logit(x) > q.logit(x))) {
        return false;
      }
    }
    return p.b() >= q.b();
  }

  /** C2 by second differences of the normalized score in the logit variable t = log(x0 + x). */
  static boolean c2Direct(PowerLawCurve c) {
    double[] x = grid();
    for (int j = 1; j + 1 < x.length; j++) {
      double h1 = x[j] - x[j - 1];
      double h2 = x[j + 1] - x[j];
      double s1 = (c.value(x[j]) - c.value(x[j - 1])) / h1;
      double s2 = (c.value(x[j + 1]) - c.value(x[j])) / h2;
      if (s2 > s1 * (1 + 1e-6) + 1e-15) {
        return false;
      }
    }
    return true;
  }

  static boolean nearC2Boundary(PowerLawCurve c) {
    double z0 = c.logit(0);
    double lhs = Math.exp(-z0) * (c.b() - 1) / (c.b() + 1);
    return c.b() > 1 && Math.abs(lhs - 1) < 1e-1;
  }

  @Test
  void c1AndC2OfPowerLawsMatchDirectEvaluation() {
    int[] seen = new int[4];
    Predicate<Game> p = g -> {
      PowerLawCurve a = (PowerLawCurve) g.curve(0);
      PowerLawCurve b = (PowerLawCurve) g.curve(1);
      ValidationReport rep = Hypotheses.check(g);
      boolean ok = true;
      double gap0 = a.logit(0) - b.logit(0);
      if (Math.abs(gap0) > 1e-3 && Math.abs(a.b() - b.b()) > 1e-3) {
        ok &= rep.holds(Hypothesis.C1) == c1Direct(a, b);
        seen[rep.holds(Hypothesis.C1) ? 0 : 1]++;
      }
      if (!nearC2Boundary(a) && !nearC2Boundary(b)) {
        ok &= rep.holds(Hypothesis.C2) == (c2Direct(a) && c2Direct(b));
        seen[rep.holds(Hypothesis.C2) ? 2 : 3]++;
      }
      return ok;
    };
    Property.check("model-c1-c2-power-law", TRIES, LbGens.of(ModelChecksPropertiesTest::pair), p, g -> g,
        org.lbgame.gen.GameFiles::write);
    System.out.println("[property] model-c1-c2-power-law: C1 holds/fails " + seen[0] + "/" + seen[1]
        + ", C2 holds/fails " + seen[2] + "/" + seen[3]);
    for (int k : seen) {
      org.junit.jupiter.api.Assertions.assertTrue(k > 0, "both verdicts must occur");
    }
  }
}
