package org.lbgame.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lbgame.fit.FitOptions;
import org.lbgame.fit.FitResult;
import org.lbgame.fit.FittedCurve;
import org.lbgame.fit.PowerLawFitter;
import org.lbgame.fit.Trajectory;
import org.lbgame.fit.TrajectoryPoint;
import org.lbgame.fit.TrajectorySet;
import org.lbgame.gen.TrajectoryGenerator;
import org.lbgame.gen.TrajectoryGenerator.ModelSpec;

class AssumptionAuditTest {
  private static final double[] STEPS = {0, 10, 50, 100, 200, 500, 1000};
  // a and b increasing in capability, b < 1: the paper's sufficient condition for C1-C3
  private static final List<ModelSpec> GOOD = List.of(new ModelSpec("14B", 14, 1.2, 0.45),
      new ModelSpec("7B", 7, 0.6, 0.40), new ModelSpec("3B", 3, 0.0, 0.35));

  // the generator's points are exact curve values: the raw checks are told so
  private static final AuditOptions EXACT = AuditOptions.defaults().withNoise(NoiseModel.exact());

  private static AuditResult audit(TrajectorySet set) {
    return AssumptionAudit.run(PowerLawFitter.fitAll(set, FitOptions.defaults()), EXACT);
  }

  @Test
  void wellBehavedFamilyPassesEveryCheck() {
    AuditResult r = audit(TrajectoryGenerator.exactSet(GOOD, 0, 1, 1, STEPS));
    assertEquals(List.of(), r.findings());
    assertEquals(2, r.pairs().size());
    r.pairs().forEach(p -> assertEquals(AuditVerdict.HOLDS, p.overall()));
  }

  @Test
  void plantedRawInversionIsFoundWithPairAndStep() {
    TrajectorySet clean = TrajectoryGenerator.exactSet(GOOD, 0, 1, 1, STEPS);
    List<Trajectory> models = new ArrayList<>();
    for (Trajectory t : clean.models()) {
      List<TrajectoryPoint> pts = new ArrayList<>();
      for (TrajectoryPoint p : t.points()) {
        double s = p.score();
        if (p.steps() == 200 && t.model().equals("7B")) {
          s = clean.get(2).scoreAt(200) - 0.01; // 7B falls below 3B at step 200 only
        }
        pts.add(TrajectoryPoint.of(p.steps(), s));
      }
      models.add(Trajectory.of(t.model(), t.capability(), pts));
    }
    AuditResult r = audit(TrajectorySet.of("planted", models));
    List<Finding> c1 = r.findings().stream().filter(f -> f.check().equals("C1-raw")).toList();
    assertEquals(1, c1.size());
    assertEquals("7B", c1.get(0).stronger());
    assertEquals("3B", c1.get(0).weaker());
    assertEquals(200.0, c1.get(0).at());
    assertEquals(AuditVerdict.FAILS, r.pairs().get(1).c1Raw());
    assertEquals(AuditVerdict.HOLDS, r.pairs().get(0).c1Raw());
    assertEquals("C1-raw at step 200", r.pairs().get(1).place());
  }

  @Test
  void tieWithinStandardErrorsIsUndecided() {
    List<Trajectory> m = List.of(
        Trajectory.of("big", 2, List.of(TrajectoryPoint.of(0, 0.60, 0.01, "x", 2), TrajectoryPoint.of(10, 0.70, 0.01, "x", 3))),
        Trajectory.of("small", 1, List.of(TrajectoryPoint.of(0, 0.61, 0.01, "x", 4), TrajectoryPoint.of(10, 0.65, 0.01, "x", 5))));
    List<Finding> f = OrderingCheck.raw(TrajectorySet.of("x", m));
    assertEquals(1, f.size());
    assertEquals(AuditVerdict.UNDECIDED, f.get(0).verdict());
  }

  @Test
  void plantedSCurveIsFlaggedWithItsConvexStretch() {
    // b = 2.5, a = -5: e^{5} * 1.5 / 3.5 = 63.6 > 1
    List<ModelSpec> specs = List.of(new ModelSpec("big", 2, 1.0, 0.5), new ModelSpec("s-curve", 1, -5, 2.5));
    AuditResult r = audit(TrajectoryGenerator.exactSet(specs, 0, 1, 1, STEPS));
    Finding f = r.findings().stream().filter(x -> x.check().equals("C2-fit")).findFirst().orElseThrow();
    assertEquals("s-curve", f.stronger());
    assertEquals(AuditVerdict.FAILS, f.verdict());
    assertEquals(AuditVerdict.FAILS, r.pairs().get(0).c2Fit());
    // independent check: the true curve is convex (positive second difference) before the reported point
    // and concave after it
    double xs = f.at();
    double h = 1e-3;
    assertTrue(second(-5, 2.5, xs * 0.5, h) > 0);
    assertTrue(second(-5, 2.5, xs * 2, h) < 0);
    assertEquals(0, second(-5, 2.5, xs, h), 1e-6);
  }

  @Test
  void sCurveConditionAtBoundaryIsUndecidedAndConcaveOneHolds() {
    // b = 3, (b-1)/(b+1) = 1/2, a = log(1/2) makes the condition exactly 1
    FittedCurve edge = FittedCurve.of("edge", Math.log(0.5), 3, 0, 1, 1);
    assertEquals(AuditVerdict.UNDECIDED, ReturnsCheck.sCurve(edge).verdict());
    assertEquals(AuditVerdict.HOLDS, ReturnsCheck.sCurve(FittedCurve.of("m", -2, 0.9, 0, 1, 1)).verdict());
    assertEquals(AuditVerdict.HOLDS, ReturnsCheck.sCurve(FittedCurve.of("m", 0, 3, 0, 1, 1)).verdict());
  }

  private static double second(double a, double b, double x, double h) {
    return (TrajectoryGenerator.truth(a, b, 0, 1, 1, x + h) - 2 * TrajectoryGenerator.truth(a, b, 0, 1, 1, x)
        + TrajectoryGenerator.truth(a, b, 0, 1, 1, x - h)) / (h * h);
  }

  @Test
  void plantedC3ViolationIsLocatedAtTheAnalyticTurningPoint() {
    // the weaker model learns faster: D(l) = e^{(l+1)/0.7} - e^{l/0.5} peaks where
    // (1/0.7) e^{(l+1)/0.7} = 2 e^{2l}, i.e. l* = (-log 0.7 + 1/0.7 - log 2) / (2 - 1/0.7)
    List<ModelSpec> specs = List.of(new ModelSpec("strong", 2, 0, 0.5), new ModelSpec("weak", 1, -1, 0.7));
    FitResult fit = PowerLawFitter.fitAll(TrajectoryGenerator.exactSet(specs, 0, 1, 1,
        new double[] {0, 5, 10, 20, 50, 100}), FitOptions.defaults());
    AuditResult r = AssumptionAudit.run(fit, EXACT);
    Finding c3 = r.findings().stream().filter(x -> x.check().equals("C3-fit")).findFirst().orElseThrow();
    assertEquals("strong", c3.stronger());
    assertEquals("weak", c3.weaker());
    assertEquals(AuditVerdict.FAILS, c3.verdict());
    double lStar = (-Math.log(0.7) + 1 / 0.7 - Math.log(2)) / (2 - 1 / 0.7);
    double sStar = FittedCurve.sigmoid(lStar);
    double gridStep = 0.5 * Math.log(101) / (EffortGapCheck.GRID - 1) / 4; // logit step times max sigmoid slope
    assertEquals(sStar, c3.at(), 2 * gridStep);
    assertEquals(AuditVerdict.HOLDS, r.pairs().get(0).c1Raw());
    assertEquals(AuditVerdict.FAILS, r.pairs().get(0).c3Fit());
    // the fitted curves also cross, beyond the measured range: x = e^{1/0.2} - 1
    Finding c1 = r.findings().stream().filter(x -> x.check().equals("C1-fit")).findFirst().orElseThrow();
    assertEquals(Math.exp(5) - 1, c1.at(), 1e-6);
    assertTrue(c1.detail().contains("beyond"));
  }

  @Test
  void rawDecreaseAndIncreasingReturnsAreListed() {
    Trajectory t = Trajectory.of("m", 1, List.of(TrajectoryPoint.of(0, 0.5), TrajectoryPoint.of(10, 0.52),
        TrajectoryPoint.of(20, 0.60), TrajectoryPoint.of(30, 0.58)));
    List<Finding> f = ReturnsCheck.raw(TrajectorySet.of("x", List.of(t)));
    assertEquals(2, f.size());
    assertEquals("step 10", f.get(0).place());
    assertEquals("steps 20 -> 30", f.get(1).place());
  }

  /**
   * The paper's sufficient condition, checked rather than assumed: with common L, U and x0 = 1, a and b weakly
   * increasing in capability (strictly in a) give C1 and C3 on every random family; C2 holds exactly when the
   * S-curve condition does, decided here independently by the sign of the true curve's second difference.
   */
  @Test
  void increasingAAndBGiveC1AndC3AndC2ExactlyWhenNotSShaped() {
    java.util.SplittableRandom rng = new java.util.SplittableRandom(11);
    int sCurves = 0;
    for (int trial = 0; trial < 150; trial++) {
      int n = 2 + rng.nextInt(4);
      double a = rng.nextDouble(-1, 2);
      double b = rng.nextDouble(0.1, 2);
      List<ModelSpec> specs = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        specs.add(new ModelSpec("m" + i, n - i, a, b));
        a -= rng.nextDouble(0.05, 1);
        b -= rng.nextDouble(0, Math.min(0.3, b - 0.05));
      }
      AuditResult r = audit(TrajectoryGenerator.exactSet(specs, 0, 1, 1, STEPS));
      for (Finding f : r.findings()) {
        assertTrue(f.check().startsWith("C2"), () -> "unexpected " + f.describe());
      }
      for (int i = 0; i < n; i++) {
        ModelSpec m = specs.get(i);
        boolean convexNearZero = false;
        for (double x = 0.01; x < 50; x *= 1.05) {
          convexNearZero |= second(m.a(), m.b(), x, 1e-3 * (1 + x)) > 1e-9;
        }
        AuditVerdict v = r.sCurves().get(i).verdict();
        if (v != AuditVerdict.UNDECIDED) {
          assertEquals(convexNearZero, v == AuditVerdict.FAILS, m.toString());
        }
        sCurves += v == AuditVerdict.FAILS ? 1 : 0;
      }
    }
    assertTrue(sCurves > 5, "the random families include S-curves: " + sCurves);
  }

  @Test
  void increasingAAndBDoNotGiveC1WhenTheOffsetIsBelowOne() {
    // x0 = 0.1: the logit at zero effort is a + b log 0.1, so a faster learner with a larger a can start lower
    List<ModelSpec> specs = List.of(new ModelSpec("strong", 2, 1.0, 1.0), new ModelSpec("weak", 1, 0.9, 0.5));
    TrajectorySet set = TrajectoryGenerator.exactSet(specs, 0, 1, 0.1, STEPS);
    AuditResult r = AssumptionAudit.run(PowerLawFitter.fitAll(set, FitOptions.defaults().withOffset(0.1)), EXACT);
    assertEquals(AuditVerdict.FAILS, r.pairs().get(0).c1Fit());
    assertEquals(AuditVerdict.FAILS, r.pairs().get(0).c1Raw());
    assertEquals("C1-raw at step 0", r.pairs().get(0).place());
  }
}
