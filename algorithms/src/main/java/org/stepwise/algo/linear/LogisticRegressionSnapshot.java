package org.stepwise.algo.linear;

import org.stepwise.algo.ClassProbabilities;
import org.stepwise.algo.Metrics;
import org.stepwise.algo.Snapshot;
import org.stepwise.algo.StepResult;

/**
 * Logistic regression after some steps: copies of the weights and intercepts, with the loss,
 * training accuracy and gradient norm. Predicts class probabilities without allocating, so the
 * decision-boundary grid can be evaluated from several threads at once.
 *
 * <p>Metrics: {@code loss}, {@code accuracy}, {@code grad_norm}, {@code n_iter}, and
 * {@code coef} (shape (1, d) for two classes, (K, d) otherwise, as scikit-learn's
 * {@code coef_}) and {@code intercept}.
 */
public final class LogisticRegressionSnapshot implements Snapshot, ClassProbabilities {

    private final int step;
    private final StepResult status;
    private final String narration;
    private final int classes;
    private final int features;
    private final int outputs;
    private final double[] weights;
    private final double[] intercepts;
    private final double loss;
    private final double accuracy;
    private final double gradientNorm;

    LogisticRegressionSnapshot(int step, StepResult status, String narration, int classes, int features,
                               double[] weights, double[] intercepts, double loss, double accuracy,
                               double gradientNorm) {
        this.step = step;
        this.status = status;
        this.narration = narration;
        this.classes = classes;
        this.features = features;
        this.outputs = intercepts.length;
        this.weights = weights.clone();
        this.intercepts = intercepts.clone();
        this.loss = loss;
        this.accuracy = accuracy;
        this.gradientNorm = gradientNorm;
    }

    @Override
    public int step() { return step; }

    @Override
    public StepResult status() { return status; }

    @Override
    public String narration() { return narration; }

    @Override
    public int classCount() { return classes; }

    public int featureCount() { return features; }

    /** The objective J = mean cross-entropy + ‖W‖²/(2Cn). */
    public double loss() { return loss; }

    /** Fraction of training points whose most probable class is their class. */
    public double accuracy() { return accuracy; }

    public double gradientNorm() { return gradientNorm; }

    /** A copy of the coefficients, one row per output (1 for binary, K for softmax). */
    public double[][] coef() {
        double[][] coef = new double[outputs][features];
        for (int k = 0; k < outputs; k++) {
            System.arraycopy(weights, k * features, coef[k], 0, features);
        }
        return coef;
    }

    public double[] intercept() { return intercepts.clone(); }

    @Override
    public Metrics metrics() {
        return Metrics.builder().scalar("loss", loss).scalar("accuracy", accuracy).scalar("grad_norm", gradientNorm)
                .scalar("n_iter", step).matrix("coef", coef()).vector("intercept", intercepts).build();
    }

    /**
     * Class probabilities of {@code count} points given row-major:
     * {@code out[i·K + k] = P(k | rows[i·d … i·d + d))}. Modified: out. Allocates nothing.
     */
    public void predictProbabilities(double[] rows, int count, double[] out) {
        for (int i = 0; i < count; i++) {
            probabilitiesOf(rows, i * features, null, 0, out, i * classes);
        }
    }

    /** The two-feature form for the boundary grid; only for a model of exactly two features. */
    @Override
    public void predictProbabilities(double[] xs, double[] ys, int count, double[] out) {
        if (features != 2) {
            throw new IllegalStateException("the boundary view needs a model of two features; this one has "
                    + features);
        }
        for (int i = 0; i < count; i++) {
            probabilitiesOf(xs, i, ys, i, out, i * classes);
        }
    }

    /**
     * Writes the K probabilities of one point to out[at …]. The point is first[firstAt …] when
     * second is null, else (first[firstAt], second[secondAt]).
     */
    private void probabilitiesOf(double[] first, int firstAt, double[] second, int secondAt, double[] out, int at) {
        if (outputs == 1) {
            double z = intercepts[0] + linear(0, first, firstAt, second, secondAt);
            double p = LogisticRegressionEngine.sigmoid(z);
            out[at] = 1 - p;
            out[at + 1] = p;
            return;
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < classes; k++) {
            double z = intercepts[k] + linear(k, first, firstAt, second, secondAt);
            out[at + k] = z;
            max = Math.max(max, z);
        }
        double sum = 0;
        for (int k = 0; k < classes; k++) {
            double e = Math.exp(out[at + k] - max);
            out[at + k] = e;
            sum += e;
        }
        for (int k = 0; k < classes; k++) {
            out[at + k] /= sum;
        }
    }

    private double linear(int output, double[] first, int firstAt, double[] second, int secondAt) {
        int row = output * features;
        if (second != null) {
            return weights[row] * first[firstAt] + weights[row + 1] * second[secondAt];
        }
        double z = 0;
        for (int j = 0; j < features; j++) {
            z += weights[row + j] * first[firstAt + j];
        }
        return z;
    }
}
