package org.lbgame.kernel;

/** Pure Nash equilibria of the discrete follower game at a TbT level {@code tau}. */
public final class Equilibrium {

    private Equilibrium() {
    }

    /** Whether {@code effort} is a PNE: no model strictly raises its utility by a unilateral deviation in {@code 0..E}. */
    public static boolean isPne(long[][] score, long[][] cost, long[] reward, int tau, int horizon, int[] effort) {
        for (int i = 0; i < score.length; i++) {
            long current = Utility.deviationUtility(score, cost, reward, tau, effort, i, effort[i]);
            for (int e = 0; e <= horizon; e++) {
                if (Utility.deviationUtility(score, cost, reward, tau, effort, i, e) > current) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Least effort in {@code 0..E} maximizing model {@code i}'s utility against the others' {@code effort}. */
    public static int bestResponse(long[][] score, long[][] cost, long[] reward, int tau, int horizon, int[] effort,
            int i) {
        int best = 0;
        long bestValue = Utility.deviationUtility(score, cost, reward, tau, effort, i, 0);
        for (int e = 1; e <= horizon; e++) {
            long u = Utility.deviationUtility(score, cost, reward, tau, effort, i, e);
            if (u > bestValue) {
                best = e;
                bestValue = u;
            }
        }
        return best;
    }
}
