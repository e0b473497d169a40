package org.lbgame.designer;

import org.lbgame.model.CostFunction;
import org.lbgame.model.LinearCost;
import org.lbgame.model.PiecewiseLinearCost;
import org.lbgame.model.PowerCost;
import org.lbgame.model.TabulatedCost;

/**
 * The linear lower bound of a cost, {@code kappa = inf_{e > 0} c(e)/e}, the largest {@code kappa}
 * with {@code c(e) >= kappa e} for all {@code e >= 0} (Prop 5.6's hypothesis). For a convex cost with
 * {@code c(0) = 0} it is the right derivative at zero.
 */
public final class CostLowerBound {
  private final double kappa;
  private final String how;

  private CostLowerBound(double kappa, String how) {
    this.kappa = kappa;
    this.how = how;
  }

  /** The bound of {@code c}: exact for linear, power, piecewise-linear and tabulated costs; a grid estimate otherwise. */
  public static CostLowerBound of(CostFunction c) {
    if (c instanceof LinearCost) {
      return new CostLowerBound(((LinearCost) c).kappa(), "linear cost: kappa is its slope");
    }
    if (c instanceof PowerCost) {
      PowerCost p = (PowerCost) c;
      if (p.exponent() == 1) {
        return new CostLowerBound(p.kappa(), "power cost with p = 1: kappa is its scale");
      }
      return new CostLowerBound(0, "power cost with p = " + p.exponent() + " > 1: c(e)/e = kappa e^(p-1) -> 0 as e -> 0,"
          + " so only kappa = 0 bounds it (Prop 5.6's G is then infinite and its rule of thumb says nothing)");
    }
    if (c instanceof PiecewiseLinearCost || c instanceof TabulatedCost) {
      double[] knots = c instanceof PiecewiseLinearCost ? ((PiecewiseLinearCost) c).breakpoints()
          : ((TabulatedCost) c).efforts();
      // c(e)/e is monotone on each linear piece, so the infimum is at a knot or a limit (0+, +inf)
      double first = knots.length > 1 ? c.cost(knots[1]) / knots[1] : slopeAt(c, 1);
      double m = c.cost(0) > 0 ? Double.POSITIVE_INFINITY : slopeAt(c, knots.length > 1 ? knots[1] / 2 : 1);
      m = Math.min(m, first);
      for (int j = 1; j < knots.length; j++) {
        m = Math.min(m, c.cost(knots[j]) / knots[j]);
      }
      double last = knots[knots.length - 1];
      double tail = (c.cost(2 * last + 2) - c.cost(last + 1)) / (last + 1);
      m = Math.min(m, tail);
      return new CostLowerBound(Math.max(0, m), c.family() + " cost: minimum of c(e)/e over the knots, the limit at 0+"
          + " and the final slope (c(e)/e is monotone on each linear piece)");
    }
    double m = Double.POSITIVE_INFINITY;
    for (int j = -12; j <= 12; j++) {
      for (int s = 0; s < 8; s++) {
        double e = Math.pow(10, j + s / 8.0);
        m = Math.min(m, c.cost(e) / e);
      }
    }
    return new CostLowerBound(Math.max(0, m), "minimum of c(e)/e on a log grid 1e-12..1e12 (an estimate: the family"
        + " has no closed form)");
  }

  private static double slopeAt(CostFunction c, double e) {
    return (c.cost(e) - c.cost(0)) / e;
  }

  /** {@code kappa}, with {@code c(e) >= kappa e}. */
  public double kappa() {
    return kappa;
  }

  /** How {@code kappa} was obtained. */
  public String how() {
    return how;
  }
}
