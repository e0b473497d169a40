package org.lbgame.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lbgame.fit.FitQuality;
import org.lbgame.fit.FitResult;
import org.lbgame.fit.SlopeRatioCheck;

/**
 * Runs C1-C3 (paper Assumption 4.2) on the raw points and the fitted curves, judges each model's fit, and collects a
 * verdict per adjacent pair. A check on a fitted curve whose fit is poor is undecided whatever it found: a curve the
 * data do not support cannot confirm or refute an assumption.
 */
public final class AssumptionAudit {
  private AssumptionAudit() {
  }

  /** Audits {@code fit} (and the raw data inside it) with the default options. */
  public static AuditResult run(FitResult fit) {
    return run(fit, AuditOptions.defaults());
  }

  /** Audits {@code fit} with {@code o} (noise model, R^2 threshold, use of poor fits). */
  public static AuditResult run(FitResult fit, AuditOptions o) {
    List<FitQuality> quality = new ArrayList<>();
    Set<String> poor = new HashSet<>();
    List<Finding> all = new ArrayList<>();
    for (int i = 0; i < fit.curves().size(); i++) {
      FitQuality q = FitQuality.of(fit.curve(i), o.minRSquared());
      quality.add(q);
      if (!q.good()) {
        poor.add(q.model());
        all.add(new Finding("fit", q.model(), null, "all x", 0, AuditVerdict.UNDECIDED,
            fit.curve(i).summary().rSquared(), q.describe() + "; the checks on its fitted curve are undecided, and "
                + (o.usePoorFits() ? "it is kept in tau* and Prop 5.6 (--use-poor-fits)"
                    : "it is left out of tau* and Prop 5.6 (--use-poor-fits keeps it)")));
      }
    }
    all.addAll(OrderingCheck.raw(fit.data(), o.noise()));
    all.addAll(gated(OrderingCheck.fitted(fit), poor));
    all.addAll(ReturnsCheck.raw(fit.data(), o.noise()));
    all.addAll(gated(ReturnsCheck.fitted(fit), poor));
    all.addAll(gated(EffortGapCheck.fitted(fit), poor));
    // index once: the pair table must not rescan every finding per pair (all-pairs checks make many)
    Map<String, List<Finding>> byPair = new HashMap<>();
    Map<String, List<Finding>> byModel = new HashMap<>();
    for (Finding f : all) {
      if (f.weaker() == null) {
        byModel.computeIfAbsent(f.stronger(), k -> new ArrayList<>()).add(f);
      } else {
        byPair.computeIfAbsent(f.stronger() + '\u0000' + f.weaker(), k -> new ArrayList<>()).add(f);
      }
    }
    List<PairVerdict> pairs = new ArrayList<>();
    List<SlopeRatioCheck> ratios = new ArrayList<>();
    for (int k = 1; k < fit.curves().size(); k++) {
      String s = fit.curve(k - 1).model();
      String w = fit.curve(k).model();
      List<Finding> mine = new ArrayList<>(byPair.getOrDefault(s + '\u0000' + w, List.of()));
      mine.addAll(byModel.getOrDefault(s, List.of()));
      mine.addAll(byModel.getOrDefault(w, List.of()));
      boolean unsupported = poor.contains(s) || poor.contains(w);
      pairs.add(new PairVerdict(k, s, w, worst(mine, "C1-raw", false), worst(mine, "C1-fit", unsupported),
          worst(mine, "C2-raw", false), worst(mine, "C2-fit", unsupported), worst(mine, "C3-fit", unsupported),
          List.copyOf(mine)));
      ratios.add(SlopeRatioCheck.of(fit, k, 0));
      ratios.add(SlopeRatioCheck.of(fit, k, fit.data().maxSteps()));
    }
    List<Finding> sCurves = new ArrayList<>();
    fit.curves().forEach(c -> sCurves.add(ReturnsCheck.sCurve(c)));
    return new AuditResult(fit, List.copyOf(all), List.copyOf(pairs), List.copyOf(ratios),
        List.copyOf(gated(sCurves, poor)), List.copyOf(quality), ParameterOrderCheck.inversions(fit), o,
        o.noise().describe(fit.data()));
  }

  /** Fitted-curve findings on a poor fit become undecided, with the reason added. */
  static List<Finding> gated(List<Finding> findings, Set<String> poor) {
    List<Finding> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      String who = poor.contains(f.stronger()) ? f.stronger() : f.weaker() != null && poor.contains(f.weaker())
          ? f.weaker() : null;
      out.add(who == null ? f : new Finding(f.check(), f.stronger(), f.weaker(), f.place(), f.at(),
          AuditVerdict.UNDECIDED, f.margin(), f.detail() + "; undecided: the fit of " + who + " is poor"));
    }
    return out;
  }

  private static AuditVerdict worst(List<Finding> findings, String check, boolean unsupported) {
    AuditVerdict v = unsupported ? AuditVerdict.UNDECIDED : AuditVerdict.HOLDS;
    for (Finding f : findings) {
      if (f.check().equals(check)) {
        v = v.worse(f.verdict());
      }
    }
    return v;
  }
}
