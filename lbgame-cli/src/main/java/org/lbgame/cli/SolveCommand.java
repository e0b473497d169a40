package org.lbgame.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lbgame.model.Game;
import org.lbgame.model.GameJson;
import org.lbgame.model.Hypotheses;
import org.lbgame.model.InvalidGameException;
import org.lbgame.model.ValidationReport;
import org.lbgame.solve.DiscreteSolution;
import org.lbgame.solve.DiscreteSolver;
import org.lbgame.solve.Solution;
import org.lbgame.solve.SolutionSummary;
import org.lbgame.solve.Solver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code lbgame solve GAME.json [--tau T] [--steps E] [--json]}: the follower game at one TbT level. */
@Command(name = "solve", mixinStandardHelpOptions = true,
    description = "Solve the follower game at TbT level tau: baseline scores, just-overtake efforts, every jump,"
        + " hypotheses, verdict and certificate.")
public final class SolveCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "GAME.json", description = "Game file (schema lbgame/1, docs/game-schema.md).")
  private Path file;

  @Option(names = "--tau", paramLabel = "T", defaultValue = "0",
      description = "Tune-before-test level tau >= 0 (default ${DEFAULT-VALUE}); an integer with --steps.")
  private String tau;

  @Option(names = "--steps", paramLabel = "E",
      description = "Discrete mode: integer extra efforts 0..E, decided exactly by the verified kernel.")
  private Integer steps;

  @Option(names = "--json", description = "Print stable JSON instead of the table.")
  private boolean json;

  @Option(names = "--full", description = "List every model, pair and jump, however many models"
      + " (the default up to " + SolveCommand.SUMMARY_ABOVE + " models).")
  private boolean full;

  @Option(names = "--summary", description = "Totals, the hardest pairs and the jumps that pay only"
      + " (the default above " + SolveCommand.SUMMARY_ABOVE + " models).")
  private boolean summary;

  /** Continuous games with more models than this are summarized unless {@code --full} is given. */
  public static final int SUMMARY_ABOVE = 200;

  /** Pairs and jumps listed by name in a summary. */
  public static final int SUMMARY_LISTED = 20;

  @Override
  public Integer call() {
    double t = parseTau(tau);
    if (full && summary) {
      throw new InvalidGameException("--full", "cannot be combined with --summary", "--full --summary");
    }
    if (!Files.isRegularFile(file)) {
      throw new InvalidGameException("GAME.json", "must be an existing game file", file);
    }
    Game g = GameJson.read(file);
    boolean summarized = steps == null && (summary || !full && g.size() > SUMMARY_ABOVE);
    // a summary quotes the checks that fail and counts the others: they are counted, not kept
    ValidationReport report = summarized ? Hypotheses.summary(g) : Hypotheses.check(g);
    String text;
    if (steps != null) {
      if (steps < 0) {
        throw new InvalidGameException("--steps", "must be an integer >= 0", steps);
      }
      if (t != Math.rint(t) || t > Integer.MAX_VALUE) {
        throw new InvalidGameException("--tau", "must be an integer number of steps with --steps", tau);
      }
      DiscreteSolution d = DiscreteSolver.solve(g, (int) t, steps, report);
      text = json ? SolutionJson.discrete(d, file.toString()) : SolutionText.discrete(d, file.toString());
    } else if (summarized) {
      SolutionSummary s = Solver.summarize(g, t, report, SUMMARY_LISTED);
      text = json ? SummaryJson.of(s, file.toString()) : SummaryText.of(s, file.toString());
    } else {
      Solution s = Solver.solve(g, t, report);
      text = json ? SolutionJson.continuous(s, file.toString()) : SolutionText.continuous(s, file.toString());
    }
    // everything is computed before anything is written: no half-written output on error
    spec.commandLine().getOut().print(text);
    spec.commandLine().getOut().flush();
    return 0;
  }

  static double parseTau(String s) {
    double t;
    try {
      t = Double.parseDouble(s.trim());
    } catch (NumberFormatException e) {
      throw new InvalidGameException("--tau", "must be a number", s);
    }
    if (!Double.isFinite(t) || t < 0) {
      throw new InvalidGameException("--tau", "must be a finite number >= 0", s);
    }
    return t;
  }
}
