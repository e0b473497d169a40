package org.lbgame.model;

import java.util.Arrays;

/**
 * One check of one hypothesis: whether it holds, fails or is undecided within precision, for which model(s)
 * (0-based), a witness where it fails (an effort or a score, as {@link #witnessKind()} says), how it was checked,
 * the rigorous bound its verdict rests on (when a computed number decides it), and a sentence. "Fails" is
 * reported only when the violation is proved, "holds" only when it is proved (or, for {@link CheckMethod#GRID},
 * on the stated grid with its bound); otherwise the check is undecided, with its bound.
 */
public final class HypothesisCheck {
  private final Hypothesis hypothesis;
  private final boolean holds;
  private final int[] models;
  private final double witness;
  private final String witnessKind;
  private final CheckMethod method;
  private final String detail;
  private final boolean decided;
  private final CheckBound bound;

  private HypothesisCheck(Hypothesis hypothesis, boolean holds, boolean decided, int[] models, double witness,
      String witnessKind, CheckMethod method, String detail, CheckBound bound) {
    this.hypothesis = hypothesis;
    this.holds = holds;
    this.decided = decided;
    this.bound = bound;
    this.models = models;
    this.witness = witness;
    this.witnessKind = witnessKind;
    this.method = method;
    this.detail = detail;
  }

  /** A passed check. */
  public static HypothesisCheck holds(Hypothesis h, int[] models, CheckMethod method, String detail) {
    return holds(h, models, method, detail, null);
  }

  /** A passed check resting on {@code bound} (null when no computed number decides it). */
  public static HypothesisCheck holds(Hypothesis h, int[] models, CheckMethod method, String detail,
      CheckBound bound) {
    return new HypothesisCheck(h, true, true, models.clone(), Double.NaN, "", method, detail, bound);
  }

  /** A failed check with its witness ({@code kind} is {@code effort} or {@code score}). */
  public static HypothesisCheck fails(Hypothesis h, int[] models, double witness, String kind, CheckMethod method,
      String detail) {
    return fails(h, models, witness, kind, method, detail, null);
  }

  /** A failed check with its witness, resting on {@code bound} (null when no computed number decides it). */
  public static HypothesisCheck fails(Hypothesis h, int[] models, double witness, String kind, CheckMethod method,
      String detail, CheckBound bound) {
    return new HypothesisCheck(h, false, true, models.clone(), witness, kind, method, detail, bound);
  }

  /** A check that precision does not decide: {@code bound} contains the deciding value on both sides. */
  public static HypothesisCheck undecided(Hypothesis h, int[] models, double where, String kind, CheckMethod method,
      String detail, CheckBound bound) {
    return new HypothesisCheck(h, false, false, models.clone(), where, kind, method, detail, bound);
  }

  /** The hypothesis checked. */
  public Hypothesis hypothesis() {
    return hypothesis;
  }

  /** Whether it holds (proved, or on the stated grid for {@link CheckMethod#GRID}). */
  public boolean passed() {
    return holds;
  }

  /** Whether the violation is proved. */
  public boolean failed() {
    return decided && !holds;
  }

  /** Whether precision left the check open: neither held nor failed ("undecided within precision"). */
  public boolean undecided() {
    return !decided;
  }

  /** The status word: {@code holds}, {@code fails} or {@code undecided}. */
  public String status() {
    return holds ? "holds" : decided ? "fails" : "undecided";
  }

  /** The rigorous bound the verdict rests on, or null when no computed number decides it. */
  public CheckBound bound() {
    return bound;
  }

  /** The model indexes concerned (0-based; empty for the cost). */
  public int[] models() {
    return models.clone();
  }

  /** Where it fails, or where it is undecided (NaN when it holds). */
  public double witness() {
    return witness;
  }

  /** What the witness is: {@code effort} (total effort x, or extra effort e for costs) or {@code score}. */
  public String witnessKind() {
    return witnessKind;
  }

  /** How it was checked. */
  public CheckMethod method() {
    return method;
  }

  /** A sentence explaining the check and its outcome. */
  public String detail() {
    return detail;
  }

  @Override
  public String toString() {
    return hypothesis.label() + " " + Arrays.toString(models) + (holds ? " holds" : (decided ? " FAILS at "
        : " UNDECIDED within precision at ") + witnessKind + " " + witness) + " (" + method.label() + "): " + detail
        + (bound == null ? "" : "; " + bound);
  }
}
