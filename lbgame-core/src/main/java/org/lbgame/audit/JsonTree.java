package org.lbgame.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lbgame.fit.ExcludedPoint;
import org.lbgame.fit.FitResult;
import org.lbgame.fit.FittedCurve;
import org.lbgame.fit.RegressionSummary;
import org.lbgame.fit.SlopeRatioCheck;

/** The JSON form of the reports (plain maps and lists; NaN and infinities become null). */
final class JsonTree {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonTree() {
  }

  static String write(Object tree) {
    try {
      return MAPPER.writeValueAsString(tree) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static Object num(double v) {
    return Double.isFinite(v) ? v : null;
  }

  static List<Object> nums(double[] v) {
    List<Object> out = new ArrayList<>();
    for (double d : v) {
      out.add(num(d));
    }
    return out;
  }

  static Map<String, Object> audit(AuditResult audit) {
    FitResult fit = audit.fit();
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("source", fit.data().source());
    root.put("verdict", audit.overall().name());
    root.put("floor", num(fit.floor()));
    root.put("floor_note", fit.floorNote());
    root.put("ceiling", num(fit.ceiling()));
    root.put("ceiling_note", fit.ceilingNote());
    root.put("offset", fit.options().offset());
    root.put("out_of_range_policy", fit.options().policy().name());
    root.put("tie_rule", "ties go to the higher-capability model");
    root.put("noise", audit.noise());
    root.put("input_notes", fit.data().notes());
    root.put("min_r_squared", audit.options().minRSquared());
    root.put("use_poor_fits", audit.options().usePoorFits());
    root.put("left_out_of_designer", audit.leftOut());
    List<Object> curves = new ArrayList<>();
    for (FittedCurve c : fit.curves()) {
      RegressionSummary s = c.summary();
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("model", c.model());
      m.put("a", num(c.a()));
      m.put("b", num(c.b()));
      m.put("se_a", num(s.seA()));
      m.put("se_b", num(s.seB()));
      m.put("ci_a", nums(s.ciA()));
      m.put("ci_b", nums(s.ciB()));
      m.put("confidence", num(s.confidence()));
      m.put("r_squared", num(s.rSquared()));
      m.put("n", s.n());
      m.put("steps", nums(s.usedSteps()));
      m.put("residuals", nums(s.residuals()));
      List<Object> ex = new ArrayList<>();
      for (ExcludedPoint e : s.excluded()) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("steps", e.point().steps());
        x.put("score", e.point().score());
        x.put("line", e.point().line());
        x.put("reason", e.reason());
        x.put("action", e.action().name());
        x.put("used_score", num(e.usedScore()));
        ex.add(x);
      }
      m.put("excluded", ex);
      m.put("fit_quality", audit.quality().get(curves.size()).good() ? "good" : "poor");
      m.put("fit_quality_reasons", audit.quality().get(curves.size()).reasons());
      curves.add(m);
    }
    root.put("curves", curves);
    root.put("pairs", audit.pairs().stream().map(AuditReport::verdictMap).toList());
    List<Object> findings = new ArrayList<>();
    for (Finding f : audit.findings()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("check", f.check());
      m.put("stronger", f.stronger());
      m.put("weaker", f.weaker());
      m.put("place", f.place());
      m.put("at", num(f.at()));
      m.put("verdict", f.verdict().name());
      m.put("margin", num(f.margin()));
      m.put("detail", f.detail());
      findings.add(m);
    }
    root.put("findings", findings);
    List<Object> inversions = new ArrayList<>();
    for (ParameterInversion v : audit.inversions()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("parameter", v.parameter());
      m.put("stronger", v.stronger());
      m.put("weaker", v.weaker());
      m.put("stronger_value", num(v.strongerValue()));
      m.put("weaker_value", num(v.weakerValue()));
      m.put("difference", num(v.difference()));
      m.put("se", num(v.se()));
      m.put("z", num(v.z()));
      m.put("significant", v.significant());
      inversions.add(m);
    }
    root.put("parameter_inversions", inversions);
    List<Object> ratios = new ArrayList<>();
    for (SlopeRatioCheck r : audit.slopeRatios()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("pair", r.pair());
      m.put("tau", r.tau());
      m.put("gamma", num(r.gammaFitted()));
      m.put("gamma_hat_score", num(r.gammaHatScore()));
      m.put("gamma_hat_matched", num(r.gammaHatMatched()));
      ratios.add(m);
    }
    root.put("slope_ratio_checks", ratios);
    return root;
  }
}
