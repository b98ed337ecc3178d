package org.stepwise.algo;

/**
 * A fitted classifier of two features whose class probabilities can be evaluated in a batch,
 * for the decision-boundary grid. Implementations are immutable (usually the snapshot), so
 * several threads may evaluate disjoint parts of one grid at once.
 */
public interface ClassProbabilities {

    /** Number of classes K. */
    int classCount();

    /**
     * Writes {@code out[i * K + k] = P(class k | x = xs[i], y = ys[i])} for {@code i} in
     * {@code [0, count)}. Not modified: {@code xs}, {@code ys}. Modified: {@code out}, which the
     * caller owns (length at least {@code count * K}). Allocates nothing.
     */
    void predictProbabilities(double[] xs, double[] ys, int count, double[] out);
}
