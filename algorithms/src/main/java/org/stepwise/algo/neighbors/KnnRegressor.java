package org.stepwise.algo.neighbors;

/**
 * A fitted k-nearest-neighbours regressor: scikit-learn 1.2.1's {@code KNeighborsRegressor}
 * ({@code sklearn/neighbors/_regression.py}). The prediction at a query is the weighted mean
 * Σ wᵢyᵢ / Σ wᵢ of its k nearest training targets: the plain mean with uniform weights; with
 * distance weights wᵢ = 1/dᵢ, and a training point at distance 0 takes all the weight (a training
 * point predicts its own target, unless another lies on it too).
 *
 * <p>Immutable and shared by every snapshot of a run; queries allocate nothing and may run on
 * several threads at once (a curve view's samples).
 */
public final class KnnRegressor extends FittedNeighbors {

    private final double[] targets;

    /**
     * @param x       training rows, row-major n × d, handed over (not copied)
     * @param targets y of each row, handed over
     */
    KnnRegressor(double[] x, double[] targets, int d, int k, NeighborMetric metric, boolean distanceWeights) {
        super(x, targets.length, d, k, metric, distanceWeights);
        this.targets = targets;
    }

    /** The target of training point i. */
    public double target(int i) { return targets[i]; }

    /** The weighted mean of the given k neighbours' targets; {@code weights} receives their weights. */
    public double estimate(int[] indices, double[] distances, double[] weights) {
        weights(distances, weights);
        int k = nNeighbors();
        if (!distanceWeights()) {
            double sum = 0;
            for (int i = 0; i < k; i++) {
                sum += targets[indices[i]];
            }
            return sum / k;
        }
        double numerator = 0;
        double denominator = 0;
        for (int i = 0; i < k; i++) {
            numerator += targets[indices[i]] * weights[i];
            denominator += weights[i];
        }
        return numerator / denominator;
    }

    /**
     * Predictions for {@code count} row-major points of d features into {@code out}. Many points
     * are split across the cores (allocating only that split); a few allocate nothing.
     */
    public void predict(double[] rows, int count, double[] out) {
        if (worthSplitting(count)) {
            acrossCores(count, (from, to) -> predict(rows, from, to, out));
        } else {
            predict(rows, 0, count, out);
        }
    }

    private void predict(double[] rows, int from, int to, double[] out) {
        Scratch s = scratch();
        int d = featureCount();
        for (int i = from; i < to; i++) {
            kneighbors(rows, i * d, s.indices, s.distances);
            out[i] = estimate(s.indices, s.distances, s.weights);
        }
    }

    /**
     * The prediction at x for a model of one feature: the k-NN curve point by point, as a curve
     * view samples it ({@code CurvePlotView.setCurves(model::predictAt, null)}). Allocates nothing.
     *
     * @throws IllegalStateException when the model has other than one feature
     */
    public double predictAt(double x) {
        if (featureCount() != 1) {
            throw new IllegalStateException("a curve needs a model of one feature; this one has " + featureCount());
        }
        Scratch s = scratch();
        s.one[0] = x;
        kneighbors(s.one, 0, s.indices, s.distances);
        return estimate(s.indices, s.distances, s.weights);
    }

    /**
     * The k-NN curve of a one-feature model: {@code out[i]} = the prediction at {@code xs[i]}.
     * Allocates nothing, unless it is long enough to be split across the cores (see {@link #predict}).
     *
     * @throws IllegalStateException when the model has other than one feature
     */
    public void predictCurve(double[] xs, int count, double[] out) {
        if (featureCount() != 1) {
            throw new IllegalStateException("a curve needs a model of one feature; this one has " + featureCount());
        }
        predict(xs, count, out);
    }
}
