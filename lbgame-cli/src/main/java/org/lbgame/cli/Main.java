package org.lbgame.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the lbgame command-line tool: subcommands, and the one place where errors become exit codes. */
@Command(name = "lbgame", mixinStandardHelpOptions = true, version = "lbgame 0.1.0",
    description = "A verified reference solver for the leaderboard (benchmaxxing) game with tune-before-test.",
    subcommands = {
        SolveCommand.class,
        AuditCommand.class,
        HarmonyCommand.class,
        ThresholdCommand.class,
        CurveCommand.class,
        DynamicsCommand.class,
        CheckCommand.class,
        VectorsCommand.class,
        EnumerateCommand.class,
        ExportNfgCommand.class,
        HarnessCommand.class,
    })
public final class Main implements Runnable {
  /** Exit code for invalid input. */
  public static final int INVALID_INPUT = ErrorLine.INVALID_INPUT;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line with the given streams and returns the exit code (used by tests). */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = commandLine();
    cl.setOut(out);
    cl.setErr(err);
    int code;
    try {
      code = cl.execute(args);
    } catch (OutOfMemoryError | StackOverflowError e) {
      // not an Exception, so picocli's handler never sees it: still one line, no stack trace
      code = ErrorLine.report(e, err);
    }
    out.flush();
    err.flush();
    return code;
  }

  /** The configured command line: invalid input (game or options) is one line on stderr and exit code 2. */
  public static CommandLine commandLine() {
    return withErrorLine(new CommandLine(new Main()));
  }

  /** Installs the one error path ({@link ErrorLine}) on {@code cl}, e.g. a single command in a test; returns it. */
  public static CommandLine withErrorLine(CommandLine cl) {
    cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> ErrorLine.report(ex, cmd.getErr()));
    cl.setParameterExceptionHandler((ex, args) -> {
      CommandLine cmd = ex.getCommandLine();
      String msg = ex.getMessage().split("\\R")[0];
      cmd.getErr().println(ErrorLine.invalidInput("command line", msg, String.join(" ", args)));
      cmd.getErr().flush();
      return INVALID_INPUT;
    });
    return cl;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
