package org.lbgame.gen;

/** The size of generated games: small enough to enumerate, or on the paper's scale. */
public enum Scale {
  /** {@code n <= 4}, {@code tau <= 20}, horizon {@code 1..6} with at most 4096 profiles: exhaustive enumeration. */
  ENUMERATION(4, 20, 6),
  /** {@code n <= 8}, {@code tau} in {@code 0..3000} and beyond (to {@code 10^6}), horizon up to {@code 10^6}. */
  PAPER(8, 1_000_000, 1_000_000);

  private final int maxModels;
  private final int maxTau;
  private final int maxHorizon;

  Scale(int maxModels, int maxTau, int maxHorizon) {
    this.maxModels = maxModels;
    this.maxTau = maxTau;
    this.maxHorizon = maxHorizon;
  }

  /** Largest number of models generated. */
  public int maxModels() {
    return maxModels;
  }

  /** Largest TbT level generated. */
  public int maxTau() {
    return maxTau;
  }

  /** Largest effort horizon generated. */
  public int maxHorizon() {
    return maxHorizon;
  }
}
