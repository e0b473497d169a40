package org.lbgame.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.lbgame.gen.TrajectoryGenerator;
import org.lbgame.gen.TrajectoryGenerator.ModelSpec;

class PowerLawFitterTest {
  private static final double[] STEPS = {0, 5, 20, 50, 100, 200, 500, 1000};

  @Test
  void noiseFreeCurvesAreRecoveredExactly() {
    TrajectorySet set = TrajectoryGenerator.exactSet(
        List.of(new ModelSpec("big", 2, 0.8, 0.4), new ModelSpec("small", 1, -0.3, 0.55)), 0.25, 0.95, 1, STEPS);
    FitResult r = PowerLawFitter.fitAll(set, FitOptions.defaults().withFloor(0.25).withCeiling(0.95));
    assertEquals(0.8, r.curve(0).a(), 1e-9);
    assertEquals(0.4, r.curve(0).b(), 1e-9);
    assertEquals(-0.3, r.curve(1).a(), 1e-9);
    assertEquals(0.55, r.curve(1).b(), 1e-9);
    assertEquals(1.0, r.curve(1).summary().rSquared(), 1e-12);
  }

  @Test
  void olsMatchesHandComputation() {
    // L=0, U=1, x0=1: x = log(1+steps) = {0, log 3, log 8}; y = logit(score) = {0, 1, 1.5} chosen by hand
    double[] steps = {0, 2, 7};
    double[] y = {0, 1, 1.5};
    List<TrajectoryPoint> pts = new java.util.ArrayList<>();
    for (int i = 0; i < 3; i++) {
      pts.add(TrajectoryPoint.of(steps[i], FittedCurve.sigmoid(y[i])));
    }
    FittedCurve c = PowerLawFitter.fit(Trajectory.of("m", 1, pts), 0, 1, FitOptions.defaults());
    double[] x = {0, Math.log(3), Math.log(8)};
    double mx = (x[0] + x[1] + x[2]) / 3;
    double my = (y[0] + y[1] + y[2]) / 3;
    double sxy = 0;
    double sxx = 0;
    for (int i = 0; i < 3; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
    }
    double b = sxy / sxx;
    double a = my - b * mx;
    double sse = 0;
    for (int i = 0; i < 3; i++) {
      sse += Math.pow(y[i] - a - b * x[i], 2);
    }
    double seB = Math.sqrt(sse / 1 / sxx);
    assertEquals(b, c.b(), 1e-12);
    assertEquals(a, c.a(), 1e-12);
    assertEquals(seB, c.summary().seB(), 1e-12);
    // t quantile with 1 degree of freedom at 0.975 is tan(0.475 pi) = 12.7062...
    double t = Math.tan(Math.PI * 0.475);
    assertEquals(b + t * seB, c.summary().ciB()[1], 1e-9);
  }

  @Test
  void pointsAtOrBeyondFloorOrCeilingAreListedNeverSilent() {
    List<TrajectoryPoint> pts = List.of(TrajectoryPoint.of(0, 0.25), TrajectoryPoint.of(10, 0.5),
        TrajectoryPoint.of(100, 0.7), TrajectoryPoint.of(500, 0.8), TrajectoryPoint.of(1000, 1.0));
    Trajectory t = Trajectory.of("m", 1, pts);
    FittedCurve dropped = PowerLawFitter.fit(t, 0.25, 1, FitOptions.defaults());
    assertEquals(3, dropped.summary().n());
    assertEquals(2, dropped.summary().excluded().size());
    assertEquals(0.0, dropped.summary().excluded().get(0).point().steps());
    assertTrue(dropped.summary().excluded().get(1).reason().contains(">= ceiling"));
    FittedCurve clamped = PowerLawFitter.fit(t, 0.25, 1, FitOptions.defaults().withPolicy(OutOfRangePolicy.CLAMP));
    assertEquals(5, clamped.summary().n());
    assertEquals(1 - 0.75e-3, clamped.summary().excluded().get(1).usedScore(), 1e-12);
  }

  @Test
  void tooFewUsablePointsIsATypedError() {
    Trajectory t = Trajectory.of("m", 1, List.of(TrajectoryPoint.of(0, 0.5), TrajectoryPoint.of(10, 1.0)));
    InvalidTrajectoryException e = assertThrows(InvalidTrajectoryException.class,
        () -> PowerLawFitter.fit(t, 0, 1, FitOptions.defaults()));
    assertEquals("score", e.field());
  }

  /**
   * Coverage: with Gaussian noise on the logit scale the t-intervals are exact, so over 400 seeds the 95%
   * intervals must contain the truth 380 times in expectation; 3 binomial standard deviations (13.1) allowed.
   */
  @Test
  void confidenceIntervalsCoverTheTruthAtTheNominalRate() {
    double a = -0.4;
    double b = 0.35;
    int seeds = 400;
    int coverA = 0;
    int coverB = 0;
    for (int seed = 0; seed < seeds; seed++) {
      SplittableRandom rng = new SplittableRandom(seed);
      List<TrajectoryPoint> pts = TrajectoryGenerator.logitNoise(rng, a, b, 0.5, 1, 1, STEPS, 0.15);
      FittedCurve c = PowerLawFitter.fit(Trajectory.of("m", 1, pts), 0.5, 1, FitOptions.defaults());
      assertEquals(STEPS.length, c.summary().n());
      if (c.summary().ciA()[0] <= a && a <= c.summary().ciA()[1]) {
        coverA++;
      }
      if (c.summary().ciB()[0] <= b && b <= c.summary().ciB()[1]) {
        coverB++;
      }
    }
    double tol = 3 * Math.sqrt(seeds * 0.95 * 0.05);
    assertEquals(380, coverA, tol, "coverage of a");
    assertEquals(380, coverB, tol, "coverage of b");
  }

  @Test
  void estimatedCeilingFindsTheTrueCommonCeiling() {
    TrajectorySet set = TrajectoryGenerator.exactSet(
        List.of(new ModelSpec("big", 2, 0.5, 0.6), new ModelSpec("small", 1, -0.5, 0.5)), 0, 0.9, 1,
        new double[] {0, 3, 10, 30, 100, 300, 1000, 3000});
    FitResult r = PowerLawFitter.fitAll(set, FitOptions.defaults().withEstimatedCeiling());
    // the grid spacing near 0.9 is a few parts in a thousand of the span
    assertEquals(0.9, r.ceiling(), 0.01);
    assertTrue(r.ceilingNote().contains("profile least squares"));
  }

  @Test
  void slopeRatioCheckAgreesWithClosedForms() {
    TrajectorySet set = TrajectoryGenerator.exactSet(
        List.of(new ModelSpec("big", 2, 1.0, 0.5), new ModelSpec("small", 1, 0.0, 0.4)), 0, 1, 1, STEPS);
    FitResult r = PowerLawFitter.fitAll(set, FitOptions.defaults());
    SlopeRatioCheck c = SlopeRatioCheck.of(r, 1, 100);
    assertEquals(0.8, c.gammaFitted(), 1e-9);
    assertEquals(0.8, c.gammaHatMatched(), 1e-6);
    // score-scale slope ratio: b_k s_k (1 - s_k) / (b_{k-1} s_{k-1} (1 - s_{k-1})) at tau (derivative in log x)
    double zs = 1.0 + 0.5 * Math.log(101);
    double zw = 0.0 + 0.4 * Math.log(101);
    double ss = FittedCurve.sigmoid(zs);
    double sw = FittedCurve.sigmoid(zw);
    double exact = 0.4 * sw * (1 - sw) / (0.5 * ss * (1 - ss));
    assertEquals(exact, c.gammaHatScore(), 0.05 * exact);
  }

  @Test
  void convertsToTheModelLayersCurveWithTheSameValuesAndInverse() {
    TrajectorySet set = TrajectoryGenerator.exactSet(
        List.of(new ModelSpec("big", 2, 0.7, 0.45), new ModelSpec("small", 1, -0.2, 0.4)), 0.25, 0.9, 2, STEPS);
    FitResult r = PowerLawFitter.fitAll(set, FitOptions.defaults().withFloor(0.25).withCeiling(0.9).withOffset(2));
    List<org.lbgame.model.Model> models = r.toModels();
    assertEquals("big", models.get(0).name());
    for (int i = 0; i < 2; i++) {
      org.lbgame.model.PowerLawCurve m = r.curve(i).toPowerLawCurve();
      for (double x : new double[] {0, 1, 17, 900}) {
        assertEquals(r.curve(i).value(x), m.value(x), 1e-12);
      }
      assertEquals(r.curve(i).reach(0.8), m.reach(0.8), 1e-6 * (1 + r.curve(i).reach(0.8)));
    }
  }
}
