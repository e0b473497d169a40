package org.lbgame.model;

import java.util.Arrays;

/**
 * One check of one hypothesis: whether it holds, for which model(s) (0-based), a witness where it
 * fails (an effort or a score, as {@link #witnessKind()} says), how it was checked, and a sentence.
 */
public final class HypothesisCheck {
  private final Hypothesis hypothesis;
  private final boolean holds;
  private final int[] models;
  private final double witness;
  private final String witnessKind;
  private final CheckMethod method;
  private final String detail;

  private HypothesisCheck(Hypothesis hypothesis, boolean holds, int[] models, double witness, String witnessKind,
      CheckMethod method, String detail) {
    this.hypothesis = hypothesis;
    this.holds = holds;
    this.models = models;
    this.witness = witness;
    this.witnessKind = witnessKind;
    this.method = method;
    this.detail = detail;
  }

  /** A passed check. */
  public static HypothesisCheck holds(Hypothesis h, int[] models, CheckMethod method, String detail) {
    return new HypothesisCheck(h, true, models.clone(), Double.NaN, "", method, detail);
  }

  /** A failed check with its witness ({@code kind} is {@code effort} or {@code score}). */
  public static HypothesisCheck fails(Hypothesis h, int[] models, double witness, String kind, CheckMethod method,
      String detail) {
    return new HypothesisCheck(h, false, models.clone(), witness, kind, method, detail);
  }

  /** The hypothesis checked. */
  public Hypothesis hypothesis() {
    return hypothesis;
  }

  /** Whether it holds. */
  public boolean passed() {
    return holds;
  }

  /** The model indexes concerned (0-based; empty for the cost). */
  public int[] models() {
    return models.clone();
  }

  /** Where it fails (NaN when it holds). */
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
    return hypothesis.label() + " " + Arrays.toString(models) + (holds ? " holds" : " FAILS at " + witnessKind + " "
        + witness) + " (" + method.label() + "): " + detail;
  }
}
