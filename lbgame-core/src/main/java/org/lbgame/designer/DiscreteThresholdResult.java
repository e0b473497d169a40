package org.lbgame.designer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.lbgame.model.Game;

/**
 * The discrete game's stabilizing threshold: the least integer {@code tau} at which all-zero is a
 * PNE (horizon {@code E}), per-pair thresholds, the certificate ({@code Delta_{k->j}} at {@code tau*}
 * and a profitable deviation at {@code tau* - 1}) and whether the kernel accepted it.
 */
public final class DiscreteThresholdResult {
  private final Game game;
  private final int horizon;
  private final boolean found;
  private final int tauStar;
  private final int searchedUpTo;
  private final int[] pairTau;
  private final int[][] jumpsAtStar;
  private final int[] deviationBelow;
  private final boolean certified;
  private final boolean flagged;
  private final String method;
  private final boolean monotone;
  private final List<String> findings;

  private DiscreteThresholdResult(Game game, int horizon, boolean found, int tauStar, int searchedUpTo, int[] pairTau,
      int[][] jumpsAtStar, int[] deviationBelow, boolean certified, boolean flagged, String method, boolean monotone,
      List<String> findings) {
    this.game = game;
    this.horizon = horizon;
    this.found = found;
    this.tauStar = tauStar;
    this.searchedUpTo = searchedUpTo;
    this.pairTau = pairTau;
    this.jumpsAtStar = jumpsAtStar;
    this.deviationBelow = deviationBelow;
    this.certified = certified;
    this.flagged = flagged;
    this.method = method;
    this.monotone = monotone;
    this.findings = Collections.unmodifiableList(new ArrayList<>(findings));
  }

  static DiscreteThresholdResult found(Game g, int horizon, int tau, int[] pairTau, int[][] jumps, int[] dev,
      boolean certified, boolean flagged, String method, boolean monotone, List<String> findings) {
    return new DiscreteThresholdResult(g, horizon, true, tau, tau, pairTau, jumps, dev, certified, flagged, method,
        monotone, findings);
  }

  static DiscreteThresholdResult notFound(Game g, int horizon, int upTo, List<String> findings, String why) {
    List<String> f = new ArrayList<>(findings);
    f.add(why);
    return new DiscreteThresholdResult(g, horizon, false, -1, upTo, new int[0], new int[0][], null, false, false,
        "doubling with the kernel's all-zero check", false, f);
  }

  /** The game. */
  public Game game() {
    return game;
  }

  /** The effort horizon {@code E}. */
  public int horizon() {
    return horizon;
  }

  /** True when a stabilizing integer {@code tau} was found. */
  public boolean found() {
    return found;
  }

  /** The least integer {@code tau*} (-1 when not found). */
  public int tauStar() {
    return tauStar;
  }

  /** The largest {@code tau} examined. */
  public int searchedUpTo() {
    return searchedUpTo;
  }

  /** The least integer {@code tau} at which pair {@code k}'s adjacent jump condition holds (index 0 unused). */
  public int pairTauStar(int k) {
    return pairTau[k];
  }

  /** {@code Delta_{k->j}} at {@code tau*} (kernel {@code AllZero.justOvertake}; -1 beyond the horizon). */
  public int jumpAtStar(int k, int j) {
    return jumpsAtStar[k][j];
  }

  /** The kernel's first profitable deviation {@code {i, e}} from all-zero at {@code tau* - 1}, or null. */
  public int[] deviationBelow() {
    return deviationBelow == null ? null : deviationBelow.clone();
  }

  /** True when the kernel's {@code Certificates.checkThreshold} accepted the certificate. */
  public boolean certified() {
    return certified;
  }

  /** True when a margin at {@code tau*} or {@code tau* - 1} is within the cost/reward conversion's rounding bound. */
  public boolean flagged() {
    return flagged;
  }

  /** How {@code tau*} was found. */
  public String method() {
    return method;
  }

  /** True when the checked range was monotone (Threshold.leastTrue's precondition verified there). */
  public boolean monotone() {
    return monotone;
  }

  /** Notes: monotonicity, rounding, certificate. */
  public List<String> findings() {
    return findings;
  }
}
