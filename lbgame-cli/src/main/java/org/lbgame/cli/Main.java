package org.lbgame.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the lbgame command-line tool: subcommands, and the one place where errors become exit codes. */
@Command(name = "lbgame", mixinStandardHelpOptions = true, version = Main.VERSION,
    description = "A verified reference solver for the leaderboard (benchmaxxing) game with tune-before-test.")
public final class Main implements Runnable {
  /** Exit code for invalid input. */
  public static final int INVALID_INPUT = ErrorLine.INVALID_INPUT;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      // the version needs none of the ~250 classes of the command tree: the start-up cost is the JVM's alone
      System.out.println(VERSION);
      System.exit(0);
    }
    rawOut = new java.io.BufferedOutputStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), 1 << 16);
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(rawOut, java.nio.charset.StandardCharsets.UTF_8),
        true);
    int code = run(args, out, new PrintWriter(System.err, true));
    out.flush();
    System.exit(code);
  }

  private static java.io.OutputStream rawOut;

  /**
   * The byte stream under standard output when running as the command-line tool (null in {@link #run}'s
   * tests): commands writing megabytes of ASCII write bytes here after flushing their writer.
   */
  static java.io.OutputStream rawOut() {
    return rawOut;
  }

  /** The version line, as {@code --version} prints it. */
  public static final String VERSION = "lbgame 0.1.0";

  /** Runs the command line with the given streams and returns the exit code (used by tests). */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    // a run of one subcommand builds that subcommand only: the others' classes are never loaded
    String only = args.length > 0 && java.util.Arrays.asList(SUBCOMMANDS).contains(args[0]) ? args[0] : null;
    CommandLine cl = commandLine(only);
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

  /** The subcommands, in the order {@code --help} lists them. */
  static final String[] SUBCOMMANDS = {"solve", "audit", "harmony", "threshold", "curve", "dynamics", "check",
      "vectors", "enumerate", "export-nfg", "harness"};

  private static Object subcommand(String name) {
    switch (name) {
      case "solve":
        return new SolveCommand();
      case "audit":
        return new AuditCommand();
      case "harmony":
        return new HarmonyCommand();
      case "threshold":
        return new ThresholdCommand();
      case "curve":
        return new CurveCommand();
      case "dynamics":
        return new DynamicsCommand();
      case "check":
        return new CheckCommand();
      case "vectors":
        return new VectorsCommand();
      case "enumerate":
        return new EnumerateCommand();
      case "export-nfg":
        return new ExportNfgCommand();
      default:
        return new HarnessCommand();
    }
  }

  /** The configured command line: invalid input (game or options) is one line on stderr and exit code 2. */
  public static CommandLine commandLine() {
    return commandLine(null);
  }

  /** As {@link #commandLine()} with subcommand {@code only} alone (every subcommand when null). */
  static CommandLine commandLine(String only) {
    CommandLine cl = new CommandLine(new Main());
    for (String name : SUBCOMMANDS) {
      if (only == null || only.equals(name)) {
        cl.addSubcommand(subcommand(name));
      }
    }
    return withErrorLine(cl);
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
