package org.lbgame.designer;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.lbgame.model.AtomicOutput;
import org.lbgame.plot.Charts;
import org.lbgame.model.Game;

/**
 * The designer's output files, rendered in memory first (CSV, PNG, SVG, JSON) and written only when
 * all are ready, through {@link AtomicOutput}, so that an error leaves the folder as it was.
 */
public final class DesignerFiles {
  private final Map<String, byte[]> files;

  private DesignerFiles(Map<String, byte[]> files) {
    this.files = files;
  }

  /** The curve files: {@code curve.csv}, {@code pairs.csv}, the two plots, and the designer's grid when present. */
  public static DesignerFiles curve(DesignerAnalysis a) {
    Map<String, byte[]> f = new LinkedHashMap<>();
    f.put("curve.csv", curveCsv(a.curve()));
    f.put("pairs.csv", pairsCsv(a.threshold()));
    add(f, DesignerPlots.deltaCurve(a.curve(), a.threshold().tauStar()));
    add(f, DesignerPlots.costAgainstGap(a.curve()));
    if (a.stackelberg() != null && !a.stackelberg().smooth().isEmpty()) {
      f.put("designer-utility.csv", smoothCsv(a.stackelberg()));
      add(f, DesignerPlots.utility(a.stackelberg(), a.curve().game()));
    }
    f.put("threshold.json", DesignerJson.text(DesignerAnalysis.json(a)).getBytes(StandardCharsets.UTF_8));
    return new DesignerFiles(f);
  }

  /** The arms-race files: {@code dynamics.json} and the effort and rank plots. */
  public static DesignerFiles dynamics(ArmsRaceResult r) {
    Map<String, byte[]> f = new LinkedHashMap<>();
    f.put("dynamics.json", DesignerJson.text(DesignerJson.dynamics(r)).getBytes(StandardCharsets.UTF_8));
    add(f, ArmsRacePlots.efforts(r));
    add(f, ArmsRacePlots.ranks(r));
    return new DesignerFiles(f);
  }

  private static void add(Map<String, byte[]> f, Charts.Rendered r) {
    f.put(r.stem() + ".png", r.png());
    f.put(r.stem() + ".svg", r.svg());
  }

  /** File names, in writing order. */
  public List<String> names() {
    return Collections.unmodifiableList(new ArrayList<>(files.keySet()));
  }

  /** The bytes of file {@code name}. */
  public byte[] bytes(String name) {
    byte[] b = files.get(name);
    return b == null ? null : b.clone();
  }

  /** Writes every file into {@code dir} (created if needed, its parent must exist), all or nothing. */
  public void writeTo(Path dir) {
    try (AtomicOutput o = AtomicOutput.folder(dir, "--out")) {
      files.forEach(o::write);
      o.commit();
    }
  }

  static byte[] curveCsv(DeltaCurve c) {
    Game g = c.game();
    int n = g.size();
    List<String> head = new ArrayList<>(Arrays.asList("tau", "min_delta", "argmin_pair"));
    for (int k = 1; k < n; k++) {
      head.add("delta_" + (k + 1));
    }
    for (int k = 1; k < n; k++) {
      head.add("cost_" + (k + 1));
    }
    for (int k = 1; k < n; k++) {
      head.add("holds_" + (k + 1));
    }
    return csv(head, p -> {
      for (int t = 0; t < c.size(); t++) {
        List<Object> row = new ArrayList<>();
        row.add(c.tau(t));
        row.add(c.minDelta(t));
        row.add(c.argminPair(t));
        for (int k = 1; k < n; k++) {
          row.add(c.delta(t, k));
        }
        for (int k = 1; k < n; k++) {
          row.add(c.cost(t, k));
        }
        for (int k = 1; k < n; k++) {
          row.add(c.cost(t, k) >= c.gap(k));
        }
        p.printRecord(row);
      }
    });
  }

  static byte[] pairsCsv(ThresholdResult r) {
    Game g = r.game();
    // pairs and columns use the paper's 1-based pair number k = 2..n (model k overtaking model k-1)
    return csv(Arrays.asList("pair", "overtaker", "overtaken", "gap", "required_effort", "status", "tau_star",
        "holds_until", "gamma", "delta0", "G", "rho", "rule_of_thumb"), p -> {
          for (PairThreshold q : r.pairs()) {
            Prop56 e = q.prop56();
            p.printRecord(q.pair() + 1, g.model(q.pair()).name(), g.model(q.pair() - 1).name(), q.gap(), q.requiredEffort(),
                q.status().name().toLowerCase(java.util.Locale.ROOT), q.tauStar(), q.holdsUntil(),
                e == null ? "" : e.gamma(), e == null ? "" : e.delta0(), e == null ? "" : e.rewardGapEffort(),
                e == null ? "" : e.rho(), e == null ? "" : e.ruleOfThumb());
          }
        });
  }

  static byte[] smoothCsv(StackelbergChoice s) {
    return csv(Arrays.asList("tau", "pne", "kendall_tau_b", "smooth_utility", "indicator_utility", "ranking"), p -> {
      for (SmoothPoint q : s.smooth()) {
        p.printRecord(q.tau(), q.pne(), q.kendall(), q.smoothUtility(), q.indicatorUtility(),
            Arrays.toString(q.ranking()).replace(",", ""));
      }
    });
  }

  private interface Rows {
    void print(CSVPrinter p) throws IOException;
  }

  private static byte[] csv(List<String> head, Rows rows) {
    StringWriter w = new StringWriter();
    try (CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(head.toArray(new String[0]))
        .setRecordSeparator("\n").get())) {
      rows.print(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString().getBytes(StandardCharsets.UTF_8);
  }
}
