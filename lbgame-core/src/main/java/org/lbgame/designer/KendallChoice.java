package org.lbgame.designer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.lbgame.model.Designer;
import org.lbgame.model.Game;

/**
 * The designer's choice in the smooth (Kendall) variant, located exactly: {@code K(tau)} and the indicator only
 * change where the follower profile of {@link Stackelberg#smoothAt} changes (some jump starts or stops paying,
 * the most profitable one switches, or two baseline scores cross). Those breakpoints are bracketed by a fixed
 * log scan of {@code [0, top]} and located by bisection on the profile to relative {@link #RESOLUTION}; between
 * two breakpoints {@code K} is constant and {@code kappa} increasing, so the best level is a breakpoint (or 0).
 * The search range depends only on the game's threshold, never on a display grid, so {@code threshold} and
 * {@code curve} report the same choice. A profile that appears and vanishes between two scan points would be missed.
 */
final class KendallChoice {
  /** Scan points per decade that bracket the breakpoints. */
  static final int PER_DECADE = 24;
  /** Decades below 1 scanned (TbT levels down to 10^-3). */
  static final int LOW_DECADES = 3;
  /** Relative resolution of a located breakpoint. */
  static final double RESOLUTION = 1e-12;
  /** How the choice is computed, for reports. */
  static final String METHOD = "exact over breakpoints: the follower profile's changes are bracketed by a log scan ("
      + PER_DECADE + " points per decade, from 1e-" + LOW_DECADES + ") and located by bisection to relative "
      + RESOLUTION + "; K is constant between breakpoints and kappa increasing, so only breakpoints are candidates";

  private final List<SmoothPoint> breakpoints;
  private final SmoothPoint best;

  private KendallChoice(List<SmoothPoint> breakpoints, SmoothPoint best) {
    this.breakpoints = breakpoints;
    this.best = best;
  }

  /** The exact smooth choice on {@code [0, top]}. */
  static KendallChoice of(Game g, Designer d, double top) {
    List<Double> scan = new ArrayList<>();
    scan.add(0.0);
    int decades = (int) Math.ceil(Math.log10(Math.max(1, top))) + LOW_DECADES;
    for (int j = PER_DECADE * decades; j >= 0; j--) {
      scan.add(top * Math.pow(10, -(double) j / PER_DECADE));
    }
    List<SmoothPoint> candidates = new ArrayList<>();
    SmoothPoint left = Stackelberg.smoothAt(g, d, 0);
    candidates.add(left);
    for (int k = 1; k < scan.size(); k++) {
      double b = scan.get(k);
      if (!(b > left.tau())) {
        continue;
      }
      SmoothPoint right = Stackelberg.smoothAt(g, d, b);
      // every change of profile between left and right, located by bisection on "same profile as left"
      while (!same(left, right)) {
        double lo = left.tau();
        double hi = right.tau();
        SmoothPoint atHi = right;
        while (hi - lo > RESOLUTION * Math.max(1e-300, hi)) {
          double mid = lo + (hi - lo) / 2;
          if (mid <= lo || mid >= hi) {
            break;
          }
          SmoothPoint m = Stackelberg.smoothAt(g, d, mid);
          if (same(left, m)) {
            lo = mid;
          } else {
            hi = mid;
            atHi = m;
          }
        }
        candidates.add(atHi);
        left = atHi;
      }
      left = right;
    }
    SmoothPoint best = null;
    for (SmoothPoint p : candidates) {
      if (best == null || p.smoothUtility() > best.smoothUtility()) {
        best = p;
      }
    }
    return new KendallChoice(candidates, best);
  }

  private static boolean same(SmoothPoint a, SmoothPoint b) {
    return a.pne() == b.pne() && Arrays.equals(a.ranking(), b.ranking());
  }

  /** Level 0 and every located breakpoint (the first level of each new profile), increasing. */
  List<SmoothPoint> breakpoints() {
    return breakpoints;
  }

  /** The level with the best smooth utility (the smallest such level). */
  SmoothPoint best() {
    return best;
  }
}
