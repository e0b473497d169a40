package org.lbgame.fit;

import org.lbgame.model.Excerpt;

/**
 * Malformed trajectory input: names the file, the line, the field, the rule broken and the offending value. The
 * message is the one line every command prints after {@code lbgame: invalid input: }, in the form of the game
 * errors: {@code FILE[:LINE]: FIELD: RULE (got VALUE)}, or {@code FIELD: RULE (got VALUE)} for a command-line option.
 */
public final class InvalidTrajectoryException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String file;
  private final long line;
  private final String field;
  private final String rule;
  private final String value;

  private InvalidTrajectoryException(String file, long line, String field, String rule, String value) {
    super(format(file, line, field, rule, value));
    this.file = file;
    this.line = line;
    this.field = field;
    this.rule = rule;
    this.value = value;
  }

  /** Source name of errors in command-line options rather than in a file (left out of the message). */
  public static final String OPTIONS = "options";

  /**
   * An error located at {@code file:line} (line {@code <= 0} when the error concerns the whole input;
   * {@code file} {@link #OPTIONS} or empty when it concerns an option, whose name is then the field).
   */
  public static InvalidTrajectoryException of(String file, long line, String field, String rule, String value) {
    // every part is one short line: a 100 MB cell or a name with newlines must not flood the error
    return new InvalidTrajectoryException(Excerpt.of(file, 100), line, Excerpt.of(field, 100), Excerpt.of(rule, 240),
        Excerpt.of(value));
  }

  private static String format(String file, long line, String field, String rule, String value) {
    String where = file.isEmpty() || file.equals(OPTIONS) ? "" : (line > 0 ? file + ":" + line : file) + ": ";
    return where + field + ": " + rule + " (got " + value + ")";
  }

  /** The file (or other source name) holding the bad input. */
  public String file() {
    return file;
  }

  /** The 1-based line of the bad record, or 0 when the error concerns the whole input. */
  public long line() {
    return line;
  }

  /** The field (column or JSON key) at fault. */
  public String field() {
    return field;
  }

  /** The rule the value breaks, in words. */
  public String rule() {
    return rule;
  }

  /** The offending value as read. */
  public String value() {
    return value;
  }
}
