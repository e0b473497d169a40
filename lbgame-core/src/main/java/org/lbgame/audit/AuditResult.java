package org.lbgame.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lbgame.fit.FitQuality;
import org.lbgame.fit.FitResult;
import org.lbgame.fit.FittedCurve;
import org.lbgame.fit.SlopeRatioCheck;
import org.lbgame.model.Model;

/**
 * Everything the assumption audit found: the fit, all findings, a verdict per adjacent pair, slope-ratio checks,
 * the S-curve verdict and fit quality of each model, every inversion of {@code a} and {@code b} over all pairs, the
 * options used and the statement of the noise model.
 */
public record AuditResult(FitResult fit, List<Finding> findings, List<PairVerdict> pairs,
    List<SlopeRatioCheck> slopeRatios, List<Finding> sCurves, List<FitQuality> quality,
    List<ParameterInversion> inversions, AuditOptions options, String noise) {

  /** The worst verdict over all findings (HOLDS for a single model with clean data). */
  public AuditVerdict overall() {
    AuditVerdict v = AuditVerdict.HOLDS;
    for (Finding f : findings) {
      v = v.worse(f.verdict());
    }
    return v;
  }

  /**
   * The models left out of the designer's game ({@code tau*}, Prop 5.6), with the reason: poor fits (unless
   * {@code --use-poor-fits}) and fits with {@code b <= 0}, which no power law that effort raises has.
   */
  public Map<String, String> leftOut() {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < fit.curves().size(); i++) {
      FittedCurve c = fit.curve(i);
      if (!quality.get(i).good() && !options.usePoorFits()) {
        out.put(c.model(), "poor fit (" + String.join("; ", quality.get(i).reasons()) + ")");
      } else if (!(c.b() > 0)) {
        out.put(c.model(), String.format(Locale.ROOT, "b = %.4g <= 0", c.b()));
      }
    }
    return out;
  }

  /** The fitted models the designer's game is built from, strongest first (all but {@link #leftOut()}). */
  public List<Model> designerModels() {
    Map<String, String> skip = leftOut();
    List<Model> all = fit.toModelsWhere(i -> !skip.containsKey(fit.curve(i).model()));
    return new ArrayList<>(all);
  }
}
