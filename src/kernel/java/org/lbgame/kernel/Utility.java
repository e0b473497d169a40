package org.lbgame.kernel;

/** Developer utility {@code u_i(e) = r_{rank_i(e)} - c_i(e_i)} on the discrete game. */
public final class Utility {

    private Utility() {
    }

    /** Utility of model {@code i} under the profile {@code effort}. */
    public static long utility(long[][] score, long[][] cost, long[] reward, int tau, int[] effort, int i) {
        return deviationUtility(score, cost, reward, tau, effort, i, effort[i]);
    }

    /** Utility of model {@code i} when it alone plays {@code e} and the others play {@code effort}. */
    public static long deviationUtility(long[][] score, long[][] cost, long[] reward, int tau, int[] effort,
            int i, int e) {
        int r = Ranking.rankAfterDeviation(score, tau, effort, i, e);
        return reward[r] - cost[i][e];
    }
}
