package org.lbgame.audit;

/**
 * One located result of an assumption check: which check ({@code C1-raw}, {@code C1-fit}, {@code C2-raw},
 * {@code C2-fit}, {@code C3-fit}), which models (stronger, weaker; weaker is null for a per-model check), where
 * (a step or a target score), the verdict and the margin by which it failed or held.
 */
public record Finding(String check, String stronger, String weaker, String place, double at, AuditVerdict verdict,
    double margin, String detail) {

  /** One line for reports. */
  public String describe() {
    String who = weaker == null ? stronger : stronger + " > " + weaker;
    return check + " " + verdict.label() + " for " + who + " at " + place + ": " + detail;
  }
}
