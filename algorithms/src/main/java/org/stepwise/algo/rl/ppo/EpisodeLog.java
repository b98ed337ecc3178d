package org.stepwise.algo.rl.ppo;

import java.util.Arrays;

/**
 * The episodes played so far: their returns (a {@link Series}), and the cart's
 * path through the episode under way and the last one finished (x, θ and the push at each step),
 * kept in two buffers that swap when an episode ends, for the view's animation.
 */
final class EpisodeLog {

    private final Series returns = new Series();
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
        returns.add(episodeReturn);
        double[][] swap = finished;
        finished = current;
        current = swap;
        finishedLength = currentLength;
        finishedFell = fell;
        currentLength = 0;
    }

    int episodes() { return returns.count(); }

    /** The episodes' returns so far. */
    Series returns() { return returns; }

    /** A copy of the last finished episode's path, or null before one has ended. */
    EpisodePath lastPath() {
        if (returns.count() == 0) {
            return null;
        }
        int[] pushes = new int[finishedLength];
        for (int i = 0; i < finishedLength; i++) {
            pushes[i] = (int) finished[2][i];
        }
        return new EpisodePath(returns.count(), Arrays.copyOf(finished[0], finishedLength),
                Arrays.copyOf(finished[1], finishedLength), pushes, finishedFell);
    }
}
