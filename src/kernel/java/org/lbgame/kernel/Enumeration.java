package org.lbgame.kernel;

/** Exhaustive pure-equilibrium enumeration of the discrete game, for small {@code n} and {@code E}. */
public final class Enumeration {

    /** Largest number of profiles {@code (E+1)^n} the enumeration accepts. */
    public static final int MAX_PROFILES = 1048576;

    private Enumeration() {
    }

    /** Number of profiles {@code (E+1)^n}, or -1 if it exceeds {@link #MAX_PROFILES}. */
    public static int profileCount(int n, int horizon) {
        int total = 1;
        for (int i = 0; i < n; i++) {
            if (total > MAX_PROFILES / (horizon + 1)) {
                return -1;
            }
            total = total * (horizon + 1);
        }
        return total;
    }

    /** The profile with Gambit index {@code index}: player 0's effort varies fastest. */
    public static int[] profileAt(int n, int horizon, int index) {
        int[] effort = new int[n];
        int rest = index;
        for (int i = 0; i < n; i++) {
            effort[i] = rest % (horizon + 1);
            rest = rest / (horizon + 1);
        }
        return effort;
    }

    /** Every PNE profile, in Gambit's order (player 0's effort varying fastest). */
    public static int[][] allPne(long[][] score, long[][] cost, long[] reward, int tau, int horizon) {
        int n = score.length;
        int total = profileCount(n, horizon);
        boolean[] pne = new boolean[total];
        int found = 0;
        for (int p = 0; p < total; p++) {
            pne[p] = Equilibrium.isPne(score, cost, reward, tau, horizon, profileAt(n, horizon, p));
            if (pne[p]) {
                found++;
            }
        }
        int[][] result = new int[found][];
        int next = 0;
        for (int p = 0; p < total; p++) {
            if (pne[p]) {
                result[next] = profileAt(n, horizon, p);
                next++;
            }
        }
        return result;
    }
}
