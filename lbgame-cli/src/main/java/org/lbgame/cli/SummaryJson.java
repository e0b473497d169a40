package org.lbgame.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.lbgame.model.Game;
import org.lbgame.model.HypothesisCheck;
import org.lbgame.solve.Deviation;
import org.lbgame.solve.PairCheck;
import org.lbgame.solve.SolutionSummary;
import org.lbgame.solve.Status;
import org.lbgame.solve.Verdict;

/**
 * {@code lbgame solve --json} for large games (schema {@code lbgame-solution/1}, {@code "summary": true}):
 * totals by status, the hardest pairs, the jumps that pay, failed hypothesis checks, verdict and
 * certificate; 0-based indexes, infinities as {@code "inf"}, NaN as null, as {@link SolutionJson}.
 */
final class SummaryJson {
  private SummaryJson() {
  }

  static String of(SolutionSummary s, String file) {
    StringWriter w = new StringWriter();
    try (JsonGenerator j = new JsonFactory().createGenerator(w)) {
      j.useDefaultPrettyPrinter();
      Game g = s.game();
      j.writeStartObject();
      j.writeStringField("schema", "lbgame-solution/1");
      j.writeStringField("game", file);
      j.writeStringField("name", g.name());
      j.writeStringField("mode", "continuous");
      j.writeBooleanField("summary", true);
      j.writeNumberField("models", g.size());
      j.writeStringField("tieRule", g.tieRule().label());
      j.writeStringField("tieStatement", g.tieRule().statement());
      j.writeNumberField("tau", s.tau());
      j.writeNumberField("tolerance", s.tolerance());
      j.writeStringField("precision", org.lbgame.solve.Solver.PRECISION);
      int[] ranking = s.ranking();
      int moved = 0;
      for (int r = 0; r < ranking.length; r++) {
        moved += ranking[r] != r ? 1 : 0;
      }
      j.writeNumberField("modelsOffCapabilityOrder", moved);
      j.writeObjectFieldStart("pairCounts");
      for (Status st : Status.values()) {
        j.writeNumberField(st.name(), s.pairs(st));
      }
      j.writeEndObject();
      j.writeArrayFieldStart("hardestPairs");
      for (PairCheck p : s.hardestPairs()) {
        j.writeStartObject();
        j.writeNumberField("pair", p.pair());
        num(j, "delta", p.delta());
        num(j, "cost", p.cost());
        num(j, "gap", p.gap());
        num(j, "margin", p.margin());
        bound(j, "deltaBound", p.deltaBound());
        bound(j, "marginBound", p.marginBound());
        j.writeStringField("status", p.status().name());
        j.writeEndObject();
      }
      j.writeEndArray();
      j.writeObjectFieldStart("jumpCounts");
      j.writeNumberField("total", s.jumps());
      j.writeNumberField("computed", s.examined());
      j.writeNumberField("skippedByBound", s.pruned());
      j.writeNumberField("skippedOutOfReach", s.unreachableUnexamined());
      for (Status st : Status.values()) {
        j.writeNumberField(st.name(), s.examined(st));
      }
      j.writeEndObject();
      j.writeArrayFieldStart("violatingJumps");
      for (Deviation d : s.violating()) {
        deviation(j, d);
      }
      j.writeEndArray();
      j.writeArrayFieldStart("failedHypotheses");
      long holds = 0;
      for (org.lbgame.model.Hypothesis h : org.lbgame.model.Hypothesis.values()) {
        holds += s.report().passedCount(h);
      }
      for (HypothesisCheck c : s.report().checks()) {
        if (c.passed()) {
          continue;
        }
        j.writeStartObject();
        j.writeStringField("hypothesis", c.hypothesis().label());
        j.writeArrayFieldStart("models");
        for (int m : c.models()) {
          j.writeNumber(m);
        }
        j.writeEndArray();
        num(j, "witness", c.witness());
        j.writeStringField("witnessKind", c.witnessKind());
        j.writeStringField("method", c.method().label());
        j.writeStringField("detail", c.detail());
        j.writeEndObject();
      }
      j.writeEndArray();
      j.writeNumberField("hypothesisChecksHolding", holds);
      j.writeBooleanField("adjacentConditionHolds", s.adjacentConditionHolds());
      j.writeBooleanField("everyJumpConditionHolds", s.everyJumpConditionHolds());
      j.writeObjectFieldStart("verdict");
      j.writeStringField("code", s.verdict().name());
      j.writeStringField("sentence", s.verdictSentence());
      j.writeArrayFieldStart("findings");
      for (String f : s.findings()) {
        j.writeString(f);
      }
      j.writeEndArray();
      j.writeEndObject();
      j.writeObjectFieldStart("certificate");
      if (s.deviation() != null) {
        j.writeStringField("kind", "profitable-deviation");
        j.writeFieldName("deviation");
        deviation(j, s.deviation());
      } else if (s.verdict() == Verdict.UNDECIDED) {
        j.writeStringField("kind", "none");
      } else {
        j.writeStringField("kind", "all-zero-pne");
        j.writeStringField("rows", "every jump computed or proved by the bound to hold (--full lists them)");
      }
      if (s.certificateChecked() != null) {
        j.writeBooleanField("independentlyChecked", s.certificateChecked());
      }
      if (s.otherEquilibrium() != null) {
        j.writeObjectFieldStart("otherEquilibrium");
        double[] e = s.otherEquilibrium();
        for (int i = 0; i < e.length; i++) {
          if (e[i] != 0) {
            j.writeNumberField(String.valueOf(i), e[i]);
          }
        }
        j.writeEndObject();
      }
      j.writeEndObject();
      j.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w + "\n";
  }

  private static void deviation(JsonGenerator j, Deviation d) throws IOException {
    j.writeStartObject();
    j.writeNumberField("model", d.model());
    j.writeNumberField("fromRank", d.fromRank());
    j.writeNumberField("toRank", d.toRank());
    j.writeNumberField("passes", d.passes());
    num(j, "effort", d.effort());
    num(j, "costEffort", d.costEffort());
    num(j, "cost", d.cost());
    num(j, "currentCost", d.currentCost());
    num(j, "gain", d.gain());
    num(j, "margin", d.margin());
    bound(j, "effortBound", d.effortBound());
    bound(j, "marginBound", d.marginBound());
    j.writeStringField("status", d.status().name());
    num(j, "witness", d.witness());
    j.writeEndObject();
  }

  /** A rigorous enclosure: the exact value lies in [lower, upper]; the arithmetic that proved it. */
  private static void bound(JsonGenerator j, String field, org.lbgame.solve.Bounded b) throws IOException {
    j.writeObjectFieldStart(field);
    num(j, "lower", b.lower());
    num(j, "upper", b.upper());
    j.writeStringField("arithmetic", b.arithmetic());
    j.writeEndObject();
  }

  private static void num(JsonGenerator j, String key, double v) throws IOException {
    if (Double.isNaN(v)) {
      j.writeNullField(key);
    } else if (Double.isInfinite(v)) {
      j.writeStringField(key, v > 0 ? "inf" : "-inf");
    } else {
      j.writeNumberField(key, v);
    }
  }
}
