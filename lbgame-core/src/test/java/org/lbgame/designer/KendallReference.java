package org.lbgame.designer;

import ch.obermuhlner.math.big.BigDecimalMath;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.lbgame.model.CostFunction;
import org.lbgame.model.Designer;
import org.lbgame.model.Game;
import org.lbgame.model.LinearCost;
import org.lbgame.model.PowerCost;
import org.lbgame.model.PowerLawCurve;
import org.lbgame.model.TieRule;

/**
 * An independent exact computation of the designer's Kendall choice {@code max_tau R K(tau) - n kappa(tau)} for
 * power-law games on one scale (SPEC sections 1 and 4) with a linear follower cost, written from the closed forms
 * without the library's solver, enclosures, {@code Stackelberg} or {@code KendallChoice}.
 *
 * <p>With {@code u = x0 + tau}, model {@code i} passes model {@code j < i} once its logit does:
 * {@code Delta_ij(u) = E u^p - u}, {@code E = exp((a_j - a_i)/b_i)}, {@code p = b_j/b_i}; the jump's margin is
 * {@code m_ij = lambda_i kappa Delta_ij - (r_j - r_i)} and it pays iff {@code m_ij < 0}. The follower profile
 * (each model plays its most profitable paying jump and lands just above the model it passes last) changes only
 * where some {@code m_ij} or some {@code m_ij - m_ij'} changes sign; with {@code a} strictly decreasing,
 * {@code b} nonincreasing and {@code x0 >= 1}, every {@code m_ij} is increasing in {@code u} and every
 * {@code m_ij - m_ij'} is unimodal (its derivative vanishes once, in closed form), so all sign changes are found by
 * bisection on monotone segments, in {@link #MC} significant digits. On each piece between consecutive breakpoints the profile
 * is the one at the piece's midpoint, and since {@code kappa} is increasing the designer's best on the piece is
 * its left end.
 */
final class KendallReference {
  /** Working precision. */
  static final MathContext MC = new MathContext(40);
  /** Relative width at which a bisection stops. */
  private static final BigDecimal WIDTH = new BigDecimal("1e-25");
  /** A margin or a difference of margins at a piece's midpoint must exceed this, or the piece is not decided. */
  private static final BigDecimal DECIDED = new BigDecimal("1e-30");
  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  /** A maximal interval of TbT levels with one follower profile, from its left end on. */
  static final class Piece {
    final BigDecimal tau;
    final boolean pne;
    final int[] ranking;
    final BigDecimal kendall;
    final BigDecimal value;

    Piece(BigDecimal tau, boolean pne, int[] ranking, BigDecimal kendall, BigDecimal value) {
      this.tau = tau;
      this.pne = pne;
      this.ranking = ranking;
      this.kendall = kendall;
      this.value = value;
    }

    @Override
    public String toString() {
      return "tau=" + tau.round(new MathContext(17)) + (pne ? " PNE " : " ") + Arrays.toString(ranking)
          + " K=" + kendall.round(new MathContext(17)) + " U_D=" + value.round(new MathContext(17));
    }
  }

  private final int n;
  private final BigDecimal x0;
  private final BigDecimal[][] logE;
  private final BigDecimal[][] pow;
  private final BigDecimal[] slope;
  private final BigDecimal[][] gain;
  private final TieRule tie;
  private final List<Piece> pieces = new ArrayList<>();
  private Piece best;

  private KendallReference(Game g) {
    n = g.size();
    if (!(g.cost() instanceof LinearCost)) {
      throw new IllegalArgumentException("the reference needs a linear follower cost: " + g.cost());
    }
    BigDecimal kappa = bd(((LinearCost) g.cost()).kappa());
    PowerLawCurve[] c = new PowerLawCurve[n];
    for (int i = 0; i < n; i++) {
      c[i] = (PowerLawCurve) g.curve(i);
      if (c[i].floor() != c[0].floor() || c[i].ceiling() != c[0].ceiling() || c[i].offset() != c[0].offset()) {
        throw new IllegalArgumentException("the reference needs one floor, ceiling and offset");
      }
      if (i > 0 && !(c[i].a() < c[i - 1].a() && c[i].b() <= c[i - 1].b())) {
        throw new IllegalArgumentException("the reference needs a strictly decreasing and b nonincreasing");
      }
    }
    if (!(c[0].offset() >= 1)) {
      throw new IllegalArgumentException("the reference needs an offset x0 >= 1 (then log u >= 0 and Delta increases)");
    }
    x0 = bd(c[0].offset());
    tie = g.tieRule();
    logE = new BigDecimal[n][n];
    pow = new BigDecimal[n][n];
    gain = new BigDecimal[n][n];
    slope = new BigDecimal[n];
    for (int i = 0; i < n; i++) {
      slope[i] = bd(g.costScale(i)).multiply(kappa, MC);
      for (int j = 0; j < i; j++) {
        logE[i][j] = bd(c[j].a()).subtract(bd(c[i].a())).divide(bd(c[i].b()), MC);
        pow[i][j] = bd(c[j].b()).divide(bd(c[i].b()), MC);
        gain[i][j] = bd(g.rewards().get(j)).subtract(bd(g.rewards().get(i)));
      }
    }
  }

  /** The pieces and the designer's best level of {@code g} (which must have a designer). */
  static KendallReference of(Game g) {
    KendallReference r = new KendallReference(g);
    r.solve(g.designer().orElseThrow(IllegalArgumentException::new));
    return r;
  }

  /** Every maximal piece, by increasing left end (the first starts at {@code tau = 0}). */
  List<Piece> pieces() {
    return pieces;
  }

  /** The piece whose left end has the largest designer utility (the earliest of equals). */
  Piece best() {
    return best;
  }

  private void solve(Designer d) {
    TreeSet<BigDecimal> cuts = new TreeSet<>();
    cuts.add(x0);
    BigDecimal[][] stop = new BigDecimal[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < i; j++) {
        final int ii = i;
        final int jj = j;
        if (gain[i][j].signum() > 0 && margin(i, j, x0).signum() < 0) {
          BigDecimal hi = x0.multiply(TWO);
          while (margin(i, j, hi).signum() < 0) {
            hi = hi.multiply(TWO);
          }
          stop[i][j] = root(u -> margin(ii, jj, u), x0, hi);
          cuts.add(stop[i][j]);
        }
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < i; j++) {
        for (int k = j + 1; k < i; k++) {
          if (stop[i][j] == null || stop[i][k] == null) {
            continue;
          }
          final int ii = i;
          final int jj = j;
          final int kk = k;
          Fn w = u -> margin(ii, jj, u).subtract(margin(ii, kk, u));
          BigDecimal end = stop[i][j].min(stop[i][k]);
          List<BigDecimal> ends = new ArrayList<>();
          ends.add(x0);
          if (pow[i][j].compareTo(pow[i][k]) != 0) {
            // d/du (E_j u^p_j - E_k u^p_k) = 0 where u^(p_j - p_k) = E_k p_k / (E_j p_j)
            BigDecimal logU = logE[i][k].add(BigDecimalMath.log(pow[i][k], MC)).subtract(logE[i][j])
                .subtract(BigDecimalMath.log(pow[i][j], MC)).divide(pow[i][j].subtract(pow[i][k]), MC);
            if (logU.compareTo(BigDecimal.valueOf(700)) < 0) {
              BigDecimal uc = BigDecimalMath.exp(logU, MC);
              if (uc.compareTo(x0) > 0 && uc.compareTo(end) < 0) {
                ends.add(uc);
              }
            }
          }
          ends.add(end);
          for (int s = 0; s + 1 < ends.size(); s++) {
            BigDecimal lo = ends.get(s);
            BigDecimal hi = ends.get(s + 1);
            int sl = w.at(lo).signum();
            int sh = w.at(hi).signum();
            if (sl == 0) {
              cuts.add(lo);
            } else if (sh == 0) {
              cuts.add(hi);
            } else if (sl != sh) {
              cuts.add(root(w, lo, hi));
            }
          }
        }
      }
    }
    List<BigDecimal> us = new ArrayList<>(cuts);
    Piece last = null;
    for (int k = 0; k < us.size(); k++) {
      BigDecimal left = us.get(k);
      BigDecimal inside = k + 1 < us.size() ? left.add(us.get(k + 1)).divide(TWO, MC) : left.multiply(TWO);
      Piece p = profile(d, left.subtract(x0), inside);
      if (last == null || last.pne != p.pne || !Arrays.equals(last.ranking, p.ranking)) {
        pieces.add(p);
        last = p;
        if (best == null || p.value.compareTo(best.value) > 0) {
          best = p;
        }
      }
    }
  }

  /** The profile at {@code u} (inside a piece), valued at the piece's left end {@code tau}. */
  private Piece profile(Designer d, BigDecimal tau, BigDecimal u) {
    int[] anchor = new int[n];
    boolean pne = true;
    for (int i = 0; i < n; i++) {
      anchor[i] = -1;
      BigDecimal low = null;
      for (int j = 0; j < i; j++) {
        if (gain[i][j].signum() <= 0) {
          continue;
        }
        BigDecimal m = margin(i, j, u);
        if (m.abs().compareTo(DECIDED) < 0) {
          throw new IllegalStateException("margin " + i + "->" + j + " undecided at u = " + u);
        }
        if (m.signum() < 0) {
          if (low != null && m.subtract(low).abs().compareTo(DECIDED) < 0) {
            throw new IllegalStateException("best jump of " + i + " undecided at u = " + u);
          }
          if (low == null || m.compareTo(low) < 0) {
            low = m;
            anchor[i] = j;
          }
        }
      }
      pne &= anchor[i] < 0;
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    // baseline logits are in index order (a decreasing, b nonincreasing, log u >= 0): a model sits at its anchor's
    // baseline, a deviator just above a model that stays there, two deviators at one anchor by the tie rule
    Comparator<Integer> byTie = tie == TieRule.HIGHER_CAPABILITY ? Comparator.naturalOrder() : Comparator.reverseOrder();
    Arrays.sort(order, Comparator.<Integer>comparingInt(i -> anchor[i] < 0 ? i : anchor[i])
        .thenComparingInt(i -> anchor[i] < 0 ? 1 : 0).thenComparing(byTie));
    int[] ranking = new int[n];
    for (int r = 0; r < n; r++) {
      ranking[r] = order[r];
    }
    int discordant = 0;
    for (int x = 0; x < n; x++) {
      for (int y = x + 1; y < n; y++) {
        if (ranking[x] > ranking[y]) {
          discordant++;
        }
      }
    }
    int pairs = n * (n - 1) / 2;
    BigDecimal k = n < 2 ? BigDecimal.ONE
        : BigDecimal.valueOf(pairs - 2L * discordant).divide(BigDecimal.valueOf(pairs), MC);
    BigDecimal value = bd(d.reward()).multiply(k, MC).subtract(BigDecimal.valueOf(n).multiply(kappa(d.kappa(), tau), MC));
    return new Piece(tau, pne, ranking, k, value);
  }

  /** The designer's cost {@code kappa(tau)}, for the families the test draws. */
  private static BigDecimal kappa(CostFunction c, BigDecimal tau) {
    if (c instanceof LinearCost) {
      return bd(((LinearCost) c).kappa()).multiply(tau, MC);
    }
    if (c instanceof PowerCost) {
      PowerCost p = (PowerCost) c;
      return tau.signum() == 0 ? BigDecimal.ZERO
          : bd(p.kappa()).multiply(BigDecimalMath.pow(tau, bd(p.exponent()), MC), MC);
    }
    throw new IllegalArgumentException("designer cost " + c);
  }

  /** {@code m_ij(u) = lambda_i kappa (E u^p - u) - (r_j - r_i)}. */
  private BigDecimal margin(int i, int j, BigDecimal u) {
    BigDecimal delta = BigDecimalMath.exp(logE[i][j].add(pow[i][j].multiply(BigDecimalMath.log(u, MC), MC)), MC)
        .subtract(u);
    return slope[i].multiply(delta.max(BigDecimal.ZERO), MC).subtract(gain[i][j]);
  }

  private interface Fn {
    BigDecimal at(BigDecimal u);
  }

  /**
   * The sign change of {@code f} in {@code (lo, hi)} (opposite signs at the ends), to relative {@link #WIDTH}:
   * false position with the Illinois halving, and a bisection step whenever the bracket did not halve.
   */
  private static BigDecimal root(Fn f, BigDecimal lo, BigDecimal hi) {
    BigDecimal fl = f.at(lo);
    BigDecimal fh = f.at(hi);
    int side = 0;
    while (hi.subtract(lo).compareTo(WIDTH.multiply(hi)) > 0) {
      BigDecimal width = hi.subtract(lo);
      BigDecimal mid = lo.subtract(fl.multiply(width, MC).divide(fh.subtract(fl), MC), MC);
      if (mid.compareTo(lo) <= 0 || mid.compareTo(hi) >= 0) {
        mid = lo.add(hi).divide(TWO, MC);
      }
      BigDecimal fm = f.at(mid);
      if (fm.signum() == 0) {
        return mid;
      }
      if (fm.signum() == fl.signum()) {
        lo = mid;
        fl = fm;
        fh = side == 1 ? fh.divide(TWO, MC) : fh;
        side = 1;
      } else {
        hi = mid;
        fh = fm;
        fl = side == -1 ? fl.divide(TWO, MC) : fl;
        side = -1;
      }
      if (hi.subtract(lo).multiply(TWO).compareTo(width) > 0) {
        BigDecimal half = lo.add(hi).divide(TWO, MC);
        BigDecimal fx = f.at(half);
        if (fx.signum() == 0) {
          return half;
        }
        if (fx.signum() == fl.signum()) {
          lo = half;
          fl = fx;
        } else {
          hi = half;
          fh = fx;
        }
        side = 0;
      }
    }
    return hi;
  }

  private static BigDecimal bd(double v) {
    return new BigDecimal(v);
  }
}
