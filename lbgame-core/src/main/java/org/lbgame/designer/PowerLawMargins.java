package org.lbgame.designer;

import org.lbgame.model.CostFunction;
import org.lbgame.model.Directed;
import org.lbgame.model.Game;
import org.lbgame.model.LinearCost;
import org.lbgame.model.PowerCost;
import org.lbgame.model.PowerLawColumns;

/**
 * Every adjacent pair's margin {@code lambda_k c(Delta_k(tau)) - (r_{k-1} - r_k)} at one {@code tau}, for a
 * game read into {@link PowerLawColumns} with a linear or power cost, in double intervals kept in locals:
 * the very operations of {@code PairCheck}'s double pass ({@code Overtake.effort} in the common logit, then
 * the cost), each end rounded outward ({@link Directed}; {@code exp} and {@code log} widened by one ulp, their
 * {@code java.lang.Math} contract), and the reward gap enclosed too rather than rounded. A sign proved here
 * is the sign of the exact margin; a margin whose enclosure contains 0 (or that is not finite) is left to
 * {@code PairCheck}, which re-evaluates it in high precision.
 */
final class PowerLawMargins {
  /** The margin is proved {@code >= 0}: the condition holds. */
  static final int HOLDS = 1;
  /** The margin is proved {@code < 0}: the condition fails. */
  static final int FAILS = -1;
  /** Not decided here (the enclosure contains 0, or a value is not finite). */
  static final int OPEN = 0;

  private final Game game;
  private final PowerLawColumns cols;
  private final double kappa;
  /** The power of {@code c(e) = kappa e^p}; 1 for a linear cost. */
  private final double p;
  private final double[] rewards;

  private PowerLawMargins(Game game, double kappa, double p) {
    this.game = game;
    this.cols = game.powerLawColumns();
    this.kappa = kappa;
    this.p = p;
    this.rewards = game.rewards().values();
  }

  /** The margins of {@code g}, or null when the game has no columns or another cost. */
  static PowerLawMargins of(Game g) {
    CostFunction c = g.cost();
    if (g.powerLawColumns() == null) {
      return null;
    }
    if (c instanceof LinearCost) {
      return new PowerLawMargins(g, ((LinearCost) c).kappa(), 1);
    }
    if (c instanceof PowerCost) {
      return new PowerLawMargins(g, ((PowerCost) c).kappa(), ((PowerCost) c).exponent());
    }
    return null;
  }

  /**
   * Pair {@code k}'s margin at {@code tau} (a double, {@code >= 0}): its enclosure into {@code out[0..1]}
   * and {@link #HOLDS}, {@link #FAILS} or {@link #OPEN}.
   */
  int margin(double tau, int k, double[] out) {
    double x0 = cols.offset();
    // the rival's logit at tau: a_j + b_j log(x0 + tau), j = k - 1
    double sLo = Directed.sumDown(x0, tau);
    double sHi = Directed.sumUp(x0, tau);
    if (!(sLo > 0)) {
      return OPEN;
    }
    double lLo = sLo == 1 ? 0 : Math.nextDown(Math.log(sLo));
    double lHi = sHi == 1 ? 0 : Math.nextUp(Math.log(sHi));
    double bj = cols.b(k - 1);
    double zLo = Directed.sumDown(cols.a(k - 1), Math.min(Directed.mulDown(bj, lLo), Directed.mulDown(bj, lHi)));
    double zHi = Directed.sumUp(cols.a(k - 1), Math.max(Directed.mulUp(bj, lLo), Directed.mulUp(bj, lHi)));
    // model k reaches it at exp((z - a_k) / b_k) - x0 (b_k > 0: the quotient is increasing in z)
    double ai = cols.a(k);
    double bi = cols.b(k);
    double qLo = Directed.divDown(Directed.sumDown(zLo, -ai), bi);
    double qHi = Directed.divUp(Directed.sumUp(zHi, -ai), bi);
    double eLo = qLo == 0 ? 1 : Math.max(0, Math.nextDown(Math.exp(qLo)));
    double eHi = qHi == 0 ? 1 : Math.nextUp(Math.exp(qHi));
    double xLo = Math.max(0, Directed.sumDown(eLo, -x0));
    double xHi = Math.max(0, Directed.sumUp(eHi, -x0));
    // Delta_k = max(0, x - tau)
    double dLo = Math.max(0, Directed.sumDown(xLo, -tau));
    double dHi = Math.max(0, Directed.sumUp(xHi, -tau));
    if (!(dLo <= dHi) || dLo >= Double.MAX_VALUE / 2) {
      return OPEN;
    }
    double cLo = dLo;
    double cHi = dHi;
    if (p != 1) {
      cLo = dLo == 0 ? 0 : dLo == 1 ? 1 : Math.max(0, Math.nextDown(Math.pow(dLo, p)));
      cHi = dHi == 1 ? 1 : dHi == 0 ? 0 : Math.nextUp(Math.pow(dHi, p));
    }
    // kappa >= 0 and lambda_k > 0: products increasing in the cost
    double lambda = game.costScale(k);
    double kLo = Directed.mulDown(Directed.mulDown(kappa, cLo), lambda);
    double kHi = Directed.mulUp(Directed.mulUp(kappa, cHi), lambda);
    double r1 = rewards[k - 1];
    double r2 = rewards[k];
    double lo = Directed.sumDown(kLo, -Directed.sumUp(r1, -r2));
    double hi = Directed.sumUp(kHi, -Directed.sumDown(r1, -r2));
    if (!(lo <= hi)) {
      return OPEN;
    }
    out[0] = lo;
    out[1] = hi;
    return lo >= 0 ? HOLDS : hi < 0 ? FAILS : OPEN;
  }
}
