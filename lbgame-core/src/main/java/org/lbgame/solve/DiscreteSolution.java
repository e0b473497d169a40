package org.lbgame.solve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.lbgame.model.HypothesisCheck;

/**
 * The discrete game's answer (integer steps {@code 0..E}, SPEC section 5), every decision made by the
 * kernel on exact tables, with the continuous solution at the same {@code tau} for reference.
 */
public final class DiscreteSolution {
  private final Solution continuous;
  private final DiscreteTables tables;
  private final List<DiscreteJump> jumps;
  private final List<HypothesisCheck> checks;
  private final boolean allZeroPne;
  private final int[] deviation;
  private final double deviationGain;
  private final double deviationCost;
  private final Boolean certified;
  private final int[][] allPne;
  private final int[] otherEquilibrium;
  private final Verdict verdict;
  private final boolean costless;
  private final List<String> findings;

  DiscreteSolution(Solution continuous, DiscreteTables tables, List<DiscreteJump> jumps, List<HypothesisCheck> checks,
      boolean allZeroPne, int[] deviation, double deviationGain, double deviationCost, Boolean certified,
      int[][] allPne, int[] otherEquilibrium, Verdict verdict, List<String> findings, boolean costless) {
    this.continuous = continuous;
    this.tables = tables;
    this.jumps = Collections.unmodifiableList(new ArrayList<>(jumps));
    this.checks = Collections.unmodifiableList(new ArrayList<>(checks));
    this.allZeroPne = allZeroPne;
    this.deviation = deviation;
    this.deviationGain = deviationGain;
    this.deviationCost = deviationCost;
    this.certified = certified;
    this.allPne = allPne;
    this.otherEquilibrium = otherEquilibrium;
    this.verdict = verdict;
    this.costless = costless;
    this.findings = Collections.unmodifiableList(new ArrayList<>(findings));
  }

  /** The continuous solution at the same {@code tau} (its hypothesis report covers the curves themselves). */
  public Solution continuous() {
    return continuous;
  }

  /** The kernel's tables and how they were encoded. */
  public DiscreteTables tables() {
    return tables;
  }

  /** TbT level (steps). */
  public int tau() {
    return tables.tau;
  }

  /** Horizon {@code E}. */
  public int horizon() {
    return tables.horizon;
  }

  /** Every jump condition {@code k -> j}, {@code j < k}, in order of {@code k} then {@code j}. */
  public List<DiscreteJump> jumps() {
    return jumps;
  }

  /** The adjacent jump conditions ({@code j = k - 1}). */
  public List<DiscreteJump> pairs() {
    List<DiscreteJump> p = new ArrayList<>();
    for (DiscreteJump j : jumps) {
      if (j.overtaken() == j.overtaker() - 1) {
        p.add(j);
      }
    }
    return p;
  }

  /** Hypotheses decided on the tables by the kernel. */
  public List<HypothesisCheck> tableChecks() {
    return checks;
  }

  /** The kernel's {@code AllZero.isAllZeroPne}. */
  public boolean allZeroPne() {
    return allZeroPne;
  }

  /** The kernel's first profitable deviation {@code {i, e}} from all-zero, or null. */
  public int[] deviation() {
    return deviation == null ? null : deviation.clone();
  }

  /** Reward gained by the deviation (reward units). */
  public double deviationGain() {
    return deviationGain;
  }

  /** {@code lambda_i c(e)} of the deviation (reward units). */
  public double deviationCost() {
    return deviationCost;
  }

  /** Whether the kernel's certificate checker accepted the verdict's certificate (null: not applicable). */
  public Boolean certified() {
    return certified;
  }

  /** Every PNE by exhaustive enumeration (kernel), or null when {@code (E+1)^n} is too large. */
  public int[][] allPne() {
    return allPne == null ? null : allPne.clone();
  }

  /** A second PNE found and verified by the kernel, or null. */
  public int[] otherEquilibrium() {
    return otherEquilibrium == null ? null : otherEquilibrium.clone();
  }

  /** The verdict as printed, with its reason where it has one. */
  public String verdictSentence() {
    String base = verdict.sentence() + (verdict == Verdict.PNE_NOT_UNIQUE && costless ? " (" + Verdict.FLAT_COST + ")"
        : "");
    if (allPne == null || verdict == Verdict.UNDECIDED) {
      return base;
    }
    // exhaustive enumeration ran: say what it found, never "not established"
    switch (verdict) {
      case NO_PNE:
        return "no PNE exists (exhaustive enumeration of every profile)";
      case UNIQUE_PNE:
        return "all-zero is the unique PNE (exhaustive enumeration of every profile)";
      case ALL_ZERO_NOT_PNE:
        return "all-zero is not a PNE; exhaustive enumeration finds " + allPne.length + " PNE: " + listed(allPne);
      case PNE_NOT_UNIQUE:
        return verdict.sentence() + "; exhaustive enumeration finds " + allPne.length + " PNE: " + listed(allPne)
            + (costless ? " (" + Verdict.FLAT_COST + ")" : "");
      default:
        return base;
    }
  }

  /** Up to {@link #LISTED} profiles (steps, model order), then how many more. */
  private static String listed(int[][] all) {
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < Math.min(LISTED, all.length); k++) {
      b.append(k == 0 ? "" : ", ").append(java.util.Arrays.toString(all[k]));
    }
    return all.length > LISTED ? b + " and " + (all.length - LISTED) + " more" : b.toString();
  }

  /** Equilibria named in the verdict sentence. */
  static final int LISTED = 10;

  /** The verdict for the discrete game. */
  public Verdict verdict() {
    return verdict;
  }

  /** What is established and what is not. */
  public List<String> findings() {
    return findings;
  }
}
