package org.stepwise.algo.neighbors;

import org.stepwise.algo.ClassProbabilities;

/**
 * A fitted k-nearest-neighbours classifier: scikit-learn 1.2.1's {@code KNeighborsClassifier}
 * ({@code sklearn/neighbors/_classification.py}). The probability of class c at a query is
 * Σ wᵢ over the k nearest of class c, divided by Σ wᵢ over all k ({@code predict_proba}): with
 * uniform weights the fraction of the k votes; with distance weights wᵢ = 1/dᵢ, and a training
 * point at distance 0 takes all the weight. The predicted class is the most probable, a tie going
 * to the lowest class index, as scikit-learn's {@code mode} and {@code weighted_mode} do.
 *
 * <p>Immutable and shared by every snapshot of a run (the model does not change as the points are
 * classified one by one); queries allocate nothing and may run on several threads at once.
 */
public final class KnnClassifier extends FittedNeighbors implements ClassProbabilities {

    private final int[] labels;
    private final int classes;

    /**
     * @param x       training rows, row-major n × d, handed over (not copied)
     * @param labels  class index of each row, 0 .. classes − 1, handed over
     * @param classes K, the number of classes the data names (a class with no point gets probability 0)
     */
    KnnClassifier(double[] x, int[] labels, int d, int classes, int k, NeighborMetric metric,
                  boolean distanceWeights) {
        super(x, labels.length, d, k, metric, distanceWeights);
        this.labels = labels;
        this.classes = classes;
    }

    @Override
    public int classCount() { return classes; }

    /** The class of training point i. */
    public int label(int i) { return labels[i]; }

    /**
     * Votes of the given k neighbours into {@code out[at .. at + K)}: each class's share of the
     * weight (predict_proba); {@code weights} receives each neighbour's weight.
     */
    public void vote(int[] indices, double[] distances, double[] weights, double[] out, int at) {
        weights(distances, weights);
        for (int c = 0; c < classes; c++) {
            out[at + c] = 0;
        }
        for (int i = 0; i < nNeighbors(); i++) {
            out[at + labels[indices[i]]] += weights[i];
        }
        double total = 0;
        for (int c = 0; c < classes; c++) {
            total += out[at + c];
        }
        if (total == 0) {
            total = 1;
        }
        for (int c = 0; c < classes; c++) {
            out[at + c] /= total;
        }
    }

    /**
     * Class probabilities of {@code count} points of d features, row-major:
     * {@code out[i·K + c]}. Many points are split across the cores (allocating only that split);
     * a few allocate nothing.
     */
    public void predictProbabilities(double[] rows, int count, double[] out) {
        if (worthSplitting(count)) {
            acrossCores(count, (from, to) -> predictProbabilities(rows, from, to, out));
        } else {
            predictProbabilities(rows, 0, count, out);
        }
    }

    private void predictProbabilities(double[] rows, int from, int to, double[] out) {
        Scratch s = scratch();
        int d = featureCount();
        for (int i = from; i < to; i++) {
            kneighbors(rows, i * d, s.indices, s.distances);
            vote(s.indices, s.distances, s.weights, out, i * classes);
        }
    }

    /** The two-feature form, for the decision-boundary grid (whose caller splits it across the cores). */
    @Override
    public void predictProbabilities(double[] xs, double[] ys, int count, double[] out) {
        Scratch s = scratch();
        for (int i = 0; i < count; i++) {
            kneighbors(xs[i], ys[i], s.indices, s.distances);
            vote(s.indices, s.distances, s.weights, out, i * classes);
        }
    }

    /**
     * Predicted classes of {@code count} row-major points into {@code out}, as scikit-learn's
     * {@code predict(X)}; {@code probabilities} is scratch of length at least K. Many points are
     * split across the cores (allocating only that split, and each piece its own scratch); a few
     * allocate nothing.
     */
    public void predict(double[] rows, int count, int[] out, double[] probabilities) {
        if (worthSplitting(count)) {
            acrossCores(count, (from, to) -> predict(rows, from, to, out, new double[classes]));
        } else {
            predict(rows, 0, count, out, probabilities);
        }
    }

    private void predict(double[] rows, int from, int to, int[] out, double[] probabilities) {
        Scratch s = scratch();
        int d = featureCount();
        for (int i = from; i < to; i++) {
            kneighbors(rows, i * d, s.indices, s.distances);
            vote(s.indices, s.distances, s.weights, probabilities, 0);
            out[i] = ClassProbabilities.mostProbable(probabilities, 0, classes);
        }
    }
}
