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

    /**
     * The most probable of K classes whose probabilities are at {@code probabilities[at ..]}: a
     * tie goes to the lowest class, as scikit-learn's {@code argmax} of {@code predict_proba}.
     */
    static int mostProbable(double[] probabilities, int at, int classes) {
        int best = 0;
        for (int c = 1; c < classes; c++) {
            if (probabilities[at + c] > probabilities[at + best]) {
                best = c;
            }
        }
        return best;
    }
}
