package org.stepwise.algo.neighbors;

import org.stepwise.algo.Engine;
import org.stepwise.algo.StepResult;

/**
 * k-nearest-neighbours regression, one query at a time (Hastie, Tibshirani &amp; Friedman,
 * <i>The Elements of Statistical Learning</i>, 2nd ed., §2.3.2; scikit-learn 1.2.1
 * {@code KNeighborsRegressor}).
 *
 * <p>Step i predicts training point i − 1 as {@code score(X, y)} does: the mean of its k nearest
 * targets, itself among them at distance 0 (with distance weights it takes all the weight). The
 * running R² = 1 − Σ(y − ŷ)² / Σ(y − ȳ)² is over the points predicted so far (ȳ their mean, kept
 * by Welford's update); after n steps the run has converged and it is scikit-learn's
 * {@code score(X, y)}. As scikit-learn's {@code r2_score}, it is NaN for fewer than two points,
 * and where every target so far is equal, 1 for a perfect fit and 0 otherwise.
 *
 * <p>Buffers are allocated in the constructor; {@link #step()} allocates nothing.
 */
final class KnnRegressionEngine implements Engine<KnnRegressionSnapshot> {

    private final KnnRegressor model;
    private final String targetName;
    private final double[] x;
    private final int n;
    private final int d;
    /** Each point's prediction, written once; snapshots share it and read only what was written before them. */
    private final double[] predictions;
    private final int[] neighbours;
    private final double[] distances;
    private final double[] weights;

    private int step;
    private double mean;
    private double squaresAboutMean;
    private double squaredResiduals;
    private StepResult status = StepResult.CONTINUE;

    KnnRegressionEngine(KnnRegressor model, String targetName) {
        this.model = model;
        this.targetName = targetName;
        this.n = model.size();
        this.d = model.featureCount();
        this.x = model.trainingRows();
        int k = model.nNeighbors();
        this.predictions = new double[n];
        this.neighbours = new int[k];
        this.distances = new double[k];
        this.weights = new double[k];
    }

    @Override
    public KnnRegressionSnapshot snapshot() {
        return new KnnRegressionSnapshot(step, status, model, targetName, predictions, r2(),
                step == 0 ? Double.NaN : squaredResiduals / step, neighbours, distances, weights);
    }

    @Override
    public StepResult step() {
        if (status.isFinal()) {
            return status;
        }
        int query = step;
        model.kneighbors(x, query * d, neighbours, distances);
        double estimate = model.estimate(neighbours, distances, weights);
        predictions[query] = estimate;
        double y = model.target(query);
        double residual = y - estimate;
        squaredResiduals += residual * residual;
        double delta = y - mean;
        mean += delta / (step + 1);
        squaresAboutMean += delta * (y - mean);
        step++;
        if (!Double.isFinite(estimate)) {
            status = StepResult.stopped("the prediction for point " + query + " is not a finite number");
        } else if (step == n) {
            status = StepResult.CONVERGED;
        }
        return status;
    }

    private double r2() {
        if (step < 2) {
            return Double.NaN;
        }
        if (squaresAboutMean == 0) {
            return squaredResiduals == 0 ? 1 : 0;
        }
        return 1 - squaredResiduals / squaresAboutMean;
    }
}
