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
  /** Relative tolerance: margins within {@code 1e-9 * max(1, max |r|)} are undecided. */
  public static final double RELATIVE_TOLERANCE = 1e-9;

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
    requireTau(tau);
    int n = g.size();
    double tol = tolerance(g);
    double[] zero = new double[n];
    double[] baseline = baseline(g, tau);
    JumpScan scan = JumpScan.of(g, tau, zero, tol, false, report);
    int[] ranking = ranking(g, tau, scan);
    List<PairCheck> pairs = new ArrayList<>();
    for (int k = 1; k < n; k++) {
      pairs.add(pairCheck(g, tau, k, tol));
    }
    List<Deviation> jumps = new ArrayList<>();
    JumpScan.Sink keep = (d, hi) -> {
      if (d.toRank() < d.fromRank() || !d.status().safe()) {
        jumps.add(d);
      }
      return true;
    };
    for (int i = 0; i < n; i++) {
      if (scan != null) {
        scan.scan(i, true, true, keep);
      } else {
        Deviations.of(g, tau, zero, i, tol).forEach(d -> keep.row(d, Double.NaN));
      }
    }
    Deviation pays = jumps.stream().filter(d -> d.status() == Status.FAILS)
        .min((a, b) -> Double.compare(a.margin(), b.margin())).orElse(null);
    boolean undecided = jumps.stream().anyMatch(d -> d.status() == Status.UNDECIDED);
    boolean adjacent = pairs.stream().allMatch(p -> p.status().safe());
    Outcome o = decide(g, tau, tol, report, pays, undecided, jumps.size(), adjacent, ranking);
    Boolean checked = pays != null ? Boolean.valueOf(ContinuousCertificate.checkDeviation(g, tau, pays))
        : o.verdict == Verdict.UNDECIDED ? null : Boolean.valueOf(ContinuousCertificate.checkAllZeroPne(g, tau, tol));
    return new Solution(g, tau, tol, baseline, ranking, pairs, jumps, report, o.verdict, o.findings, pays, o.other,
        o.other != null, checked);
  }

  /**
   * The same verdict as {@link #solve(Game, double, ValidationReport)}, with totals instead of every row:
   * the {@code listed} hardest pairs and worst paying or undecided jumps, and counts. Jumps that the bound
   * of {@link JumpScan} proves cannot pay are counted, not computed, so a game whose models cannot profit
   * from far jumps is solved in {@code O(n log n)}.
   */
  public static SolutionSummary summarize(Game g, double tau, ValidationReport report, int listed) {
    requireTau(tau);
    int n = g.size();
    double tol = tolerance(g);
    double[] zero = new double[n];
    double[] baseline = baseline(g, tau);
    JumpScan scan = JumpScan.of(g, tau, zero, tol, true, report);
    int[] ranking = ranking(g, tau, scan);
    SolutionSummary.Builder b = new SolutionSummary.Builder(listed);
    for (int k = 1; k < n; k++) {
      b.pair(pairCheck(g, tau, k, tol));
    }
    JumpScan.Sink keep = (d, hi) -> {
      if (d.toRank() < d.fromRank() || !d.status().safe()) {
        b.jump(d, hi);
      }
      return true;
    };
    for (int i = 0; i < n; i++) {
      if (scan != null) {
        scan.scan(i, false, false, keep);
      } else {
        Deviations.of(g, tau, zero, i, tol).forEach(d -> keep.row(d, Double.NaN));
      }
    }
    if (scan != null) {
      b.skipped(scan.skipped(), scan.unreachable());
    }
    Deviation pays = b.pays();
    if (pays != null && Double.isNaN(pays.witness())) {
      Deviations.Ranks ranks = scan != null ? scan.ranks() : Deviations.direct(g, totals(g, tau));
      pays = pays.withWitness(Deviations.witness(g, tau, pays.model(), pays.effort(), b.paysHi(), pays.costEffort(),
          pays.fromRank(), pays.currentCost(), ranks));
    }
    Outcome o = decide(g, tau, tol, report, pays, b.undecided(), b.total(), b.adjacent(), ranking);
    Boolean checked = pays != null ? Boolean.valueOf(ContinuousCertificate.checkDeviation(g, tau, pays))
        : o.verdict == Verdict.UNDECIDED ? null
            : Boolean.valueOf(ContinuousCertificate.checkAllZeroPneWalk(g, tau, tol, report));
    return b.build(g, tau, tol, baseline, ranking, report, o.verdict, o.findings, pays, o.other, checked);
  }

  /** The verdict, what it rests on, and a second equilibrium if one was found. */
  private static final class Outcome {
    final Verdict verdict;
    final List<String> findings;
    final double[] other;

    Outcome(Verdict verdict, List<String> findings, double[] other) {
      this.verdict = verdict;
      this.findings = findings;
      this.other = other;
    }
  }

  private static Outcome decide(Game g, double tau, double tol, ValidationReport report, Deviation pays,
      boolean undecided, long jumpCount, boolean adjacent, int[] ranking) {
    int n = g.size();
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
      findings.add("some deviation's margin is within the tolerance " + fmt(tol) + ": not decided in double arithmetic");
    } else {
      findings.add("all-zero is a PNE: checked by definition, no deviation to any rank pays ("
          + jumpCount + " jumps checked)");
      other = otherEquilibrium(g, tau, tol, report);
      if (other != null) {
        v = Verdict.PNE_NOT_UNIQUE;
        findings.add("the cost is flat on [0, " + fmt(g.cost().flatUntil()) + "]: the profile "
            + profileText(other) + " is also a PNE (verified by definition), payoff-equivalent for the"
            + " deviating model");
      } else if (failed.isEmpty()) {
        v = Verdict.UNIQUE_PNE;
        findings.add("it is the only PNE by Thm 4.6 (hypotheses " + names(THEOREM) + " hold)");
      } else {
        v = Verdict.PNE_UNIQUENESS_NOT_ESTABLISHED;
        findings.add("uniqueness is not established: Thm 4.6 needs " + names(failed) + ", which fail");
      }
    }
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
    return new Outcome(v, findings, other);
  }

  /** A profile for a finding: in full up to {@link #PROFILE_SHOWN} models, else its nonzero entries. */
  static String profileText(double[] e) {
    if (e.length <= PROFILE_SHOWN) {
      return java.util.Arrays.toString(e);
    }
    StringBuilder b = new StringBuilder("(" + e.length + " models, all zero except");
    for (int i = 0; i < e.length; i++) {
      if (e[i] != 0) {
        b.append(" model ").append(i + 1).append(" = ").append(e[i]);
      }
    }
    return b.append(')').toString();
  }

  /** Profiles longer than this are printed by their nonzero entries. */
  static final int PROFILE_SHOWN = 200;

  private static void requireTau(double tau) {
    if (!(tau >= 0) || Double.isInfinite(tau)) {
      throw new IllegalArgumentException("tau must be finite and >= 0, got " + tau);
    }
  }

  /** The tolerance of the game's margins: {@code 1e-9 max(1, max |r|)}. */
  static double tolerance(Game g) {
    return RELATIVE_TOLERANCE * Math.max(1, g.rewards().maxAbs());
  }

  private static double[] baseline(Game g, double tau) {
    double[] b = new double[g.size()];
    for (int i = 0; i < b.length; i++) {
      b[i] = g.curve(i).value(tau);
    }
    return b;
  }

  private static double[] totals(Game g, double tau) {
    double[] x = new double[g.size()];
    java.util.Arrays.fill(x, tau);
    return x;
  }

  /** The models in rank order at all-zero: the latent order when there is one, else by counting. */
  private static int[] ranking(Game g, double tau, JumpScan scan) {
    if (scan != null) {
      return scan.ranking();
    }
    int n = g.size();
    double[] x = totals(g, tau);
    int[] ranking = new int[n];
    for (int i = 0; i < n; i++) {
      ranking[Overtake.rank(g, x, i)] = i;
    }
    return ranking;
  }

  private static PairCheck pairCheck(Game g, double tau, int k, double tol) {
    double d = Overtake.justOvertakeEffort(g, tau, k);
    double gap = g.rewards().get(k - 1) - g.rewards().get(k);
    double c = d == Double.POSITIVE_INFINITY ? d : g.cost(k, d);
    Status s = d == Double.POSITIVE_INFINITY ? Status.UNREACHABLE
        : gap <= 0 && c >= 0 ? Status.HOLDS : Status.of(c - gap, tol);
    return new PairCheck(k, d, c, gap, s);
  }

  /**
   * A second PNE when effort is free near zero: some model adds costless effort that overtakes
   * nobody; the profile is then re-checked by definition. Null if none is found.
   */
  static double[] otherEquilibrium(Game g, double tau, double tol, ValidationReport report) {
    double flat = g.cost().flatUntil();
    if (!(flat > 0) || g.cost().cost(0) != 0) {
      return null;
    }
    int n = g.size();
    double[] zero = new double[n];
    JumpScan atZero = JumpScan.of(g, tau, zero, tol, true, report);
    for (int i = n - 1; i >= 0; i--) {
      // the least threshold is the nearest rival's (thresholds grow up the ranking: see JumpScan)
      double tmin = atZero != null ? atZero.nearestThreshold(i) : leastThreshold(g, tau, i);
      double room = Math.min(flat, tmin);
      if (!(room > 0)) {
        continue;
      }
      double e = Double.isInfinite(room) ? 1 : room / 2;
      double[] profile = zero.clone();
      profile[i] = e;
      if (atZero != null ? isPne(g, tau, profile, tol, report) : Deviations.isPne(g, tau, profile, tol)) {
        return profile;
      }
    }
    return null;
  }

  private static double leastThreshold(Game g, double tau, int i) {
    double tmin = Double.POSITIVE_INFINITY;
    for (int j = 0; j < g.size(); j++) {
      if (j != i && !Overtake.above(g, i, tau, j, tau)) {
        tmin = Math.min(tmin, Overtake.threshold(g, tau, i, j, tau));
      }
    }
    return tmin;
  }

  /** {@link Deviations#isPne} by the pruned scan: stops at the first row that pays or is undecided. */
  private static boolean isPne(Game g, double tau, double[] profile, double tol, ValidationReport report) {
    JumpScan scan = JumpScan.of(g, tau, profile, tol, true, report);
    boolean[] safe = {true};
    for (int i = 0; i < g.size() && safe[0]; i++) {
      scan.scan(i, false, false, (d, hi) -> safe[0] = d.status().safe());
    }
    return safe[0];
  }

  /** Six significant digits, locale-independent, for findings. */
  static String fmt(double v) {
    return Double.isInfinite(v) ? (v > 0 ? "inf" : "-inf") : String.format(java.util.Locale.ROOT, "%.6g", v);
  }

  static String names(Set<Hypothesis> hs) {
    return hs.stream().map(Hypothesis::label).collect(Collectors.joining(", "));
  }
}
