package org.stepwise.algo.rl;

/**
 * A learning run's episodes: how many have ended, the last one's return (NaN before any), the
 * current one's return so far, its trace of cells from the start, whether one is under way, and the
 * last action ({@link LearningStep}).
 */
record EpisodeState(int episodes, double lastReturn, double currentReturn, int[] trace, boolean inEpisode,
                    LearningStep last) {
}
