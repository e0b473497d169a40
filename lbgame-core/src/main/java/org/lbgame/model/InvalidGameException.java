package org.lbgame.model;

/**
 * Malformed input: names the offending field, the rule it breaks and the value it had.
 * The message is exactly {@code <field>: <rule> (got <value>)}, the one line the CLI prints; each part is
 * one line, and the value is shortened to {@link Excerpt#MESSAGE} characters.
 */
public final class InvalidGameException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Longest field path in a message. */
  static final int FIELD = 100;
  /** Longest rule in a message. */
  static final int RULE = 240;

  private final String field;
  private final String rule;
  private final String value;

  /** Creates the exception for {@code field} breaking {@code rule} with {@code value}. */
  public InvalidGameException(String field, String rule, Object value) {
    super(Excerpt.of(field, FIELD) + ": " + Excerpt.of(rule, RULE) + " (got " + render(value) + ")");
    this.field = Excerpt.of(field, FIELD);
    this.rule = Excerpt.of(rule, RULE);
    this.value = render(value);
  }

  /** The dotted path of the offending field, e.g. {@code models[2].score.b}. */
  public String field() {
    return field;
  }

  /** The rule the field breaks, e.g. {@code must be > 0}. */
  public String rule() {
    return rule;
  }

  /** The offending value as text. */
  public String value() {
    return value;
  }

  /** The same error with {@code prefix.} put in front of the field (used by readers that nest values). */
  public InvalidGameException prefixed(String prefix) {
    return new InvalidGameException(prefix.isEmpty() ? field : prefix + "." + field, rule, value);
  }

  private static String render(Object v) {
    if (v instanceof Double) {
      return Require.format((Double) v);
    }
    return Excerpt.of(String.valueOf(v));
  }
}
