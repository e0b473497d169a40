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

  /** Profiles longer than this are printed by their nonzero entries. */
  static final int PROFILE_SHOWN = 200;

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
    double[] zero = new double[n];
    double[] baseline = baseline(g, tau);
    boolean[] orderOpen = new boolean[1];
    int[] ranking = ranking(g, tau, null, orderOpen);
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
    Deviation open = jumps.stream().filter(d -> d.status() == Status.UNDECIDED).findFirst().orElse(null);
    boolean adjacent = pairs.stream().allMatch(p -> p.status().safe());
    Outcome o = decide(g, tau, report, pays, open, jumps.size(), adjacent, ranking, orderOpen[0], null);
    Boolean checked = pays != null ? Boolean.valueOf(ContinuousCertificate.checkDeviation(g, tau, pays))
        : o.verdict == Verdict.UNDECIDED ? null : Boolean.valueOf(ContinuousCertificate.checkAllZeroPne(g, tau));
    return new Solution(g, tau, RELATIVE_TOLERANCE, baseline, ranking, pairs, jumps, report, o.verdict, o.findings,
        pays, o.other, o.other != null, checked);
  }

  /**
   * The same verdict, findings and certificate as {@link #solve(Game, double, ValidationReport)}, with
   * totals instead of every row: the {@code listed} hardest pairs and worst paying or undecided jumps (the
   * full solver's rows, bounds and witnesses included), and counts. On games whose pairs share one latent
   * and whose cost is nondecreasing, jumps that {@link JumpScan}'s bound proves to hold in the solver's
   * own enclosures are counted, not computed, so the game is solved in {@code O(n log n)} when models
   * cannot profit from far jumps.
   */
  public static SolutionSummary summarize(Game g, double tau, ValidationReport report, int listed) {
    return summarize(g, tau, report, listed, Runtime.getRuntime().availableProcessors() > 1 ? PARALLEL_ABOVE
        : Integer.MAX_VALUE);
  }

  /** {@link #summarize(Game, double, ValidationReport, int)}, split over two threads from {@code split} models on. */
  static SolutionSummary summarize(Game g, double tau, ValidationReport report, int listed, int split) {
    requireTau(tau);
    int n = g.size();
    double[] zero = new double[n];
    double[] baseline = baseline(g, tau);
    JumpScan scan = JumpScan.of(g, tau, zero);
    SolutionSummary.Builder b = new SolutionSummary.Builder(listed, scan);
    int half = scan != null && n >= split ? n / 2 : n;
    SolutionSummary.Builder second = half < n ? new SolutionSummary.Builder(listed, scan) : null;
    // each thread ranks its own models first (the scan reads only those), then scans them
    int[] rankOf = scan != null ? new int[n] : null;
    if (scan != null) {
      scan.rememberRanks(rankOf);
    }
    CheckerIndex[] checker = new CheckerIndex[1];
    Thread helper = null;
    RuntimeException[] failed = new RuntimeException[1];
    if (second != null) {
      // the later half of the models on a second core; builders of consecutive ranges merge exactly; then the
      // independent checker's index, which does not depend on the scan
      helper = new Thread(() -> {
        try {
          ranks(scan, rankOf, half, n);
          scanModels(g, tau, scan, second, half, n);
          checker[0] = n > ContinuousCertificate.INDEXED_ABOVE ? CheckerIndex.of(g, tau) : null;
        } catch (RuntimeException | Error e) {
          failed[0] = e instanceof RuntimeException ? (RuntimeException) e : new IllegalStateException(e);
        }
      }, "lbgame-scan");
      helper.setDaemon(true);
      helper.start();
    }
    if (scan != null) {
      ranks(scan, rankOf, 0, half);
    }
    scanModels(g, tau, scan, b, 0, half);
    if (helper != null) {
      join(helper);
      if (failed[0] != null) {
        throw failed[0];
      }
      b.merge(second);
    }
    boolean[] orderOpen = new boolean[1];
    int[] ranking = ranking(g, tau, rankOf, orderOpen);
    Deviation pays = b.pays();
    Outcome o = decide(g, tau, report, pays, b.firstUndecided(), b.total(), b.adjacent(), ranking, orderOpen[0],
        scan);
    Boolean checked = pays != null ? Boolean.valueOf(ContinuousCertificate.checkDeviation(g, tau, pays, checker[0]))
        : o.verdict == Verdict.UNDECIDED ? null
            : Boolean.valueOf(ContinuousCertificate.checkAllZeroPne(g, tau, checker[0]));
    return b.build(g, tau, RELATIVE_TOLERANCE, baseline, ranking, report, o.verdict, o.findings, pays, o.other,
        checked);
  }

  /** Games with at least this many models are scanned on two cores (a thread costs more than small games take). */
  static final int PARALLEL_ABOVE = 20_000;

  /**
   * The adjacent pairs and the rows of models {@code from..to-1} into {@code b}: the primitive pass where it
   * decides, else every row.
   */
  private static void scanModels(Game g, double tau, JumpScan scan, SolutionSummary.Builder b, int from, int to) {
    // pairs k in [from, to) (pair k: model k overtaking model k - 1)
    PowerLawPass p = scan != null ? scan.newPass() : null;
    for (int k = Math.max(1, from); k < to; k++) {
      Status s = p != null ? p.pair(k) : null;
      if (s != null) {
        b.pair(k, s, p.pairMargin(), g, tau);
      } else {
        b.pair(PairCheck.of(g, tau, k));
      }
    }
    double[] zero = new double[g.size()];
    for (int i = from; i < to; i++) {
      if (p != null && scan.fastRows(i, p)) {
        b.rows(p);
      } else {
        b.rows(scan != null ? scan.rows(i) : JumpScan.Rows.full(Deviations.of(g, tau, zero, i)));
      }
    }
  }

  private static void join(Thread t) {
    boolean interrupted = false;
    while (true) {
      try {
        t.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
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

  private static Outcome decide(Game g, double tau, ValidationReport report, Deviation pays, Deviation open,
      long jumpCount, boolean adjacent, int[] ranking, boolean orderOpen, JumpScan scan) {
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
        findings.add("Thm 4.6 does not apply (" + failing(failed, report) + "), so other PNE are not ruled out");
      }
    } else if (open != null) {
      v = Verdict.UNDECIDED;
      findings.add("undecided within precision: model " + (open.model() + 1) + " reaching rank " + (open.toRank() + 1)
          + " has margin " + fmt(open.margin()) + " in [" + open.marginBound().lower() + ", "
          + open.marginBound().upper() + "] (" + open.marginBound().arithmetic() + "), which contains 0"
          + (orderOpen ? "; the baseline order of some models is itself not decided" : ""));
    } else {
      findings.add("all-zero is a PNE: checked by definition, no deviation to any rank pays ("
          + jumpCount + " jumps checked)");
      other = otherEquilibrium(g, tau, scan != null);
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
        findings.add("uniqueness is not established: Thm 4.6 needs hypotheses that are not established ("
            + failing(failed, report) + ")");
      }
    }
    if (adjacent && pays != null) {
      Set<Hypothesis> shortcut = EnumSet.noneOf(Hypothesis.class);
      shortcut.addAll(report.failed());
      shortcut.retainAll(EnumSet.of(Hypothesis.C3, Hypothesis.COST_CONVEX, Hypothesis.COST_ZERO_AT_ZERO,
          Hypothesis.C1));
      findings.add("the adjacent condition holds for every pair, yet a deviation pays: Prop 4.5's adjacent shortcut"
          + " fails here" + (shortcut.isEmpty() ? "" : " (" + failing(shortcut, report) + ")"));
    } else if (!adjacent && pays == null && open == null) {
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

  private static void requireTau(double tau) {
    if (!(tau >= 0) || Double.isInfinite(tau)) {
      throw new IllegalArgumentException("tau must be finite and >= 0, got " + tau);
    }
  }

  private static double[] baseline(Game g, double tau) {
    double[] b = new double[g.size()];
    for (int i = 0; i < b.length; i++) {
      b[i] = g.curve(i).value(tau);
    }
    return b;
  }

  /**
   * The models in rank order at all-zero, each rank decided rigorously ({@link Overtake#rank}); where a
   * model's order is not decided within precision, {@code open[0]} is set and the middle of the
   * enclosures ranks it. The scan, when there is one, gives the same ranks by binary search.
   */
  private static int[] ranking(Game g, double tau, int[] rankOf, boolean[] open) {
    int n = g.size();
    double[] zero = new double[n];
    double[] x = null;
    int[] ranking = new int[n];
    for (int i = 0; i < n; i++) {
      int r = rankOf != null ? rankOf[i] : Overtake.rank(g, tau, zero, i);
      if (r < 0) {
        open[0] = true;
        if (x == null) {
          x = new double[n];
          java.util.Arrays.fill(x, tau);
        }
        r = Overtake.rank(g, x, i);
      }
      ranking[r] = i;
    }
    return ranking;
  }

  /** {@link JumpScan#currentRank} of models {@code from..to-1} into {@code rankOf}. */
  private static void ranks(JumpScan scan, int[] rankOf, int from, int to) {
    for (int i = from; i < to; i++) {
      rankOf[i] = scan.currentRank(i);
    }
  }


  /**
   * A second PNE when effort is free near zero: some model adds costless effort that overtakes
   * nobody; the profile is then re-checked by definition ({@link JumpScan#isPne} when {@code walk}, the
   * same answer as {@link Deviations#isPne}). Null if none is found.
   */
  static double[] otherEquilibrium(Game g, double tau, boolean walk) {
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
      JumpScan scan = walk ? JumpScan.of(g, tau, profile) : null;
      if (scan != null ? scan.isPne() : Deviations.isPne(g, tau, profile)) {
        return profile;
      }
    }
    return null;
  }

  /** Six significant digits, locale-independent, for findings. */
  static String fmt(double v) {
    return Double.isInfinite(v) ? (v > 0 ? "inf" : "-inf") : String.format(java.util.Locale.ROOT, "%.6g", v);
  }

  /** "C3 fail" for refuted hypotheses, "C2 undecided within precision" for open ones, both when both occur. */
  static String failing(Set<Hypothesis> hs, ValidationReport report) {
    Set<Hypothesis> open = EnumSet.noneOf(Hypothesis.class);
    open.addAll(hs);
    open.retainAll(report.undecided());
    Set<Hypothesis> refuted = EnumSet.noneOf(Hypothesis.class);
    refuted.addAll(hs);
    refuted.removeAll(open);
    String a = refuted.isEmpty() ? "" : names(refuted) + " fail";
    String b = open.isEmpty() ? "" : names(open) + " undecided within precision";
    return a.isEmpty() ? b : b.isEmpty() ? a : a + "; " + b;
  }

  static String names(Set<Hypothesis> hs) {
    return hs.stream().map(Hypothesis::label).collect(Collectors.joining(", "));
  }
}
