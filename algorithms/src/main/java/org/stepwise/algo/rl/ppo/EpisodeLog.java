package org.stepwise.algo.rl.ppo;

import java.util.Arrays;

/**
 * The episodes played so far: their returns, appended to an array that only grows (a snapshot
 * keeps the array and the count it saw, so the entries it reads never change), and the cart's
 * path through the episode under way and the last one finished (x, θ and the push at each step),
 * kept in two buffers that swap when an episode ends, for the view's animation.
 */
final class EpisodeLog {

    private double[] returns = new double[64];
    private int episodes;
    private double[][] current;
    private double[][] finished;
    private int currentLength;
    private int finishedLength;
    private boolean finishedFell;

    EpisodeLog(int maxSteps) {
        current = new double[3][maxSteps];
        finished = new double[3][maxSteps];
    }

    /** Records one step of the episode under way: the cart's position and pole angle after it, and the push. */
    void step(double x, double theta, int action) {
        current[0][currentLength] = x;
        current[1][currentLength] = theta;
        current[2][currentLength] = action;
        currentLength++;
    }

    /** Ends the episode under way with its return; {@code fell} when the pole fell or the cart ran off. */
    void end(double episodeReturn, boolean fell) {
        if (episodes == returns.length) {
            returns = Arrays.copyOf(returns, episodes * 2);
        }
        returns[episodes++] = episodeReturn;
        double[][] swap = finished;
        finished = current;
        current = swap;
        finishedLength = currentLength;
        finishedFell = fell;
        currentLength = 0;
    }

    int episodes() { return episodes; }

    /** The shared array of returns (read its first {@link #episodes()} entries only). */
    double[] returns() { return returns; }

    /** Mean return of the last {@code window} episodes (fewer when fewer have ended); NaN before the first. */
    double meanOfLast(int window) {
        int from = Math.max(0, episodes - window);
        if (episodes == from) {
            return Double.NaN;
        }
        double sum = 0;
        for (int i = from; i < episodes; i++) {
            sum += returns[i];
        }
        return sum / (episodes - from);
    }

    /** A copy of the last finished episode's path, or null before one has ended. */
    EpisodePath lastPath() {
        if (episodes == 0) {
            return null;
        }
        int[] pushes = new int[finishedLength];
        for (int i = 0; i < finishedLength; i++) {
            pushes[i] = (int) finished[2][i];
        }
        return new EpisodePath(episodes, Arrays.copyOf(finished[0], finishedLength),
                Arrays.copyOf(finished[1], finishedLength), pushes, finishedFell);
    }
}
