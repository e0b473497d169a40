package org.lbgame.cli;

import java.io.PrintWriter;
import org.lbgame.fit.InvalidTrajectoryException;
import org.lbgame.model.Excerpt;
import org.lbgame.model.InvalidGameException;

/**
 * The one error path of every command: a failure becomes exactly one line on standard error and an exit code.
 * Invalid input (a bad file, value or option, an unreadable input, an unusable {@code --out}) is
 * {@code lbgame: invalid input: <field>: <rule> (got <value>)} with exit code 2; anything else is a bug in
 * lbgame, {@code lbgame: internal error: ...} with exit code 1. Commands throw, never print their own errors.
 */
public final class ErrorLine {
  /** Exit code for invalid input. */
  public static final int INVALID_INPUT = 2;
  /** Exit code for an internal error (a bug) or exhausted memory. */
  public static final int INTERNAL_ERROR = 1;
  /** Longest internal-error description printed. */
  static final int MAX_INTERNAL = 200;

  private ErrorLine() {
  }

  /** True when {@code t} reports invalid input (exit code 2) rather than a bug. */
  public static boolean isInvalidInput(Throwable t) {
    return t instanceof InvalidGameException || t instanceof InvalidTrajectoryException;
  }

  /** The one line (without line break) that reports {@code t}. */
  public static String of(Throwable t) {
    if (t instanceof InvalidGameException) {
      InvalidGameException e = (InvalidGameException) t;
      return invalidInput(e.field(), e.rule(), e.value());
    }
    if (t instanceof InvalidTrajectoryException) {
      InvalidTrajectoryException e = (InvalidTrajectoryException) t;
      // an option's error names the option alone; a file's names the file (and line) before the field
      boolean option = e.file().isEmpty() || e.file().equals(InvalidTrajectoryException.OPTIONS);
      String where = option ? "" : (e.line() > 0 ? e.file() + ":" + e.line() : e.file()) + ": ";
      return invalidInput(where + e.field(), e.rule(), e.value());
    }
    if (t instanceof OutOfMemoryError) {
      return "lbgame: out of memory (the input needs more than the " + (Runtime.getRuntime().maxMemory() >> 20)
          + " MB this JVM may use; give java a larger -Xmx or a smaller input)";
    }
    return "lbgame: internal error: " + Excerpt.of(String.valueOf(t), MAX_INTERNAL);
  }

  /** {@code lbgame: invalid input: <field>: <rule> (got <value>)}, each part one short line. */
  public static String invalidInput(String field, String rule, String value) {
    return "lbgame: invalid input: " + Excerpt.of(field, 120) + ": " + Excerpt.of(rule, 240) + " (got "
        + Excerpt.of(value) + ")";
  }

  /** Prints the one line for {@code t} on {@code err} and returns the exit code. */
  public static int report(Throwable t, PrintWriter err) {
    err.println(of(t));
    err.flush();
    return isInvalidInput(t) ? INVALID_INPUT : INTERNAL_ERROR;
  }
}
