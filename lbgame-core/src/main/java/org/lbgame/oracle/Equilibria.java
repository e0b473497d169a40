package org.lbgame.oracle;

import org.lbgame.model.Game;
import org.lbgame.model.InvalidGameException;

/** The pure equilibria of a discrete game streamed to a consumer (what {@code lbgame enumerate} prints). */
public final class Equilibria {
  private Equilibria() {
  }

  /**
   * Every pure equilibrium of the discrete game of {@code g} at {@code tau} with horizon {@code steps},
   * handed to {@code sink} as found, in Gambit's order (player 0's effort varying fastest), as one effort
   * profile array that is reused: nothing is kept, so memory does not grow with the number of equilibria.
   * Returns how many there were.
   */
  public static long each(Game g, int tau, int steps, java.util.function.Consumer<int[]> sink) {
    if (steps == 0) {
      // horizon 0: every player has the single effort 0, so the one profile has no unilateral deviation and is
      // the one equilibrium (FastEnumeration.forEachPne does not read the tables for it); only the tables'
      // input errors are raised, in time linear in n and without the 10^6 table rows of a large game
      KernelTables.check(g, tau, 0);
      sink.accept(new int[g.size()]);
      return 1;
    }
    KernelTables t = KernelTables.of(g, tau, steps);
    if (FastEnumeration.profileCount(t.size(), t.horizon) < 0) {
      throw new InvalidGameException("steps", "(E+1)^n must be at most " + FastEnumeration.MAX_PROFILES
          + " profiles to enumerate", "E=" + t.horizon + ", n=" + t.size());
    }
    int n = t.size();
    int m = t.horizon + 1;
    int[] profile = new int[n];
    long[] count = {0};
    FastEnumeration.forEachPne(t.score, t.cost, t.reward, tau, t.horizon, idx -> {
      int rest = idx;
      for (int i = 0; i < n; i++) {
        profile[i] = rest % m;
        rest /= m;
      }
      count[0]++;
      sink.accept(profile);
    });
    return count[0];
  }

}
