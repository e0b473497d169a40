package org.lbgame.solve;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.lbgame.model.Game;
import org.lbgame.model.Hypotheses;
import org.lbgame.model.Hypothesis;
import org.lbgame.model.ValidationReport;

/**
 * The solver at a given TbT level, continuous effort (SPEC sections 2-3). All-zero is checked by the
 * definition of a PNE (every jump to every better rank); the adjacent condition is reported beside
 * it; uniqueness and nonexistence are claimed only when Thm 4.6's hypotheses were checked to hold.
 */
public final class Solver {
  /**
   * Former relative tolerance of margins. Decisions no longer use it: every margin is an enclosure
   * whose sign is proved (double intervals, then {@code BigInterval.DIGITS} digits), and a margin whose
   * enclosure contains 0 is undecided. Kept for callers that print it.
   */
  public static final double RELATIVE_TOLERANCE = 0;
  /** How a margin is decided, printed with every continuous answer. */
  public static final String PRECISION = "every margin is an enclosure proved in double interval arithmetic, re-evaluated"
      + " in " + org.lbgame.model.BigInterval.DIGITS + "-digit interval arithmetic where doubles do not decide its sign;"
      + " a margin whose enclosure still contains 0 is undecided within precision";

  /** The hypotheses Thm 4.6 (and Prop 4.3 behind it) needs for "unique" and "no PNE". */
  public static final Set<Hypothesis> THEOREM = EnumSet.of(Hypothesis.C1, Hypothesis.C2, Hypothesis.C3,
      Hypothesis.COST_CONVEX, Hypothesis.COST_ZERO_AT_ZERO, Hypothesis.COST_NONDECREASING,
      Hypothesis.COST_STRICTLY_INCREASING, Hypothesis.TIE_FAVOURS_HIGHER_CAPABILITY);

  private Solver() {
  }

  /** Solves the continuous follower game of {@code g} at {@code tau >= 0}. */
  public static Solution solve(Game g, double tau) {
    return solve(g, tau, Hypotheses.check(g));
  }

  /** As {@link #solve(Game, double)} with a precomputed hypothesis report. */
  public static Solution solve(Game g, double tau, ValidationReport report) {
    if (!(tau >= 0) || Double.isInfinite(tau)) {
      throw new IllegalArgumentException("tau must be finite and >= 0, got " + tau);
    }
    int n = g.size();
    double tol = RELATIVE_TOLERANCE;
    double[] zero = new double[n];
    double[] x = new double[n];
    double[] baseline = new double[n];
    int[] ranking = new int[n];
    for (int i = 0; i < n; i++) {
      x[i] = tau;
      baseline[i] = g.curve(i).value(tau);
    }
    boolean orderOpen = false;
    for (int i = 0; i < n; i++) {
      int r = Overtake.rank(g, tau, zero, i);
      orderOpen |= r < 0;
      ranking[r < 0 ? Overtake.rank(g, x, i) : r] = i;
    }
    List<PairCheck> pairs = new ArrayList<>();
    for (int k = 1; k < n; k++) {
      pairs.add(PairCheck.of(g, tau, k));
    }
    List<Deviation> jumps = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (Deviation d : Deviations.of(g, tau, zero, i)) {
        if (d.toRank() < d.fromRank() || !d.status().safe()) {
          jumps.add(d);
        }
      }
    }
    Deviation pays = jumps.stream().filter(d -> d.status() == Status.FAILS)
        .min((a, b) -> Double.compare(a.margin(), b.margin())).orElse(null);
    boolean undecided = jumps.stream().anyMatch(d -> d.status() == Status.UNDECIDED);
    Set<Hypothesis> failed = EnumSet.noneOf(Hypothesis.class);
    failed.addAll(report.failed());
    failed.retainAll(THEOREM);
    List<String> findings = new ArrayList<>();
    Verdict v;
    double[] other = null;
    if (pays != null) {
      findings.add("all-zero is not a PNE: model " + (pays.model() + 1) + " gains " + fmt(pays.gain())
          + " by moving from rank " + (pays.fromRank() + 1) + " to rank " + (pays.toRank() + 1) + " at cost "
          + fmt(pays.cost() - pays.currentCost()) + " (margin " + fmt(pays.margin()) + ")");
      if (failed.isEmpty()) {
        v = Verdict.NO_PNE;
        findings.add("no PNE exists: by Thm 4.6 any PNE is all-zero (hypotheses " + names(THEOREM) + " hold)");
      } else {
        v = Verdict.ALL_ZERO_NOT_PNE;
        findings.add("Thm 4.6 does not apply (" + names(failed) + " fail), so other PNE are not ruled out");
      }
    } else if (undecided) {
      v = Verdict.UNDECIDED;
      Deviation open = jumps.stream().filter(d -> d.status() == Status.UNDECIDED).findFirst().get();
      findings.add("undecided within precision: model " + (open.model() + 1) + " reaching rank " + (open.toRank() + 1)
          + " has margin " + fmt(open.margin()) + " in [" + open.marginBound().lower() + ", "
          + open.marginBound().upper() + "] (" + open.marginBound().arithmetic() + "), which contains 0"
          + (orderOpen ? "; the baseline order of some models is itself not decided" : ""));
    } else {
      findings.add("all-zero is a PNE: checked by definition, no deviation to any rank pays ("
          + jumps.size() + " jumps checked)");
      other = otherEquilibrium(g, tau);
      if (other != null) {
        v = Verdict.PNE_NOT_UNIQUE;
        findings.add("the cost is flat on [0, " + fmt(g.cost().flatUntil()) + "]: the profile "
            + java.util.Arrays.toString(other) + " is also a PNE (verified by definition), payoff-equivalent for the"
            + " deviating model");
      } else if (failed.isEmpty()) {
        v = Verdict.UNIQUE_PNE;
        findings.add("it is the only PNE by Thm 4.6 (hypotheses " + names(THEOREM) + " hold)");
      } else {
        v = Verdict.PNE_UNIQUENESS_NOT_ESTABLISHED;
        findings.add("uniqueness is not established: Thm 4.6 needs " + names(failed) + ", which fail");
      }
    }
    boolean adjacent = pairs.stream().allMatch(p -> p.status().safe());
    if (adjacent && pays != null) {
      Set<Hypothesis> shortcut = EnumSet.noneOf(Hypothesis.class);
      shortcut.addAll(report.failed());
      shortcut.retainAll(EnumSet.of(Hypothesis.C3, Hypothesis.COST_CONVEX, Hypothesis.COST_ZERO_AT_ZERO,
          Hypothesis.C1));
      findings.add("the adjacent condition holds for every pair, yet a deviation pays: Prop 4.5's adjacent shortcut"
          + " fails here" + (shortcut.isEmpty() ? "" : " (" + names(shortcut) + " fail)"));
    } else if (!adjacent && pays == null && !undecided) {
      findings.add("the adjacent condition fails for some pair although no deviation pays (the baseline is not in"
          + " capability order)");
    }
    for (Hypothesis h : THEOREM) {
      if (!report.failed().contains(h) && report.onlyOnGrid(h)) {
        findings.add(h.label() + " was checked on a dense grid only: claims resting on it are evidence-based");
      }
    }
    for (int r = 0; r < n; r++) {
      if (ranking[r] != r) {
        findings.add("at all-zero the ranking is not the capability order (model " + (ranking[r] + 1) + " is ranked "
            + (r + 1) + ")");
        break;
      }
    }
    Boolean checked = pays != null ? Boolean.valueOf(ContinuousCertificate.checkDeviation(g, tau, pays))
        : v == Verdict.UNDECIDED ? null : Boolean.valueOf(ContinuousCertificate.checkAllZeroPne(g, tau));
    return new Solution(g, tau, tol, baseline, ranking, pairs, jumps, report, v, findings, pays, other, other != null,
        checked);
  }

  /**
   * A second PNE when effort is free near zero: some model adds costless effort that overtakes
   * nobody; the profile is then re-checked by definition. Null if none is found.
   */
  static double[] otherEquilibrium(Game g, double tau) {
    double flat = g.cost().flatUntil();
    if (!(flat > 0) || g.cost().cost(0) != 0) {
      return null;
    }
    int n = g.size();
    double[] zero = new double[n];
    for (int i = n - 1; i >= 0; i--) {
      double tmin = Double.POSITIVE_INFINITY;
      for (int j = 0; j < n; j++) {
        if (j != i && !Overtake.above(g, i, tau, j, tau)) {
          tmin = Math.min(tmin, Overtake.threshold(g, tau, i, j, tau));
        }
      }
      double room = Math.min(flat, tmin);
      if (!(room > 0)) {
        continue;
      }
      double e = Double.isInfinite(room) ? 1 : room / 2;
      double[] profile = zero.clone();
      profile[i] = e;
      if (Deviations.isPne(g, tau, profile)) {
        return profile;
      }
    }
    return null;
  }

  /** Six significant digits, locale-independent, for findings. */
  static String fmt(double v) {
    return Double.isInfinite(v) ? (v > 0 ? "inf" : "-inf") : String.format(java.util.Locale.ROOT, "%.6g", v);
  }

  static String names(Set<Hypothesis> hs) {
    return hs.stream().map(Hypothesis::label).collect(Collectors.joining(", "));
  }
}
