package org.lbgame.designer;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.lbgame.model.Game;

/**
 * Everything the designer's side says about a game, in one call (the hook for the audit report):
 * the continuous threshold with Prop 5.6, the {@code Delta_k(tau)} curve, and the Stackelberg choice
 * when the game has a designer.
 */
public final class DesignerAnalysis {
  /** Default number of curve points. */
  public static final int DEFAULT_POINTS = 200;

  private final ThresholdResult threshold;
  private final DeltaCurve curve;
  private final StackelbergChoice stackelberg;

  private DesignerAnalysis(ThresholdResult threshold, DeltaCurve curve, StackelbergChoice stackelberg) {
    this.threshold = threshold;
    this.curve = curve;
    this.stackelberg = stackelberg;
  }

  /** The analysis of {@code g} with the default grid (up to {@link #defaultTauMax(ThresholdResult)}, 200 points). */
  public static DesignerAnalysis of(Game g) {
    ThresholdResult r = ContinuousThreshold.of(g);
    return of(g, r, defaultTauMax(r), DEFAULT_POINTS);
  }

  /** The analysis of {@code g} on a grid of {@code points} levels up to {@code tauMax}. */
  public static DesignerAnalysis of(Game g, double tauMax, int points) {
    return of(g, ContinuousThreshold.of(g), tauMax, points);
  }

  private static DesignerAnalysis of(Game g, ThresholdResult r, double tauMax, int points) {
    double[] grid = DeltaCurve.grid(tauMax, points);
    DeltaCurve c = DeltaCurve.of(g, grid);
    StackelbergChoice s = g.designer().isPresent() ? Stackelberg.choose(g, r, grid) : null;
    return new DesignerAnalysis(r, c, s);
  }

  /** {@code max(3000, 10 tau*)} (3000: the paper's section 6 level), capped at {@code 1e12}. */
  public static double defaultTauMax(ThresholdResult r) {
    return r.finite() ? Math.min(1e12, Math.max(3000, 10 * r.tauStar())) : 3000;
  }

  /** The continuous threshold. */
  public ThresholdResult threshold() {
    return threshold;
  }

  /** The {@code Delta_k(tau)} curve. */
  public DeltaCurve curve() {
    return curve;
  }

  /** The Stackelberg choice (null when the game has no designer). */
  public StackelbergChoice stackelberg() {
    return stackelberg;
  }

  /** The analysis as JSON: {@code threshold} and, when present, {@code stackelberg}. */
  public static ObjectNode json(DesignerAnalysis a) {
    ObjectNode o = DesignerJson.object();
    o.set("threshold", DesignerJson.threshold(a.threshold));
    if (a.stackelberg != null) {
      o.set("stackelberg", DesignerJson.stackelberg(a.stackelberg));
    }
    return o;
  }
}
