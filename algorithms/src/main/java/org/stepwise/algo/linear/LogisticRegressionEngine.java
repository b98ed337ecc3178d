package org.stepwise.algo.linear;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.random.RandomGenerator;
import org.stepwise.algo.Engine;
import org.stepwise.algo.Randomness;
import org.stepwise.algo.StepResult;
import org.stepwise.data.Dataset;

/**
 * Logistic regression by gradient descent (Bishop 2006, <i>Pattern Recognition and Machine
 * Learning</i>, §4.3.2 for two classes and §4.3.4 for several; scikit-learn 1.2 User Guide,
 * §1.1.11 "Logistic regression").
 *
 * <p>Minimises J(W, b) = (1/n) Σᵢ CEᵢ + ‖W‖² / (2Cn), intercepts not penalised. Multiplying by Cn
 * gives scikit-learn 1.2.1's {@code LogisticRegression(penalty='l2', C)} objective
 * C Σᵢ CEᵢ + ½‖W‖², so both have the same minimiser; dividing by n keeps the loss and a good
 * learning rate independent of the number of points. With penalty "none" the second term is
 * dropped (C = +∞).
 *
 * <p>With two classes, P(y=1 | x) = σ(b + wᵀx) with one weight vector (scikit-learn's
 * {@code coef_} shape (1, d)). With K ≥ 3, P(y=k | x) = softmax(b + Wx)ₖ over K weight vectors,
 * scikit-learn's full multinomial parameterisation (K, d). Every class named by the data set gets
 * an output, even one with no points at the moment.
 *
 * <p>One step is one update W ← W − α[(1/m) (P − Y)ᵀX + W/(Cn)], b ← b − α (1/m) Σ (P − Y) over the
 * full batch or over the next m rows of a seeded shuffle, reshuffled at each epoch. After every
 * update the loss, training accuracy and gradient norm are evaluated on the full data, so the
 * chart shows the true objective even with mini-batches. The run has converged when that full
 * gradient's norm falls below the tolerance; it is stopped as diverged when the loss or the
 * gradient stops being finite or the loss rises above 1000 times its value at W = 0 (log K). The
 * reason of a divergence, and of reaching the step limit, names the cause from the columns' scales
 * ({@link FeatureScales}): unscaled features get the advice to standardize them, since no one
 * learning rate suits them all; otherwise a rate above the largest stable step at the start is
 * named with that step.
 *
 * <p>With the Newton solver a step is instead θ ← θ − tΔ, Δ solving HΔ = ∇J over the full batch
 * ({@link NewtonDirection}), t halved from 1 until J falls by at least 10⁻⁴·t·∇JᵀΔ (Armijo's
 * backtracking, Boyd &amp; Vandenberghe 2004, §9.5.2): a dozen steps where gradient descent takes
 * thousands. When no t in 30 halvings lowers J any more the optimum is reached to machine
 * precision and the run ends.
 *
 * <p>All buffers are allocated in the constructor: {@link #step()} allocates nothing until the
 * run ends (the reason of a stop is a new string).
 */
final class LogisticRegressionEngine implements Engine<LogisticRegressionSnapshot> {

    /** A loss this many times above its starting value means the updates are running away. */
    private static final double DIVERGENCE_FACTOR = 1000;
    /** Armijo's sufficient-decrease fraction and the most halvings of a Newton step. */
    private static final double ARMIJO = 1e-4;
    private static final int MAX_HALVINGS = 30;

    private final double[] x;
    private final java.util.List<String> featureNames;
    /** The polynomial terms the data's columns are (degree above 1), so snapshots predict raw points; else null. */
    private final PolynomialTerms terms;
    private final int[] labels;
    private final int n;
    private final int d;
    private final int classes;
    /** Rows of W: 1 for the binary model, K for softmax. */
    private final int outputs;
    private final double learningRate;
    /** 1/(Cn), the weight of the penalty's gradient W/(Cn); 0 without a penalty. */
    private final double penaltyScale;
    private final int batchSize;
    private final int maxSteps;
    private final double tolerance;
    private final RandomGenerator random;
    private final double divergedLoss;

    private final double[] weights;
    private final double[] intercepts;
    private final double[] gradientWeights;
    private final double[] gradientIntercepts;
    /** Logits of one row, turned into its class probabilities in place. */
    private final double[] probabilities;
    private final int[] order;
    private int batchStart;
    /** Newton's direction and the parameters before a Newton step; null with gradient descent. */
    private final NewtonDirection newton;
    private final double[] direction;
    private final double[] savedWeights;
    private final double[] savedIntercepts;

    private int step;
    private double previousLoss;
    private double loss;
    private double accuracy;
    private double gradientNorm;
    private StepResult status = StepResult.CONTINUE;

    /**
     * @param regularization C, or +∞ for no penalty
     * @param batchSize      rows per update, 1 .. data.size() (the factory turns 0 into data.size())
     * @param newtonSolver   Newton steps (full batch, no learning rate) instead of gradient descent
     * @param terms          the polynomial terms {@code data}'s columns are of the raw features, or null
     *                       when they are the raw features (degree 1)
     */
    LogisticRegressionEngine(Dataset data, PolynomialTerms terms, double learningRate, double regularization,
                             int batchSize, int maxSteps, double tolerance, long seed, boolean newtonSolver) {
        this.terms = terms;
        this.x = data.featuresRowMajor();
        this.featureNames = data.featureNames();
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
        this.probabilities = new double[classes];
        this.order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        batchStart = n;
        newton = newtonSolver ? new NewtonDirection(x, n, d, classes, penaltyScale) : null;
        direction = newtonSolver ? new double[newton.size()] : null;
        savedWeights = newtonSolver ? new double[weights.length] : null;
        savedIntercepts = newtonSolver ? new double[outputs] : null;
        evaluateFullBatch();
        previousLoss = loss;
        divergedLoss = DIVERGENCE_FACTOR * loss;
    }

    @Override
    public LogisticRegressionSnapshot snapshot() {
        return new LogisticRegressionSnapshot(step, status, classes, d, terms, weights, intercepts, previousLoss, loss,
                accuracy, gradientNorm);
    }

    @Override
    public StepResult step() {
        if (status.isFinal()) {
            return status;
        }
        previousLoss = loss;
        if (newton != null) {
            if (!newtonStep()) {
                return status;
            }
        } else {
            gradientStep();
        }
        if (!Double.isFinite(loss) || !Double.isFinite(gradientNorm) || loss > divergedLoss) {
            status = StepResult.stopped(String.format(Locale.ROOT, "the loss diverged at step %d: %s", step,
                    scales().divergence(learningRate, classes)));
        } else if (gradientNorm < tolerance) {
            status = StepResult.CONVERGED;
        } else if (step >= maxSteps) {
            status = StepResult.stopped("reached the step limit of " + maxSteps + (penaltyScale == 0 && accuracy == 1
                    ? "; every point is classified right and nothing penalises the weights, so they grow without end "
                    + "as the loss creeps towards 0: add the L2 penalty" : scales().slowness(learningRate, classes)));
        }
        return status;
    }

    private void gradientStep() {
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
    }

    /** One damped Newton step; false (and the run ended) when none can lower the loss. */
    private boolean newtonStep() {
        int w = weights.length;
        boolean solved = newton.solve(weights, intercepts, gradientWeights, gradientIntercepts, direction);
        double slope = 0;
        for (int i = 0; solved && i < w; i++) {
            slope += gradientWeights[i] * direction[i];
        }
        for (int k = 0; solved && k < outputs; k++) {
            slope += gradientIntercepts[k] * direction[w + k];
        }
        if (!solved || !(slope > 0)) {
            return endNewton("the Hessian at step " + step + " cannot be solved");
        }
        System.arraycopy(weights, 0, savedWeights, 0, w);
        System.arraycopy(intercepts, 0, savedIntercepts, 0, outputs);
        double start = loss;
        double t = 1;
        for (int halvings = 0; ; halvings++) {
            for (int i = 0; i < w; i++) {
                weights[i] = savedWeights[i] - t * direction[i];
            }
            for (int k = 0; k < outputs; k++) {
                intercepts[k] = savedIntercepts[k] - t * direction[w + k];
            }
            evaluateFullBatch();
            if (loss <= start - ARMIJO * t * slope) {
                step++;
                return true;
            }
            if (halvings == MAX_HALVINGS) {
                System.arraycopy(savedWeights, 0, weights, 0, w);
                System.arraycopy(savedIntercepts, 0, intercepts, 0, outputs);
                evaluateFullBatch();
                return endNewton("no Newton step lowers the loss any more (the optimum, to machine precision)");
            }
            t *= 0.5;
        }
    }

    /** Ends a Newton run at the current parameters: converged if the gradient is small enough. */
    private boolean endNewton(String reason) {
        status = gradientNorm < tolerance ? StepResult.CONVERGED : StepResult.stopped(reason);
        return false;
    }

    /** Loss, accuracy and the gradient over every row, at the current weights. */
    private void evaluateFullBatch() {
        clearGradient();
        double total = 0;
        int correct = 0;
        for (int i = 0; i < n; i++) {
            total += accumulate(i);
            if (mostProbableClass() == labels[i]) {
                correct++;
            }
        }
        finishGradient(n);
        loss = total / n + 0.5 * penaltyScale * squaredNorm(weights);
        accuracy = (double) correct / n;
        gradientNorm = Math.sqrt(squaredNorm(gradientWeights) + squaredNorm(gradientIntercepts));
    }

    /** The gradient over the next mini-batch of a seeded Fisher–Yates shuffle, reshuffled each epoch. */
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

    /**
     * Adds row i's cross-entropy gradient (P − Y)xᵢᵀ, not yet divided by the batch size, leaves
     * the row's class probabilities in {@link #probabilities} and returns its cross-entropy.
     */
    private double accumulate(int i) {
        int offset = i * d;
        int label = labels[i];
        if (outputs == 1) {
            double z = LogisticFunctions.score(intercepts[0], weights, 0, x, offset, d);
            double p = LogisticFunctions.sigmoid(z);
            probabilities[1] = p;
            probabilities[0] = 1 - p;
            double error = p - label;
            for (int j = 0; j < d; j++) {
                gradientWeights[j] += error * x[offset + j];
            }
            gradientIntercepts[0] += error;
            // −log σ(z) = softplus(−z) and −log(1 − σ(z)) = softplus(z): no log of a rounded 0.
            return label == 1 ? LogisticFunctions.softplus(-z) : LogisticFunctions.softplus(z);
        }
        for (int k = 0; k < classes; k++) {
            probabilities[k] = LogisticFunctions.score(intercepts[k], weights, k, x, offset, d);
        }
        double labelLogit = probabilities[label];
        double logSumExp = LogisticFunctions.softmaxInPlace(probabilities, 0, classes);
        for (int k = 0; k < classes; k++) {
            double error = probabilities[k] - (k == label ? 1 : 0);
            int row = k * d;
            for (int j = 0; j < d; j++) {
                gradientWeights[row + j] += error * x[offset + j];
            }
            gradientIntercepts[k] += error;
        }
        // −log softmax(z)ᵧ = logsumexp(z) − zᵧ, exact even when the probability rounds to 0.
        return logSumExp - labelLogit;
    }

    private void clearGradient() {
        Arrays.fill(gradientWeights, 0);
        Arrays.fill(gradientIntercepts, 0);
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

    /** Ties go to the lower class, as scikit-learn's predict (class 0 when the logit is exactly 0). */
    private int mostProbableClass() {
        int best = 0;
        for (int k = 1; k < classes; k++) {
            if (probabilities[k] > probabilities[best]) {
                best = k;
            }
        }
        return best;
    }

    private static double squaredNorm(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v * v;
        }
        return sum;
    }

    /** The columns' scales, for the reason a run stopped (built then only: it allocates). */
    private FeatureScales scales() {
        return new FeatureScales(x, n, d, featureNames);
    }

    /** 100 rather than 100.0, 0.00001 rather than 1.0E-5: the number as the learner typed it. */
    static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
