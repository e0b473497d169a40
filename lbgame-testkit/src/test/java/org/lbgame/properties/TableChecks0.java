package org.lbgame.properties;

import org.lbgame.gen.TableGame;

/** Small shape predicates used as property preconditions. */
final class TableChecks0 {
  private TableChecks0() {
  }

  /** SPEC section 5's reading of all-zero applies: C1 at tau, costs nondecreasing with c(0) = 0. */
  static boolean definitionApplies(TableGame t) {
    long[][] s = t.score();
    for (int i = 0; i + 1 < s.length; i++) {
      if (s[i][t.tau()] <= s[i + 1][t.tau()]) {
        return false;
      }
    }
    for (long[] c : t.cost()) {
      if (c[0] != 0) {
        return false;
      }
    }
    return costNondecreasing(t);
  }

  static boolean costNondecreasing(TableGame t) {
    for (long[] c : t.cost()) {
      for (int e = 0; e + 1 < c.length; e++) {
        if (c[e + 1] < c[e]) {
          return false;
        }
      }
    }
    return true;
  }
}
