package org.lbgame.solve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.lbgame.model.Game;
import org.lbgame.model.ValidationReport;

/**
 * The solver's answer at one TbT level in summary form, for games too large to list every row: the
 * verdict and certificate exactly as {@link Solution} gives them, totals of the pairs and jumps by
 * status, the hardest adjacent pairs and the worst jumps that pay or are undecided.
 */
public final class SolutionSummary {
  private final Game game;
  private final double tau;
  private final double tolerance;
  private final double[] baseline;
  private final int[] ranking;
  private final long[] pairCounts;
  private final List<PairCheck> hardestPairs;
  private final long[] jumpCounts;
  private final long jumps;
  private final long examined;
  private final long pruned;
  private final long unreachableUnexamined;
  private final List<Deviation> violating;
  private final ValidationReport report;
  private final Verdict verdict;
  private final List<String> findings;
  private final Deviation deviation;
  private final double[] otherEquilibrium;
  private final Boolean checked;

  private SolutionSummary(Builder b, List<Deviation> violating, Game game, double tau, double tolerance,
      double[] baseline, int[] ranking, ValidationReport report, Verdict verdict, List<String> findings,
      Deviation deviation, double[] other, Boolean checked) {
    this.game = game;
    this.tau = tau;
    this.tolerance = tolerance;
    this.baseline = baseline;
    this.ranking = ranking;
    this.pairCounts = b.pairCounts.clone();
    this.hardestPairs = sorted(b.hardest,
        Comparator.comparingDouble(PairCheck::margin).thenComparingInt(PairCheck::pair));
    this.jumpCounts = b.jumpCounts.clone();
    this.jumps = b.total();
    this.examined = b.examined;
    this.pruned = b.pruned;
    this.unreachableUnexamined = b.unreachable;
    List<Deviation> v = new ArrayList<>(violating);
    v.sort(Comparator.comparingDouble(Deviation::margin));
    this.violating = Collections.unmodifiableList(v);
    this.report = report;
    this.verdict = verdict;
    this.findings = Collections.unmodifiableList(new ArrayList<>(findings));
    this.deviation = deviation;
    this.otherEquilibrium = other;
    this.checked = checked;
  }

  private static <T> List<T> sorted(PriorityQueue<T> q, Comparator<T> c) {
    List<T> l = new ArrayList<>(q);
    l.sort(c);
    return Collections.unmodifiableList(l);
  }

  /** The game solved. */
  public Game game() {
    return game;
  }

  /** The TbT level {@code tau}. */
  public double tau() {
    return tau;
  }

  /** The former tolerance of margins, 0: every margin is a proved enclosure (see {@link Solver#PRECISION}). */
  public double tolerance() {
    return tolerance;
  }

  /** Baseline scores {@code b_i(tau)}, model order. */
  public double[] baseline() {
    return baseline.clone();
  }

  /** The models in rank order at all-zero. */
  public int[] ranking() {
    return ranking.clone();
  }

  /** Number of adjacent pairs with status {@code s}. */
  public long pairs(Status s) {
    return pairCounts[s.ordinal()];
  }

  /** The adjacent pairs with the smallest margins, smallest first. */
  public List<PairCheck> hardestPairs() {
    return hardestPairs;
  }

  /** Every jump to a better rank (plus any cheaper same-rank move that pays): {@link Solution#jumps()}'s size. */
  public long jumps() {
    return jumps;
  }

  /** Jumps whose cost and gain were computed. */
  public long examined() {
    return examined;
  }

  /** Jumps skipped because the bound proves the solver's own enclosure of their margin is {@code >= 0} (see {@code JumpScan}). */
  public long pruned() {
    return pruned;
  }

  /** Jumps skipped because a nearer rank was already out of reach. */
  public long unreachableUnexamined() {
    return unreachableUnexamined;
  }

  /** Computed jumps with status {@code s} (skipped ones are safe and not counted here). */
  public long examined(Status s) {
    return jumpCounts[s.ordinal()];
  }

  /** The jumps that pay or are undecided with the smallest margins, smallest first. */
  public List<Deviation> violating() {
    return violating;
  }

  /** Number of jumps that pay or are undecided. */
  public long violatingCount() {
    return jumpCounts[Status.FAILS.ordinal()] + jumpCounts[Status.UNDECIDED.ordinal()];
  }

  /** The hypothesis report. */
  public ValidationReport report() {
    return report;
  }

  /** The verdict. */
  public Verdict verdict() {
    return verdict;
  }

  /** The verdict as printed, with its reason where it has one. */
  public String verdictSentence() {
    return verdict.sentence() + (verdict == Verdict.PNE_NOT_UNIQUE && otherEquilibrium != null ? " ("
        + Verdict.FLAT_COST + ")" : "");
  }

  /** Sentences saying what is established and what is not, and why. */
  public List<String> findings() {
    return findings;
  }

  /** The profitable deviation certifying that all-zero is not a PNE (null otherwise). */
  public Deviation deviation() {
    return deviation;
  }

  /** A second, verified PNE (extra efforts), or null. */
  public double[] otherEquilibrium() {
    return otherEquilibrium == null ? null : otherEquilibrium.clone();
  }

  /** Whether the independent checker accepted the certificate; null when there is none. */
  public Boolean certificateChecked() {
    return checked;
  }

  /** True when the adjacent condition is proved for every pair. */
  public boolean adjacentConditionHolds() {
    return pairs(Status.FAILS) == 0 && pairs(Status.UNDECIDED) == 0;
  }

  /** True when no deviation from all-zero pays or is undecided. */
  public boolean everyJumpConditionHolds() {
    return violatingCount() == 0;
  }

  /**
   * Collects the rows of a scan without keeping them. Rows are kept in a total order, margin then model and
   * row order, so that a row that cannot be kept is never made, and builders of consecutive model ranges
   * {@link #merge} into the builder of the whole.
   */
  static final class Builder {
    private final int listed;
    private final JumpScan scan;
    private final long[] pairCounts = new long[Status.values().length];
    private final long[] jumpCounts = new long[Status.values().length];
    private final PriorityQueue<PairCheck> hardest;
    private final PriorityQueue<Listed> violating;
    private long examined;
    private long pruned;
    private long unreachable;
    private Listed pays;
    private Listed firstUndecided;

    /** A kept row, with what its witness needs when the scan left it to be found ({@code from} NaN: final). */
    private static final class Listed {
      final Deviation row;
      final double from;
      final double limit;
      /** Model and row order: the model in the high half, the row in the low half. */
      final long seq;

      Listed(Deviation row, double from, double limit, long seq) {
        this.row = row;
        this.from = from;
        this.limit = limit;
        this.seq = seq;
      }

      /** Smaller margin first, then model and row order. */
      int compareTo(Listed o) {
        int c = Double.compare(row.margin(), o.row.margin());
        return c != 0 ? c : Long.compare(seq, o.seq);
      }
    }

    Builder(int listed, JumpScan scan) {
      this.listed = Math.max(1, listed);
      this.scan = scan;
      // the worst kept pair at the head: largest margin, then latest pair (a total order, so that builders merge)
      this.hardest = new PriorityQueue<>(Comparator.comparingDouble(PairCheck::margin).thenComparingInt(PairCheck::pair)
          .reversed());
      this.violating = new PriorityQueue<>((x, y) -> y.compareTo(x));
    }

    void pair(PairCheck p) {
      pair(p, true);
    }

    /**
     * Pair {@code k} with status {@code s} and margin {@code margin} from the primitive pass: counted, and made
     * with {@link PairCheck#of} only when it is kept.
     */
    void pair(int k, Status s, double margin, Game g, double tau) {
      pairCounts[s.ordinal()]++;
      PairCheck worst = hardest.size() < listed ? null : hardest.peek();
      if (worst == null || Double.compare(margin, worst.margin()) < 0
          || Double.compare(margin, worst.margin()) == 0 && k < worst.pair()) {
        pair(PairCheck.of(g, tau, k), false);
      }
    }

    private void pair(PairCheck p, boolean count) {
      if (count) {
        pairCounts[p.status().ordinal()]++;
      }
      hardest.add(p);
      if (hardest.size() > listed) {
        hardest.poll();
      }
    }

    /** The rows of one model in the full solver's order: those it lists as jumps are counted and the worst kept. */
    void rows(JumpScan.Rows r) {
      for (int m = 0; m < r.size(); m++) {
        Deviation d = r.row(m);
        if (d.toRank() < d.fromRank() || !d.status().safe()) {
          jump(new Listed(d, r.witnessFrom(m), r.witnessLimit(m), seq(d.model(), m)));
        }
      }
      pruned += r.pruned();
      unreachable += r.unreachable();
    }

    /** {@link #rows(JumpScan.Rows)} for the rows of the primitive pass: a row is made only when it is kept. */
    void rows(PowerLawPass p) {
      int from = p.fromRank();
      for (int m = 0; m < p.size(); m++) {
        Status s = p.status(m);
        if (p.toRank(m) >= from && s.safe()) {
          continue;
        }
        examined++;
        jumpCounts[s.ordinal()]++;
        if (s.safe()) {
          continue;
        }
        // not undecided: the primitive pass refuses those models
        double margin = p.margin(m);
        long q = seq(p.model(), m);
        boolean isPays = s == Status.FAILS && (pays == null || Double.compare(margin, pays.row.margin()) < 0);
        Listed worst = violating.size() < listed ? null : violating.peek();
        boolean kept = worst == null || Double.compare(margin, worst.row.margin()) < 0
            || Double.compare(margin, worst.row.margin()) == 0 && q < worst.seq;
        if (isPays || kept) {
          Listed l = new Listed(p.row(m), p.witnessFrom(m), p.witnessLimit(m), q);
          if (isPays) {
            pays = l;
          }
          if (kept) {
            keep(l);
          }
        }
      }
      pruned += p.pruned();
    }

    private static long seq(int model, int row) {
      return ((long) model << 32) | row;
    }

    private void jump(Listed l) {
      Deviation d = l.row;
      examined++;
      jumpCounts[d.status().ordinal()]++;
      // the first of the smallest margins, in model and row order, as the full solver picks it
      if (d.status() == Status.FAILS && (pays == null || Double.compare(d.margin(), pays.row.margin()) < 0)) {
        pays = l;
      }
      if (d.status() == Status.UNDECIDED && firstUndecided == null) {
        firstUndecided = l;
      }
      if (!d.status().safe()) {
        keep(l);
      }
    }

    private void keep(Listed l) {
      violating.add(l);
      if (violating.size() > listed) {
        violating.poll();
      }
    }

    /** Adds the pairs and rows of {@code o}, a builder of later models than every model this one has seen. */
    void merge(Builder o) {
      for (int s = 0; s < pairCounts.length; s++) {
        pairCounts[s] += o.pairCounts[s];
      }
      for (PairCheck p : o.hardest) {
        pair(p, false);
      }
      for (int s = 0; s < jumpCounts.length; s++) {
        jumpCounts[s] += o.jumpCounts[s];
      }
      examined += o.examined;
      pruned += o.pruned;
      unreachable += o.unreachable;
      if (o.pays != null && (pays == null || Double.compare(o.pays.row.margin(), pays.row.margin()) < 0)) {
        pays = o.pays;
      }
      if (firstUndecided == null) {
        firstUndecided = o.firstUndecided;
      }
      for (Listed l : o.violating) {
        keep(l);
      }
    }

    /** The row with its witness, found now if the scan left it. */
    private Deviation witnessed(Listed l) {
      return Double.isNaN(l.from) ? l.row : scan.witnessed(l.row, l.from, l.limit);
    }

    /** The paying jump with the smallest margin, its witness found (null when none pays). */
    Deviation pays() {
      return pays == null ? null : witnessed(pays);
    }

    /** The first undecided jump in model and row order (null when none). */
    Deviation firstUndecided() {
      return firstUndecided == null ? null : firstUndecided.row;
    }

    boolean adjacent() {
      return pairCounts[Status.FAILS.ordinal()] == 0 && pairCounts[Status.UNDECIDED.ordinal()] == 0;
    }

    long total() {
      return examined + pruned + unreachable;
    }

    SolutionSummary build(Game g, double tau, double tol, double[] baseline, int[] ranking, ValidationReport report,
        Verdict v, List<String> findings, Deviation deviation, double[] other, Boolean checked) {
      List<Deviation> rows = new ArrayList<>();
      for (Listed l : violating) {
        // the certificate's row is listed as the certificate has it
        rows.add(l == pays && deviation != null ? deviation : witnessed(l));
      }
      return new SolutionSummary(this, rows, g, tau, tol, baseline, ranking, report, v, findings, deviation, other,
          checked);
    }
  }
}
