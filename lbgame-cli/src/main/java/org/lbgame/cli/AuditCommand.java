package org.lbgame.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.lbgame.audit.AssumptionAudit;
import org.lbgame.audit.AuditOptions;
import org.lbgame.audit.AuditReport;
import org.lbgame.audit.AuditResult;
import org.lbgame.audit.NoiseModel;
import org.lbgame.audit.PairVerdict;
import org.lbgame.audit.ReportFiles;
import org.lbgame.audit.ReportSection;
import org.lbgame.designer.DesignerOptions;
import org.lbgame.designer.DesignerReportSection;
import org.lbgame.fit.FitOptions;
import org.lbgame.fit.FitResult;
import org.lbgame.fit.HarnessJsonReader;
import org.lbgame.fit.HarnessOptions;
import org.lbgame.fit.InvalidTrajectoryException;
import org.lbgame.fit.OutOfRangePolicy;
import org.lbgame.fit.PowerLawFitter;
import org.lbgame.fit.TrajectoryCsvReader;
import org.lbgame.fit.TrajectorySet;
import org.lbgame.model.AtomicOutput;
import org.lbgame.model.InvalidGameException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lbgame audit}: fit the power law to trajectories, audit C1-C3, write a report with tables and plots. */
@Command(name = "audit", mixinStandardHelpOptions = true,
    description = {"Fit the generalized power law to post-training trajectories and audit the paper's "
        + "assumptions C1-C3 on them; writes report.md with PNG/SVG plots (and report.json with --json).",
        "With --rewards and --cost also the designer's side of the fitted game: tau*_k and tau*, Prop 5.6, the "
            + "minimum just-overtake effort at tau = 0 and at --tau, Figure 1 (right).",
        "Exit 0 with the verdicts in the report; exit 2 on invalid input (one line naming field, rule, value)."})
public final class AuditCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "TRAJECTORIES",
      description = "CSV (model, capability|order, steps, score[, stderr]) or a directory of lm-eval-harness results JSON.")
  Path input;

  @Option(names = "--floor", paramLabel = "L", description = "Floor L, e.g. the task's chance level (default 0).")
  Double floor;

  @Option(names = "--ceiling", paramLabel = "U|estimate",
      description = "Ceiling U (default 1), or 'estimate' for profile least squares over a common U.")
  String ceiling;

  @Option(names = "--offset", paramLabel = "x0", description = "Offset x0 in log(x0 + steps) (default 1).")
  double offset = 1;

  @Option(names = "--out-of-range", paramLabel = "drop|clamp",
      description = "Points at or beyond L or U: drop (default) or clamp; either way they are listed.")
  String outOfRange = "drop";

  @Option(names = "--confidence", description = "Confidence level of the intervals for a and b (default 0.95).")
  double confidence = 0.95;

  @Option(names = "--task", description = "Task name in lm-eval-harness results (directory input).")
  String task;

  @Option(names = "--metric", description = "Metric key in lm-eval-harness results (default acc,none).")
  String metric = "acc,none";

  @Option(names = "--order", split = ",", paramLabel = "MODEL",
      description = "Models strongest first (directory input; default: by size parsed from the names).")
  List<String> order = new ArrayList<>();

  @Option(names = "--size", paramLabel = "MODEL=SIZE", description = "Size of a model whose name carries none, "
      + "e.g. --size /ckpt/lora-a=1.4B (directory input; repeatable; MODEL: full name or last path segment).")
  Map<String, String> sizes = new LinkedHashMap<>();

  @Option(names = "--base", paramLabel = "MODEL=FILE", description = "A base model's results file read as step 0 "
      + "of MODEL (directory input; repeatable), when its name does not match the run's checkpoints.")
  Map<String, Path> bases = new LinkedHashMap<>();

  @Option(names = "--noise", paramLabel = "data|exact|binomial:N", description = "Noise model of the raw checks "
      + "where no standard error is given: data (default: binomial from lm-eval's n-samples, else unknown), exact, "
      + "or binomial:N for N questions.")
  String noise = "data";

  @Option(names = "--min-r2", paramLabel = "R2", description = "R^2 below which a fit is poor (default 0.5).")
  double minR2 = org.lbgame.fit.FitQuality.DEFAULT_MIN_R_SQUARED;

  @Option(names = "--use-poor-fits", description = "Keep poor fits in tau* and Prop 5.6 (they are left out by default).")
  boolean usePoorFits;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory for the report.")
  Path out;

  @Option(names = "--json", description = "Also write report.json and print it instead of the summary.")
  boolean json;

  @Option(names = "--rewards", paramLabel = "SCHEME", description = "Reward scheme for the designer section: "
      + "winner-take-all, top:K, reciprocal, geometric:q, linear, or a comma list r1,r2,... (needs --cost).")
  String rewards;

  @Option(names = "--cost", paramLabel = "SPEC",
      description = "Cost of extra effort for the designer section: linear:kappa or power:kappa:p (needs --rewards).")
  String cost;

  @Option(names = "--tau", paramLabel = "T",
      description = "TbT level at which the minimum just-overtake effort is reported besides tau = 0 (default 3000).")
  Double tau;

  @Option(names = "--designer-r", paramLabel = "R", description = "Designer's reward R for a correct ranking (with --designer-kappa).")
  Double designerR;

  @Option(names = "--designer-kappa", paramLabel = "K|SPEC",
      description = "Designer's cost kappa(tau) of TbT: a number (linear) or linear:k / power:k:p (with --designer-r).")
  String designerKappa;

  /**
   * Extra report sections from higher layers (before the designer section, which the --rewards/--cost
   * options add: the Delta_k(tau) curve, tau*, the Prop 5.6 estimate, Figure 1 right).
   */
  private final List<ReportSection> sections = new ArrayList<>();

  /** Adds a report section (designer hook); returns this command. */
  public AuditCommand withSection(ReportSection section) {
    sections.add(section);
    return this;
  }

  @Override
  public Integer call() {
    PrintWriter outw = spec.commandLine().getOut();
    // options first (an invalid --rewards/--cost is reported before any fitting), then the report in memory
    AtomicOutput.checkFolder(out, "--out");
    List<ReportSection> all = new ArrayList<>(sections);
    ReportSection designer = designerSection();
    all.add(designer);
    try {
      AuditOptions auditOptions = AuditOptions.defaults().withNoise(NoiseModel.parse(noise)).withMinRSquared(minR2)
          .withPoorFitsUsed(usePoorFits);
      FitResult fit = PowerLawFitter.fitAll(read(), options());
      AuditResult audit = AssumptionAudit.run(fit, auditOptions);
      ReportFiles files = AuditReport.build(audit, all, json);
      files.writeTo(out);
      if (json) {
        outw.print(new String(Files.readAllBytes(out.resolve("report.json")), java.nio.charset.StandardCharsets.UTF_8));
      } else {
        outw.println("audit: " + audit.overall().label() + " (" + fit.curves().size() + " models); report: "
            + out.resolve("report.md"));
        for (PairVerdict p : audit.pairs()) {
          outw.printf(Locale.ROOT, "  pair %d-%d %s > %s: %s %s%n", p.pair(), p.pair() + 1, p.stronger(), p.weaker(),
              p.overall().label(), p.place().equals("-") ? "" : "(" + p.place() + ")");
        }
        outw.println("  " + AuditSummary.fitsAndOrder(audit));
        if (designer instanceof DesignerReportSection) {
          outw.println("  " + ((DesignerReportSection) designer).summary(audit));
        }
      }
      outw.flush();
      return 0;
    } catch (java.io.IOException e) {
      // report.json was just written: failing to read it back is a bug, not bad input
      throw new UncheckedIOException(e);
    }
  }

  /** The designer section of {@code --rewards/--cost/--tau/--designer-*}, or the note that it was skipped. */
  private ReportSection designerSection() {
    if (rewards == null && cost == null) {
      if (tau != null || designerR != null || designerKappa != null) {
        throw new InvalidGameException(tau != null ? "--tau" : designerR != null ? "--designer-r" : "--designer-kappa",
            "needs --rewards and --cost (the designer section)", "no --rewards/--cost");
      }
      return DesignerReportSection.skipped();
    }
    if (rewards == null) {
      throw new InvalidGameException("--rewards", "is required with --cost", "none");
    }
    if (cost == null) {
      throw new InvalidGameException("--cost", "is required with --rewards", "none");
    }
    return DesignerReportSection.of(DesignerOptions.rewards(rewards), DesignerOptions.cost("--cost", cost),
        DesignerOptions.designer(designerR, designerKappa),
        tau == null ? DesignerReportSection.DEFAULT_TAU : DesignerOptions.tau(tau));
  }

  private TrajectorySet read() {
    if (Files.isDirectory(input)) {
      if (task == null) {
        // the error names the input and the option it needs
        throw InvalidTrajectoryException.of(input.toString(), 0, "--task",
            "is required for a directory of lm-eval results", "none");
      }
      HarnessOptions h = HarnessOptions.of(task, metric).withOrder(order);
      for (Map.Entry<String, String> e : sizes.entrySet()) {
        double v = HarnessOptions.parseSize(e.getValue());
        if (Double.isNaN(v)) {
          throw InvalidTrajectoryException.of(InvalidTrajectoryException.OPTIONS, 0, "--size",
              "must be MODEL=SIZE with a size such as 1.4B, 410M or 1.4e9", e.getKey() + "=" + e.getValue());
        }
        h = h.withSize(e.getKey(), v);
      }
      for (Map.Entry<String, Path> e : bases.entrySet()) {
        h = h.withBase(e.getKey(), e.getValue());
      }
      return HarnessJsonReader.read(input, h);
    }
    String name = input.getFileName() == null ? "" : input.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) {
      throw InvalidTrajectoryException.of(input.toString(), 0, "TRAJECTORIES",
          "must be a CSV file or a directory of lm-eval results (one JSON per model and checkpoint)", input.toString());
    }
    for (String opt : new String[] {"--task", "--order", "--size", "--base"}) {
      boolean used = opt.equals("--task") ? task != null : opt.equals("--order") ? !order.isEmpty()
          : opt.equals("--size") ? !sizes.isEmpty() : !bases.isEmpty();
      if (used) {
        throw InvalidTrajectoryException.of(InvalidTrajectoryException.OPTIONS, 0, opt,
            "applies to a directory of lm-eval results, not to a CSV file", input.toString());
      }
    }
    return TrajectoryCsvReader.read(input);
  }

  private FitOptions options() {
    FitOptions o = FitOptions.defaults().withOffset(offset).withConfidence(confidence);
    if (floor != null) {
      o = o.withFloor(floor);
    }
    if (ceiling != null) {
      if (ceiling.equalsIgnoreCase("estimate")) {
        o = o.withEstimatedCeiling();
      } else {
        try {
          o = o.withCeiling(Double.parseDouble(ceiling));
        } catch (NumberFormatException e) {
          throw InvalidTrajectoryException.of(InvalidTrajectoryException.OPTIONS, 0, "--ceiling",
              "must be a number or 'estimate'", ceiling);
        }
      }
    }
    OutOfRangePolicy p = Arrays.stream(OutOfRangePolicy.values())
        .filter(v -> v.name().equalsIgnoreCase(outOfRange)).findFirst()
        .orElseThrow(() -> InvalidTrajectoryException.of(InvalidTrajectoryException.OPTIONS, 0, "--out-of-range",
            "must be drop or clamp", outOfRange));
    return o.withPolicy(p);
  }
}
