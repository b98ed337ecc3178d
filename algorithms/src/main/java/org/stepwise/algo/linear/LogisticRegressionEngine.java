package org.stepwise.algo.linear;

import java.util.Locale;
import java.util.random.RandomGenerator;
import org.stepwise.algo.Engine;
import org.stepwise.algo.Randomness;
import org.stepwise.algo.StepResult;
import org.stepwise.data.Dataset;

/**
 * Logistic regression by gradient descent (Bishop 2006, §4.3.2 binary and §4.3.4 multiclass).
 *
 * <p>Minimises J(W, b) = (1/n) Σᵢ CEᵢ + ‖W‖² / (2Cn), with intercepts not penalised: the same
 * minimiser as scikit-learn 1.2.1's {@code LogisticRegression(penalty='l2', C)}, whose objective
 * is C Σᵢ CEᵢ + ½‖W‖². With two classes, P(y=1|x) = σ(b + wᵀx) and one weight vector (sklearn's
 * {@code coef_} shape (1, d)); with K ≥ 3, P(y=k|x) = softmax(b + Wx)ₖ over K weight vectors
 * (sklearn's multinomial (K, d)). The gradient is (1/m) Xᵀ(P − Y) + W/(Cn) over a batch of m
 * rows. One step is one update; mini-batches are drawn from a seeded shuffle each epoch.
 * The run stops as diverged when the loss stops being finite or rises above 1000 times its
 * starting value.
 */
final class LogisticRegressionEngine implements Engine<LogisticRegressionSnapshot> {

    private final double[] x;
    private final int[] labels;
    private final int n;
    private final int d;
    private final int classes;
    private final int outputs;
    private final double learningRate;
    private final double penaltyScale;
    private final int batchSize;
    private final int maxSteps;
    private final double tolerance;
    private final RandomGenerator random;
    /** A loss this far above the starting loss (log K at W = 0) means the updates are running away. */
    private final double divergedLoss;

    private final double[] weights;
    private final double[] intercepts;
    private final double[] gradientWeights;
    private final double[] gradientIntercepts;
    private final double[] logits;
    private final double[] probabilities;
    private final int[] order;
    private int batchStart;

    private int step;
    private double loss;
    private double accuracy;
    private double gradientNorm;
    private StepResult status = StepResult.CONTINUE;
    private String narration = "";

    /** @param regularization C, or +∞ for no penalty */
    LogisticRegressionEngine(Dataset data, double learningRate, double regularization, int batchSize, int maxSteps,
                             double tolerance, long seed) {
        this.x = data.featuresRowMajor();
        this.labels = data.labels();
        this.n = data.size();
        this.d = data.featureCount();
        this.classes = data.classCount();
        this.outputs = classes == 2 ? 1 : classes;
        this.learningRate = learningRate;
        this.penaltyScale = Double.isInfinite(regularization) ? 0 : 1 / (regularization * n);
        this.batchSize = batchSize;
        this.maxSteps = maxSteps;
        this.tolerance = tolerance;
        this.random = Randomness.generator(seed);
        this.weights = new double[outputs * d];
        this.intercepts = new double[outputs];
        this.gradientWeights = new double[outputs * d];
        this.gradientIntercepts = new double[outputs];
        this.logits = new double[classes];
        this.probabilities = new double[classes];
        this.order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        batchStart = n;
        evaluateFullBatch();
        divergedLoss = 1000 * loss;
    }

    @Override
    public LogisticRegressionSnapshot snapshot() {
        return new LogisticRegressionSnapshot(step, status, narration, classes, d, weights, intercepts, loss,
                accuracy, gradientNorm);
    }

    @Override
    public StepResult step() {
        if (status.isFinal()) {
            return status;
        }
        double before = loss;
        if (batchSize < n) {
            miniBatchGradient();
        }
        // With the full batch, the gradient at the current weights is the one evaluateFullBatch left.
        for (int i = 0; i < weights.length; i++) {
            weights[i] -= learningRate * gradientWeights[i];
        }
        for (int k = 0; k < outputs; k++) {
            intercepts[k] -= learningRate * gradientIntercepts[k];
        }
        step++;
        evaluateFullBatch();
        narration = String.format(Locale.ROOT, "Step %d: loss %.4f → %.4f, accuracy %.1f%%, ‖∇‖ = %.3g",
                step, before, loss, 100 * accuracy, gradientNorm);
        if (!Double.isFinite(loss) || !Double.isFinite(gradientNorm) || loss > divergedLoss) {
            status = StepResult.stopped(String.format(Locale.ROOT,
                    "the loss diverged at step %d (learning rate %s is too large for this data)", step,
                    Double.toString(learningRate)));
        } else if (gradientNorm < tolerance) {
            status = StepResult.CONVERGED;
        } else if (step >= maxSteps) {
            status = StepResult.stopped("reached the step limit of " + maxSteps);
        }
        return status;
    }

    /** Loss, accuracy and the gradient over every row, at the current weights. */
    private void evaluateFullBatch() {
        clearGradient();
        double total = 0;
        int correct = 0;
        for (int i = 0; i < n; i++) {
            total += accumulate(i);
            if (argmax() == labels[i]) {
                correct++;
            }
        }
        finishGradient(n);
        loss = total / n + 0.5 * penaltyScale * squaredNorm(weights);
        accuracy = (double) correct / n;
        gradientNorm = Math.sqrt(squaredNorm(gradientWeights) + squaredNorm(gradientIntercepts));
    }

    /** The gradient over the next mini-batch of a seeded shuffle, reshuffled each epoch. */
    private void miniBatchGradient() {
        if (batchStart >= n) {
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int swap = order[i];
                order[i] = order[j];
                order[j] = swap;
            }
            batchStart = 0;
        }
        int end = Math.min(n, batchStart + batchSize);
        clearGradient();
        for (int b = batchStart; b < end; b++) {
            accumulate(order[b]);
        }
        finishGradient(end - batchStart);
        batchStart = end;
    }

    /** Adds row i's cross-entropy gradient (unscaled) and returns its cross-entropy. */
    private double accumulate(int i) {
        int offset = i * d;
        int label = labels[i];
        double crossEntropy;
        if (outputs == 1) {
            double z = intercepts[0];
            for (int j = 0; j < d; j++) {
                z += weights[j] * x[offset + j];
            }
            double p = sigmoid(z);
            probabilities[1] = p;
            probabilities[0] = 1 - p;
            // −log σ(z) = softplus(−z); −log(1 − σ(z)) = softplus(z)
            crossEntropy = label == 1 ? softplus(-z) : softplus(z);
            double error = p - label;
            for (int j = 0; j < d; j++) {
                gradientWeights[j] += error * x[offset + j];
            }
            gradientIntercepts[0] += error;
            return crossEntropy;
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < classes; k++) {
            double z = intercepts[k];
            int row = k * d;
            for (int j = 0; j < d; j++) {
                z += weights[row + j] * x[offset + j];
            }
            logits[k] = z;
            max = Math.max(max, z);
        }
        double sum = 0;
        for (int k = 0; k < classes; k++) {
            probabilities[k] = Math.exp(logits[k] - max);
            sum += probabilities[k];
        }
        for (int k = 0; k < classes; k++) {
            probabilities[k] /= sum;
            double error = probabilities[k] - (k == label ? 1 : 0);
            int row = k * d;
            for (int j = 0; j < d; j++) {
                gradientWeights[row + j] += error * x[offset + j];
            }
            gradientIntercepts[k] += error;
        }
        // −log softmax(z)_y = logsumexp(z) − z_y
        return max + Math.log(sum) - logits[label];
    }

    private void clearGradient() {
        java.util.Arrays.fill(gradientWeights, 0);
        java.util.Arrays.fill(gradientIntercepts, 0);
    }

    /** Divides the summed gradient by the batch size and adds the penalty's gradient W/(Cn). */
    private void finishGradient(int rows) {
        for (int i = 0; i < gradientWeights.length; i++) {
            gradientWeights[i] = gradientWeights[i] / rows + penaltyScale * weights[i];
        }
        for (int k = 0; k < outputs; k++) {
            gradientIntercepts[k] /= rows;
        }
    }

    private int argmax() {
        int best = 0;
        for (int k = 1; k < classes; k++) {
            if (probabilities[k] > probabilities[best]) {
                best = k;
            }
        }
        return best;
    }

    static double sigmoid(double z) {
        if (z >= 0) {
            return 1 / (1 + Math.exp(-z));
        }
        double e = Math.exp(z);
        return e / (1 + e);
    }

    /** log(1 + eᶻ), without overflow. */
    static double softplus(double z) {
        return Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
    }

    private static double squaredNorm(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v * v;
        }
        return sum;
    }
}
