package org.lbgame.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.lbgame.fit.FitOptions;
import org.lbgame.fit.FitQuality;
import org.lbgame.fit.FitResult;
import org.lbgame.fit.FittedCurve;
import org.lbgame.fit.InvalidTrajectoryException;
import org.lbgame.fit.OutOfRangePolicy;
import org.lbgame.fit.PowerLawFitter;
import org.lbgame.fit.Trajectory;
import org.lbgame.fit.TrajectoryPoint;
import org.lbgame.fit.TrajectorySet;

/** The rules one at a time, on small hand-made data with known answers. */
class AuditRulesTest {
  private static final double[] STEPS = {10, 20, 50, 100, 200, 500, 1000};

  private static Trajectory curve(String name, double cap, double a, double b, double sigma, SplittableRandom rng) {
    List<TrajectoryPoint> pts = new ArrayList<>();
    for (double x : STEPS) {
      double z = a + b * Math.log(1 + x) + (rng == null ? 0 : sigma * rng.nextGaussian());
      pts.add(TrajectoryPoint.of(x, FittedCurve.sigmoid(z)));
    }
    return Trajectory.of(name, cap, pts);
  }

  private static FitResult fit(Trajectory... ts) {
    return PowerLawFitter.fitAll(TrajectorySet.of("x", List.of(ts)), FitOptions.defaults());
  }

  @Test
  void aCrossingBelowTheFirstMeasuredStepIsUndecidedNotAFailure() {
    // the case: the weaker model's intercept is 0.0076 logit higher, the curves cross at 0.12 steps, and the
    // first measured step is 10; the stronger curve is above at every measured step
    double db = 0.0076 / Math.log(1.12);
    FitResult f = fit(curve("strong", 2, 0, 0.35, 0, null), curve("weak", 1, 0.0076, 0.35 - db, 0, null));
    AuditResult r = AssumptionAudit.run(f, AuditOptions.defaults().withNoise(NoiseModel.exact()));
    Finding c1 = r.findings().stream().filter(x -> x.check().equals("C1-fit")).findFirst().orElseThrow();
    assertEquals(AuditVerdict.UNDECIDED, c1.verdict());
    assertEquals(0.12, c1.at(), 1e-9);
    assertTrue(c1.detail().contains("below the first step both were measured at (10)"), c1.detail());
    assertEquals(AuditVerdict.HOLDS, r.pairs().get(0).c1Raw());
    assertFalse(r.findings().stream().anyMatch(x -> x.verdict() == AuditVerdict.FAILS), r.findings().toString());
  }

  @Test
  void c3ReasonNamesC1WhenTheWeakerModelStartsAboveAndLearnsSlower() {
    SplittableRandom rng = new SplittableRandom(7);
    // the weaker curve is above over all measured steps, and its effort there is a third of the stronger's or less
    FitResult f = fit(curve("strong", 2, 0.0, 0.30, 0.03, rng), curve("weak", 1, 1.5, 0.10, 0.03, rng));
    AuditResult r = AssumptionAudit.run(f);
    Finding c3 = r.findings().stream().filter(x -> x.check().equals("C3-fit")).findFirst().orElseThrow();
    Finding c1 = r.findings().stream().filter(x -> x.check().equals("C1-fit")).findFirst().orElseThrow();
    assertEquals(AuditVerdict.FAILS, c1.verdict());
    double z = (f.curve(0).b() - f.curve(1).b()) / Math.hypot(f.curve(0).summary().seB(), f.curve(1).summary().seB());
    assertTrue(z > 2, "the slopes differ by many SE: " + z);
    assertFalse(c3.detail().contains("within 2 combined SE"), c3.detail());
    assertTrue(c3.detail().contains("does not learn faster") && c3.detail().contains("C1-fit FAILS"), c3.detail());
    assertEquals(AuditVerdict.FAILS, c3.verdict());
  }

  @Test
  void c3ReasonWhenTheWeakerModelLearnsFasterWithinTheNoise() {
    SplittableRandom rng = new SplittableRandom(3);
    FitResult f = fit(curve("strong", 2, 0.5, 0.30, 0.05, rng), curve("weak", 1, 0.4235, 0.33, 0.05, rng));
    Finding c3 = EffortGapCheck.fitted(f).stream().findFirst().orElseThrow();
    assertTrue(f.curve(1).b() > f.curve(0).b());
    double se = Math.hypot(f.curve(0).summary().seB(), f.curve(1).summary().seB());
    assertTrue(f.curve(1).b() - f.curve(0).b() <= 2 * se, "planted within the noise");
    assertTrue(c3.detail().contains("learns faster") && c3.detail().contains("within 2 combined SE"), c3.detail());
    assertEquals(AuditVerdict.UNDECIDED, c3.verdict());
  }

  @Test
  void fitQualityFlagsLowRSquaredZeroInsideTheCiAndDegenerateFits() {
    SplittableRandom rng = new SplittableRandom(1);
    FittedCurve flat = fit(curve("flat", 1, 0.0, 0.0, 0.1, rng)).curve(0);
    FitQuality q = FitQuality.of(flat, 0.5);
    assertFalse(q.good());
    double[] ci = flat.summary().ciB();
    assertEquals(ci[0] <= 0 && ci[1] >= 0, q.describe().contains("contains 0"), q.describe());
    assertEquals(flat.summary().rSquared() < 0.5, q.describe().contains("R^2 ="), q.describe());
    // an exact fit is good (R^2 = 1, zero standard errors)
    assertTrue(FitQuality.of(fit(curve("exact", 1, 0.1, 0.2, 0, null)).curve(0), 0.5).good());
    // every point clamped to the ceiling: one logit for all, b = 0, SE 0, R^2 undefined
    List<TrajectoryPoint> top = new ArrayList<>();
    for (double x : STEPS) {
      top.add(TrajectoryPoint.of(x, 1.0));
    }
    FittedCurve clamped = PowerLawFitter.fitAll(TrajectorySet.of("x", List.of(Trajectory.of("top", 1, top))),
        FitOptions.defaults().withPolicy(OutOfRangePolicy.CLAMP)).curve(0);
    assertEquals(0, clamped.b());
    assertTrue(FitQuality.of(clamped, 0.5).describe().contains("degenerate: every used point has the same logit"));
    FittedCurve two = fit(Trajectory.of("two", 1, List.of(TrajectoryPoint.of(0, 0.4), TrajectoryPoint.of(9, 0.6))))
        .curve(0);
    assertTrue(FitQuality.of(two, 0.5).describe().contains("degenerate: 2 points"));
    assertThrows(InvalidTrajectoryException.class, () -> FitQuality.of(two, 1.5));
  }

  @Test
  void checksOnAPoorFitAreUndecidedAndItIsLeftOutOfTheDesignersGame() {
    SplittableRandom rng = new SplittableRandom(1);
    FitResult f = fit(curve("good", 2, 0.5, 0.3, 0.01, rng), curve("flat", 1, 2.0, 0.0, 0.1, rng));
    AuditResult r = AssumptionAudit.run(f);
    assertFalse(r.quality().get(1).good());
    // flat starts far above: C1-fit would fail, but its curve is not supported by its data
    assertTrue(r.findings().stream().filter(x -> x.check().startsWith("C1-fit") || x.check().equals("C3-fit"))
        .allMatch(x -> x.verdict() == AuditVerdict.UNDECIDED && x.detail().contains("the fit of flat is poor")));
    assertEquals(AuditVerdict.UNDECIDED, r.pairs().get(0).c2Fit());
    assertEquals(AuditVerdict.UNDECIDED, r.sCurves().get(1).verdict());
    assertEquals(List.of("good"), r.designerModels().stream().map(m -> m.name()).toList());
    assertTrue(r.leftOut().get("flat").startsWith("poor fit"));
    AuditResult kept = AssumptionAudit.run(f, AuditOptions.defaults().withPoorFitsUsed(true));
    // with --use-poor-fits a flat fit with b <= 0 still cannot be a power law that effort raises
    assertEquals(f.curve(1).b() > 0 ? 2 : 1, kept.designerModels().size());
  }

  @Test
  void rawChecksWithoutStandardErrorsAreUndecidedAndSaySo() {
    List<Trajectory> ts = List.of(
        Trajectory.of("big", 2, List.of(TrajectoryPoint.of(0, 0.60), TrajectoryPoint.of(10, 0.70))),
        Trajectory.of("small", 1, List.of(TrajectoryPoint.of(0, 0.61), TrajectoryPoint.of(10, 0.65))));
    TrajectorySet set = TrajectorySet.of("x", ts);
    Finding f = OrderingCheck.raw(set, NoiseModel.fromData()).get(0);
    assertEquals(AuditVerdict.UNDECIDED, f.verdict());
    assertTrue(f.detail().contains("no standard error known"), f.detail());
    assertTrue(NoiseModel.fromData().describe(set).startsWith("No standard errors were given"));
    // binomial over 100 questions: SE sqrt(.6 .4 / 100) = 0.049, the 0.01 lead is noise
    assertEquals(AuditVerdict.UNDECIDED, OrderingCheck.raw(set, NoiseModel.binomial(100)).get(0).verdict());
    // over 100,000 questions the SE is 0.0015 each: 0.01 is 4.6 combined SE, a failure
    assertEquals(AuditVerdict.FAILS, OrderingCheck.raw(set, NoiseModel.binomial(100_000)).get(0).verdict());
    assertEquals(Math.sqrt(0.6 * 0.4 / 100), NoiseModel.binomial(100).se(ts.get(0).points().get(0)), 1e-15);
    assertEquals(AuditVerdict.FAILS, OrderingCheck.raw(set, NoiseModel.exact()).get(0).verdict());
    assertTrue(NoiseModel.binomial(100).describe(set).contains("n = 100 questions (--noise binomial:100)"));
    // the number of questions of each point (lm-eval's n-samples) gives the binomial model without an option
    TrajectorySet counted = TrajectorySet.of("x", List.of(
        Trajectory.of("big", 2, List.of(TrajectoryPoint.of(0, 0.60, Double.NaN, 100_000, "f", 0))),
        Trajectory.of("small", 1, List.of(TrajectoryPoint.of(0, 0.61, Double.NaN, 100_000, "g", 0)))));
    assertEquals(AuditVerdict.FAILS, OrderingCheck.raw(counted, NoiseModel.fromData()).get(0).verdict());
    assertTrue(NoiseModel.fromData().describe(counted).contains("lm-eval's n-samples"));
    assertEquals("--noise", assertThrows(InvalidTrajectoryException.class, () -> NoiseModel.parse("loud")).field());
  }

  @Test
  void everyInversionOfAAndBIsListedOverAllPairs() {
    // the smallest model starts above both larger ones but learns slowest
    FitResult f = fit(curve("l", 3, 0.2, 0.30, 0, null), curve("m", 2, 0.1, 0.25, 0, null),
        curve("s", 1, 0.5, 0.05, 0, null));
    List<ParameterInversion> inv = ParameterOrderCheck.inversions(f);
    assertEquals(List.of("a l<s", "a m<s"), inv.stream().map(v -> v.parameter() + " " + v.stronger() + "<"
        + v.weaker()).toList());
    assertEquals(0.3, inv.get(0).difference(), 1e-9);
    assertTrue(inv.get(0).significant(), "exact fits: any difference is beyond the noise");
  }
}
