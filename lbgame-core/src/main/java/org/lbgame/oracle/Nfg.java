package org.lbgame.oracle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigInteger;
import org.lbgame.kernel.Enumeration;
import org.lbgame.kernel.Utility;
import org.lbgame.model.Game;
import org.lbgame.model.InvalidGameException;

/**
 * Gambit's strategic-form file, payoff version ({@code NFG 1 R}): one player per model (model 0 is player 1),
 * strategies {@code 0..E} extra steps, then for every profile (player 1's strategy varying fastest) each
 * player's payoff in player order. Payoffs are the kernel's exact utilities {@code r_rank - c_i(e)} converted
 * back to reward units as exact rationals ({@code p} or {@code p/q}, {@code q} a power of two).
 */
public final class Nfg {
  private Nfg() {
  }

  /** Writes the discrete follower game of {@code g} at {@code tau} with horizon {@code steps}. */
  public static void write(Game g, int tau, int steps, Writer out) {
    KernelTables t = KernelTables.of(g, tau, steps, "--tau", "--steps");
    int n = t.size();
    int total = Enumeration.profileCount(n, steps);
    if (total < 0) {
      throw new InvalidGameException("--steps", "(E+1)^n must be at most " + Enumeration.MAX_PROFILES
          + " profiles to export", "E=" + steps + ", n=" + n);
    }
    int s = t.tables.scaleExponent();
    try {
      out.write("NFG 1 R \"" + escape(title(g, tau, steps, t)) + "\" {");
      for (int i = 0; i < n; i++) {
        out.write(" \"" + escape(g.model(i).name()) + "\"");
      }
      out.write(" } {");
      for (int i = 0; i < n; i++) {
        out.write(" " + (steps + 1));
      }
      out.write(" }\n\n");
      int[] effort = new int[n];
      for (int p = 0; p < total; p++) {
        if (p > 0) {
          for (int i = 0; i < n; i++) {
            if (++effort[i] <= steps) {
              break;
            }
            effort[i] = 0;
          }
        }
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < n; i++) {
          line.append(i == 0 ? "" : " ").append(rational(Utility.utility(t.score, t.cost, t.reward, tau, effort, i),
              s));
        }
        out.write(line.append('\n').toString());
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String title(Game g, int tau, int steps, KernelTables t) {
    return "lbgame " + (g.name().isEmpty() ? "game" : g.name()) + ": follower game at tau=" + tau + ", efforts 0.."
        + steps + " (strategy k = k extra steps)" + (t.exact() ? "" : "; costs and rewards rounded to multiples of 2^-"
        + t.tables.scaleExponent());
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  /** {@code units * 2^-s} as an exact integer or reduced fraction {@code p/q}. */
  static String rational(long units, int s) {
    BigInteger p = BigInteger.valueOf(units);
    if (s <= 0) {
      return p.shiftLeft(-s).toString();
    }
    int shift = Math.min(s, units == 0 ? s : Long.numberOfTrailingZeros(units));
    p = p.shiftRight(shift);
    int rest = s - shift;
    return rest == 0 || units == 0 ? p.toString() : p + "/" + BigInteger.ONE.shiftLeft(rest);
  }

  /** One pure equilibrium as enumpure prints it: {@code NE,} then 0/1 per strategy, player by player. */
  public static String neLine(int[] profile, int steps) {
    StringBuilder b = new StringBuilder("NE");
    for (int e : profile) {
      for (int k = 0; k <= steps; k++) {
        b.append(',').append(k == e ? '1' : '0');
      }
    }
    return b.toString();
  }
}
