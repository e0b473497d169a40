package org.lbgame.model;

/** The benchmark designer (Definition 3.4): reward {@code R} for a correct ranking, TbT cost {@code kappa(tau)} per model. */
public final class Designer {
  private final double reward;
  private final CostFunction kappa;

  private Designer(double reward, CostFunction kappa) {
    this.reward = reward;
    this.kappa = kappa;
  }

  /** The designer with value {@code R > 0} for a correct ranking and per-model TbT cost {@code kappa}. */
  public static Designer of(double reward, CostFunction kappa) {
    Require.positive("R", reward);
    if (kappa == null) {
      throw new InvalidGameException("kappa", "is required", "null");
    }
    return new Designer(reward, kappa);
  }

  /** {@code R}, the designer's value of a ranking that matches the capability order. */
  public double reward() {
    return reward;
  }

  /** {@code kappa(tau)}, the cost per model of TbT level {@code tau}. */
  public CostFunction kappa() {
    return kappa;
  }
}
