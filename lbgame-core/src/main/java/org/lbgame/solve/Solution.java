package org.lbgame.solve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.lbgame.model.Game;
import org.lbgame.model.ValidationReport;

/**
 * The solver's answer at one TbT level: baseline scores, per-pair just-overtake efforts and the
 * adjacent condition, every deviation from all-zero (every multi-rank jump), the hypothesis report,
 * the verdict with what is and is not established, and its certificate.
 */
public final class Solution {
  private final Game game;
  private final double tau;
  private final double tolerance;
  private final double[] baseline;
  private final int[] ranking;
  private final List<PairCheck> pairs;
  private final List<Deviation> jumps;
  private final ValidationReport report;
  private final Verdict verdict;
  private final boolean costless;
  private final Boolean checked;
  private final List<String> findings;
  private final Deviation deviation;
  private final double[] otherEquilibrium;

  Solution(Game game, double tau, double tolerance, double[] baseline, int[] ranking, List<PairCheck> pairs,
      List<Deviation> jumps, ValidationReport report, Verdict verdict, List<String> findings, Deviation deviation,
      double[] otherEquilibrium, boolean costless, Boolean checked) {
    this.game = game;
    this.tau = tau;
    this.tolerance = tolerance;
    this.baseline = baseline;
    this.ranking = ranking;
    this.pairs = Collections.unmodifiableList(new ArrayList<>(pairs));
    this.jumps = Collections.unmodifiableList(new ArrayList<>(jumps));
    this.report = report;
    this.verdict = verdict;
    this.costless = costless;
    this.checked = checked;
    this.findings = Collections.unmodifiableList(new ArrayList<>(findings));
    this.deviation = deviation;
    this.otherEquilibrium = otherEquilibrium;
  }

  /** The game solved. */
  public Game game() {
    return game;
  }

  /** The TbT level {@code tau}. */
  public double tau() {
    return tau;
  }

  /** Margins with absolute value at most this are "undecided within tolerance". */
  public double tolerance() {
    return tolerance;
  }

  /** Baseline scores {@code b_i(tau) = f(theta_i, tau)}, model order. */
  public double[] baseline() {
    return baseline.clone();
  }

  /** The models in rank order at the all-zero profile ({@code ranking[r]} is the model ranked {@code r}). */
  public int[] ranking() {
    return ranking.clone();
  }

  /** The adjacent condition per pair {@code k = 1..n-1}. */
  public List<PairCheck> pairs() {
    return pairs;
  }

  /** Every deviation from all-zero to a better rank (every jump {@code k -> j}), plus any cheaper same-rank one that pays. */
  public List<Deviation> jumps() {
    return jumps;
  }

  /** The hypothesis report. */
  public ValidationReport report() {
    return report;
  }

  /** The verdict as printed, with its reason where it has one. */
  public String verdictSentence() {
    return verdict.sentence() + (verdict == Verdict.PNE_NOT_UNIQUE && costless ? " (" + Verdict.FLAT_COST + ")" : "");
  }

  /** The verdict. */
  public Verdict verdict() {
    return verdict;
  }

  /** Sentences saying what is established and what is not, and why. */
  public List<String> findings() {
    return findings;
  }

  /** The profitable deviation certifying that all-zero is not a PNE (null otherwise). */
  public Deviation deviation() {
    return deviation;
  }

  /** A second, verified PNE (extra efforts), or null. */
  public double[] otherEquilibrium() {
    return otherEquilibrium == null ? null : otherEquilibrium.clone();
  }

  /**
   * Whether the independent checker ({@link ContinuousCertificate}: curve values and bracketing
   * inverses, not the solver's closed forms) accepted the certificate; null when there is none.
   */
  public Boolean certificateChecked() {
    return checked;
  }

  /** True when the adjacent condition holds for every pair (beyond the tolerance). */
  public boolean adjacentConditionHolds() {
    return pairs.stream().allMatch(p -> p.status().safe());
  }

  /** True when no deviation from all-zero pays (beyond the tolerance). */
  public boolean everyJumpConditionHolds() {
    return jumps.stream().allMatch(d -> d.status().safe());
  }
}
