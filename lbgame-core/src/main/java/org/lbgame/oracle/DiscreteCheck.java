package org.lbgame.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import org.lbgame.kernel.AllZero;
import org.lbgame.kernel.Certificates;
import org.lbgame.kernel.Enumeration;
import org.lbgame.kernel.ThresholdCertificate;
import org.lbgame.model.Game;
import org.lbgame.model.InvalidGameException;

/** Exact checks of discrete-game results with the verified kernel (models and ranks 0-based in reasons). */
final class DiscreteCheck {
  /** Relative tolerance on the reward-unit gain and cost a certificate states (the decision itself is exact). */
  static final double STATED_TOLERANCE = 1e-9;

  private DiscreteCheck() {
  }

  static CheckResult solve(Game g, JsonNode r) {
    Fields.only(r, "", "schema", "query", "mode", "tau", "steps", "verdict", "jumps", "certificate");
    int tau = Fields.integer(r, "", "tau", 0);
    KernelTables t = KernelTables.of(g, tau, Fields.integer(r, "", "steps", 0));
    String verdict = Fields.string(r, "", "verdict", "all-zero-pne", "all-zero-not-pne");
    int[][] jump = jumps(t, tau, Fields.array(r, "", "jumps"), "jumps");
    JsonNode c = Fields.object(r, "", "certificate");
    String kind = Fields.string(c, "certificate", "kind", "all-zero-pne", "profitable-deviation");
    if (verdict.equals("all-zero-pne") != kind.equals("all-zero-pne")) {
      throw new Rejection("verdict \"" + verdict + "\" does not match certificate kind \"" + kind + "\"");
    }
    if (kind.equals("all-zero-pne")) {
      Fields.only(c, "certificate", "kind");
      return CheckResult.accept(allZeroPne(t, tau, jump) + exactness(t));
    }
    deviation(t, tau, c, "certificate");
    return CheckResult.accept("discrete, exact: kernel Certificates.checkAllZeroNotPne" + exactness(t));
  }

  private static String exactness(KernelTables t) {
    return t.exact() ? "" : "; costs/rewards rounded to kernel units, every decisive margin beyond "
        + t.flagUnits() + " units";
  }

  /** Reads the claimed jumps, which must be every {@code k -> j} ({@code j < k}) in order, each the kernel's. */
  static int[][] jumps(KernelTables t, int tau, JsonNode a, String path) {
    int n = t.size();
    int[][] jump = new int[n][];
    int idx = 0;
    if (a.size() != n * (n - 1) / 2) {
      throw new Rejection(path + " lists " + a.size() + " jumps; the game has " + n * (n - 1) / 2
          + " (every k -> j with j < k)");
    }
    for (int k = 0; k < n; k++) {
      jump[k] = new int[k];
      for (int j = 0; j < k; j++) {
        JsonNode o = a.get(idx);
        String p = path + "[" + idx + "]";
        Fields.only(o, p, "overtaker", "overtaken", "delta");
        int ck = Fields.integer(o, p, "overtaker", 0);
        int cj = Fields.integer(o, p, "overtaken", 0);
        if (ck != k || cj != j) {
          throw new Rejection(p + " is jump " + ck + " -> " + cj + "; expected " + k + " -> " + j
              + " (ordered by overtaker, then overtaken)");
        }
        int d = Fields.integerOrNull(o, p, "delta");
        int truth = AllZero.justOvertake(t.score, tau, t.horizon, k, j);
        if (d != truth) {
          throw new Rejection(p + ": Delta_{" + k + "->" + j + "} claimed " + show(d) + ", but the least e in 0.."
              + t.horizon + " with S[" + k + "][tau+e] > S[" + j + "][tau] is " + show(truth)
              + " (kernel AllZero.justOvertake)");
        }
        jump[k][j] = d;
        idx++;
      }
    }
    return jump;
  }

  private static String show(int d) {
    return d < 0 ? "none within the horizon" : Integer.toString(d);
  }

  /** Verifies "all-zero is a PNE at tau" given verified jumps; returns the basis. */
  static String allZeroPne(KernelTables t, int tau, int[][] jump) {
    for (int k = 1; k < t.size(); k++) {
      for (int j = 0; j < k; j++) {
        int d = jump[k][j];
        if (d >= 0 && !t.exact() && Math.abs(t.jumpMargin(k, j, d)) <= t.flagUnits()) {
          throw new Rejection("undecided within rounding tolerance: jump " + k + " -> " + j + " has margin "
              + t.jumpMargin(k, j, d) + " kernel units, within the conversion bound " + t.flagUnits());
        }
      }
    }
    boolean hyp = Certificates.prop45Hypotheses(t.score, t.cost, t.reward, tau, t.horizon);
    if (hyp && Certificates.checkAllZeroPne(t.score, t.cost, t.reward, tau, t.horizon, jump)) {
      return "discrete, exact: kernel Certificates.checkAllZeroPne";
    }
    if (!hyp && AllZero.isAllZeroPne(t.score, t.cost, t.reward, tau, t.horizon)) {
      return "discrete, exact: jump certificate hypotheses (C1 at tau, monotone rows, C[0]=0) fail, so decided"
          + " by the definition, kernel AllZero.isAllZeroPne";
    }
    int[] d = AllZero.firstProfitableDeviation(t.score, t.cost, t.reward, tau, t.horizon);
    throw new Rejection("all-zero is not a PNE at tau=" + tau + ": model " + d[0] + " gains "
        + ReasonNumbers.show(t.gain(tau, d[0], d[1])) + " by " + d[1] + " steps at extra cost "
        + ReasonNumbers.show(t.extraCost(d[0], d[1])) + " (kernel AllZero.firstProfitableDeviation)");
  }

  /** Verifies a claimed profitable deviation from all-zero at {@code tau}. */
  static void deviation(KernelTables t, int tau, JsonNode c, String path) {
    Fields.only(c, path, "kind", "model", "effort", "gain", "cost");
    if (c.has("kind") && !Fields.string(c, path, "kind").equals("profitable-deviation")) {
      throw new InvalidGameException(Fields.at(path, "kind"), "must be \"profitable-deviation\"", c.get("kind"));
    }
    int i = Fields.integer(c, path, "model", 0);
    int e = Fields.integer(c, path, "effort", 0);
    if (i >= t.size() || e > t.horizon) {
      throw new Rejection(path + ": deviation (model " + i + ", effort " + e + ") is outside the game (n="
          + t.size() + ", E=" + t.horizon + ")");
    }
    double gain = t.gain(tau, i, e);
    double cost = t.extraCost(i, e);
    if (!Certificates.checkAllZeroNotPne(t.score, t.cost, t.reward, tau, t.horizon, i, e)) {
      throw new Rejection(path + ": model " + i + " playing " + e + " steps against all-zero at tau=" + tau
          + " is not profitable: it reaches rank " + t.rank(tau, i, e) + " from " + t.rank(tau, i, 0) + ", gains "
          + ReasonNumbers.show(gain) + " at extra cost " + ReasonNumbers.show(cost) + " (kernel Certificates.checkAllZeroNotPne)");
    }
    if (!t.exact() && Math.abs(t.deviationMargin(tau, i, e)) <= t.flagUnits()) {
      throw new Rejection("undecided within rounding tolerance: deviation margin " + t.deviationMargin(tau, i, e)
          + " kernel units, within the conversion bound " + t.flagUnits());
    }
    double cg = Fields.number(c, path, "gain");
    double cc = Fields.number(c, path, "cost");
    if (!ReasonNumbers.close(cg, gain, STATED_TOLERANCE)) {
      throw new Rejection(path + ".gain: claimed " + ReasonNumbers.show(cg) + ", but the rank reached gives "
          + ReasonNumbers.show(gain) + " (relative tolerance " + STATED_TOLERANCE + ")");
    }
    if (!ReasonNumbers.close(cc, cost, STATED_TOLERANCE)) {
      throw new Rejection(path + ".cost: claimed " + ReasonNumbers.show(cc) + ", but c_i(e) - c_i(0) = " + ReasonNumbers.show(cost)
          + " (relative tolerance " + STATED_TOLERANCE + ")");
    }
  }

  static CheckResult threshold(Game g, JsonNode r) {
    Fields.only(r, "", "schema", "query", "mode", "steps", "maxTau", "tauStar", "certificate");
    int maxTau = Fields.integer(r, "", "maxTau", 0);
    KernelTables t = KernelTables.of(g, maxTau, Fields.integer(r, "", "steps", 0), "maxTau", "steps");
    int star = Fields.integerOrNull(r, "", "tauStar");
    JsonNode c = Fields.object(r, "", "certificate");
    if (star > maxTau) {
      throw new Rejection("tauStar " + star + " is beyond maxTau " + maxTau);
    }
    if (star < 0) {
      Fields.only(c, "certificate", "kind", "atMaxTau");
      Fields.string(c, "certificate", "kind", "no-threshold");
      deviation(t, maxTau, Fields.object(c, "certificate", "atMaxTau"), "certificate.atMaxTau");
      for (int tau = 0; tau < maxTau; tau++) {
        if (AllZero.isAllZeroPne(t.score, t.cost, t.reward, tau, t.horizon)) {
          throw new Rejection("a threshold exists: all-zero is a PNE at tau=" + tau + " (kernel"
              + " AllZero.isAllZeroPne), so tauStar is not null");
        }
      }
      return CheckResult.accept("discrete, exact: deviation at maxTau by kernel Certificates.checkAllZeroNotPne,"
          + " and no PNE at every tau < maxTau by kernel AllZero.isAllZeroPne");
    }
    Fields.only(c, "certificate", "kind", "jumpsAtStar", "below");
    Fields.string(c, "certificate", "kind", "threshold");
    int[][] jump = jumps(t, star, Fields.array(c, "certificate", "jumpsAtStar"), "certificate.jumpsAtStar");
    String basis;
    try {
      basis = allZeroPne(t, star, jump);
    } catch (Rejection e) {
      throw new Rejection("tauStar " + star + " does not stabilize: " + e.getMessage());
    }
    JsonNode below = Fields.required(c, "certificate", "below");
    if (star == 0) {
      if (!below.isNull()) {
        throw new InvalidGameException("certificate.below", "must be null when tauStar is 0", below);
      }
    } else {
      if (below.isNull()) {
        throw new Rejection("certificate.below is null: no violating deviation at tau=" + (star - 1)
            + " shows that tauStar " + star + " is least");
      }
      try {
        deviation(t, star - 1, below, "certificate.below");
      } catch (Rejection e) {
        throw new Rejection("tauStar " + star + " is not shown least: " + e.getMessage());
      }
      // Leastness from Prop 5.3 (discrete, TbtStability.allZeroPnePersists): when its hypotheses hold at every
      // smaller tau, checked exactly by ThresholdCertificate.checkLeastThreshold (proved: its contract says that on
      // acceptance no tau < tauStar makes all-zero a PNE, proofs/STATUS.md), the violation at tauStar - 1 rules out
      // every smaller tau. When they fail, every smaller tau is re-checked directly.
      int bi = Fields.integer(below, "certificate.below", "model", 0);
      int be = Fields.integer(below, "certificate.below", "effort", 0);
      if (ThresholdCertificate.checkLeastThreshold(t.score, t.cost, t.reward, star, t.horizon, jump, bi, be)) {
        return CheckResult.accept(basis + " at tauStar; violating deviation below by kernel"
            + " Certificates.checkAllZeroNotPne; leastness by Prop 5.3, its hypotheses checked at every smaller tau"
            + " by kernel ThresholdCertificate.checkLeastThreshold" + exactness(t));
      }
      for (int tau = 0; tau < star - 1; tau++) {
        if (AllZero.isAllZeroPne(t.score, t.cost, t.reward, tau, t.horizon)) {
          throw new Rejection("tauStar " + star + " is not least: all-zero is already a PNE at tau=" + tau
              + " (kernel AllZero.isAllZeroPne; Prop 5.3's monotonicity fails on this game)");
        }
      }
    }
    return CheckResult.accept(basis + " at tauStar; violating deviation below by kernel"
        + " Certificates.checkAllZeroNotPne; " + (star == 0 ? "tauStar is 0" : "Prop 5.3's hypotheses fail below"
        + " tauStar, so every smaller tau was re-checked by AllZero.isAllZeroPne") + exactness(t));
  }

  static CheckResult enumerate(Game g, JsonNode r) {
    Fields.only(r, "", "schema", "query", "mode", "tau", "steps", "equilibria");
    int tau = Fields.integer(r, "", "tau", 0);
    KernelTables t = KernelTables.of(g, tau, Fields.integer(r, "", "steps", 0));
    if (Enumeration.profileCount(t.size(), t.horizon) < 0) {
      throw new InvalidGameException("steps", "(E+1)^n must be at most " + Enumeration.MAX_PROFILES
          + " profiles to check an enumeration", "E=" + t.horizon + ", n=" + t.size());
    }
    JsonNode a = Fields.array(r, "", "equilibria");
    int[][] claimed = new int[a.size()][];
    for (int p = 0; p < a.size(); p++) {
      JsonNode row = a.get(p);
      String path = "equilibria[" + p + "]";
      if (!row.isArray() || row.size() != t.size()) {
        throw new InvalidGameException(path, "must be an array of " + t.size() + " efforts", row);
      }
      claimed[p] = new int[t.size()];
      for (int i = 0; i < t.size(); i++) {
        claimed[p][i] = Fields.integer(row.get(i), path + "[" + i + "]", 0);
      }
    }
    if (Certificates.checkPneSet(t.score, t.cost, t.reward, tau, t.horizon, claimed)) {
      // checkPneSet's contract (accept iff the claim is the PNE set in Gambit order) is proved by OpenJML and open
      // in KeY (proofs/STATUS.md); the basis names the one verifier, so that nobody reads it as proved by both.
      return CheckResult.accept("discrete, exact: kernel Certificates.checkPneSet (exhaustive enumeration; its"
          + " contract is proved by OpenJML, not yet by KeY, and tested against brute force)");
    }
    int[][] actual = FastEnumeration.allPne(t.score, t.cost, t.reward, tau, t.horizon);
    for (int[] p : claimed) {
      if (Arrays.stream(p).anyMatch(e -> e > t.horizon)) {
        throw new Rejection("claimed equilibrium " + Arrays.toString(p) + " has an effort beyond E=" + t.horizon);
      }
      if (!contains(actual, p)) {
        int[] dev = FastEnumeration.profitableDeviation(t.score, t.cost, t.reward, tau, t.horizon, p);
        throw new Rejection("claimed equilibrium " + Arrays.toString(p) + " is not a PNE: model " + dev[0]
            + " gains by playing " + dev[1] + " (kernel Certificates.checkProfitableDeviation)");
      }
    }
    for (int[] p : actual) {
      if (!contains(claimed, p)) {
        throw new Rejection("the PNE " + Arrays.toString(p) + " is missing (kernel Enumeration.allPne)");
      }
    }
    throw new Rejection("equilibria must be listed once each, in Gambit order (player 0's effort varying fastest)");
  }

  private static boolean contains(int[][] set, int[] p) {
    for (int[] q : set) {
      if (Arrays.equals(q, p)) {
        return true;
      }
    }
    return false;
  }
}
