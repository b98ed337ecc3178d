package org.stepwise.algo.rl.cartpole;

/**
 * Every finished episode's return and the mean of the last 100 returns after it, appended as
 * the run goes. Snapshots share the arrays and read only the entries that existed when they were
 * taken (entries are written once and never changed); a full array is copied into one twice as
 * long, which the older snapshots do not see.
 */
final class EpisodeLog {

    private double[] returns = new double[256];
    private double[] means = new double[256];
    private int count;
    private double windowSum;

    void add(double episodeReturn) {
        if (count == returns.length) {
            returns = java.util.Arrays.copyOf(returns, 2 * count);
            means = java.util.Arrays.copyOf(means, 2 * count);
        }
        returns[count] = episodeReturn;
        windowSum += episodeReturn;
        if (count >= CartPoleSettings.WINDOW) {
            windowSum -= returns[count - CartPoleSettings.WINDOW];
        }
        count++;
        means[count - 1] = windowSum / Math.min(count, CartPoleSettings.WINDOW);
    }

    int count() { return count; }

    /** The live arrays (read up to {@link #count()}). */
    double[] returns() { return returns; }

    double[] means() { return means; }

    /** The mean of the last 100 returns (of all when fewer), 0 before the first episode ends. */
    double meanOfLast() { return count == 0 ? 0 : means[count - 1]; }
}
