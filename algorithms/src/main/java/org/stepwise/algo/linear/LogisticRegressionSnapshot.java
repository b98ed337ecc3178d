package org.stepwise.algo.linear;

import java.util.Locale;
import java.util.Objects;
import org.stepwise.algo.ClassProbabilities;
import org.stepwise.algo.Predictor;
import org.stepwise.algo.Metrics;
import org.stepwise.algo.Scalars;
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
public final class LogisticRegressionSnapshot implements Snapshot, ClassProbabilities, Predictor {

    private static final Scalars<LogisticRegressionSnapshot> SCALARS = Scalars.<LogisticRegressionSnapshot>builder()
            .scalar("loss", s -> s.loss)
            .scalar("accuracy", s -> s.accuracy)
            .scalar("grad_norm", s -> s.gradientNorm)
            .count("n_iter", s -> s.step)
            .build();

    private final int step;
    private final StepResult status;
    private final int classes;
    private final int features;
    /** The raw features' polynomial terms the weights multiply (degree above 1), or null. */
    private final PolynomialTerms terms;
    /** How many raw features a point has: {@code features} without polynomial terms. */
    private final int inputs;
    private final int outputs;
    private final double[] weights;
    private final double[] intercepts;
    private final double previousLoss;
    private final double loss;
    private final double accuracy;
    private final double gradientNorm;

    LogisticRegressionSnapshot(int step, StepResult status, int classes, int features, PolynomialTerms terms,
                               double[] weights, double[] intercepts, double previousLoss, double loss, double accuracy,
                               double gradientNorm) {
        this.step = step;
        this.status = status;
        this.classes = classes;
        this.features = features;
        this.terms = terms;
        this.inputs = terms == null ? features : terms.inputFeatures();
        this.outputs = intercepts.length;
        this.weights = weights.clone();
        this.intercepts = intercepts.clone();
        this.previousLoss = previousLoss;
        this.loss = loss;
        this.accuracy = accuracy;
        this.gradientNorm = gradientNorm;
    }

    @Override
    public int step() { return step; }

    @Override
    public StepResult status() { return status; }

    /**
     * "step 12: loss 0.4120 → 0.3980, accuracy 93.3%, ‖∇‖ = 0.0510"; empty before the first step.
     * Written when asked for, so that stepping allocates nothing for it.
     */
    @Override
    public String narration() {
        if (step == 0) {
            return "";
        }
        return String.format(Locale.ROOT, "step %d: loss %.4f → %.4f, accuracy %.1f%%, ‖∇‖ = %.3g",
                step, previousLoss, loss, 100 * accuracy, gradientNorm);
    }

    @Override
    public int classCount() { return classes; }

    public int featureCount() { return features; }

    /**
     * How many raw features a point has: {@link #featureCount()} when the model is linear in
     * them, fewer when its columns are their polynomial terms ({@code degree} above 1).
     */
    public int inputCount() { return inputs; }

    /** Whether the model's columns are polynomial terms of the raw features (its boundary bends). */
    public boolean isPolynomial() { return terms != null; }

    /** The objective J = mean cross-entropy + ‖W‖²/(2Cn) on the training data. */
    public double loss() { return loss; }

    /** Fraction of training points whose most probable class is their class. */
    public double accuracy() { return accuracy; }

    /** Euclidean norm of the full-batch gradient of J with respect to W and b. */
    public double gradientNorm() { return gradientNorm; }

    /** A copy of the coefficients, one row per output (1 for binary, K for softmax), as scikit-learn's coef_. */
    public double[][] coef() {
        double[][] coef = new double[outputs][features];
        for (int k = 0; k < outputs; k++) {
            System.arraycopy(weights, k * features, coef[k], 0, features);
        }
        return coef;
    }

    /** A copy of the intercepts, one per output, as scikit-learn's intercept_. */
    public double[] intercept() { return intercepts.clone(); }

    @Override
    public Metrics metrics() {
        return SCALARS.addTo(Metrics.builder(), this).matrix("coef", coef()).vector("intercept", intercepts).build();
    }

    @Override
    public double scalar(String name) {
        return SCALARS.value(this, name);
    }

    /**
     * The decision boundary of a binary model of two features: {β₀, β₁, β₂} of the line
     * β₀ + β₁x₁ + β₂x₂ = 0, where P(class 1) = ½; class 1 lies on the positive side.
     *
     * @throws IllegalStateException for a softmax model or a model of other than two features
     */
    public double[] decisionBoundaryLine() {
        if (outputs != 1) {
            throw new IllegalStateException("a model of " + classes + " classes has one boundary per pair of "
                    + "classes; use decisionBoundaryLine(first, second)");
        }
        return decisionBoundaryLine(1, 0);
    }

    /**
     * Where classes {@code first} and {@code second} are equally probable, for a model of two
     * features: {β₀, β₁, β₂} with β = (b_first − b_second, w_first − w_second), the line where
     * their logits are equal; {@code first} is more probable on the positive side. (Whether a
     * third class beats both there is not considered.)
     *
     * @throws IllegalStateException when the model has other than two features
     * @throws IndexOutOfBoundsException when a class index is not in 0 .. K−1
     */
    public double[] decisionBoundaryLine(int first, int second) {
        requireTwoFeatures("a boundary line");
        if (terms != null) {
            throw new IllegalStateException("a polynomial model's boundary is a curve, not a line; see the probabilities");
        }
        Objects.checkIndex(first, classes);
        Objects.checkIndex(second, classes);
        double[] line = new double[3];
        line[0] = interceptOfLogit(first) - interceptOfLogit(second);
        for (int j = 0; j < 2; j++) {
            line[1 + j] = weightOfLogit(first, j) - weightOfLogit(second, j);
        }
        return line;
    }

    /**
     * Class probabilities of {@code count} points of d raw features each ({@link #inputCount()};
     * expanded to the model's polynomial terms here), given row-major:
     * {@code out[i·K + k] = P(k | rows[i·d .. i·d + d))}. Not modified: {@code rows}. Modified:
     * {@code out} (length at least count·K). Allocates nothing.
     */
    public void predictProbabilities(double[] rows, int count, double[] out) {
        for (int i = 0; i < count; i++) {
            probabilitiesOf(rows, i * inputs, null, 0, out, i * classes);
        }
    }

    /** The most probable class of the row x[offset .. offset + d) (the first on a tie). */
    @Override
    public double predict(double[] x, int offset) {
        double[] probabilities = new double[classes];
        probabilitiesOf(x, offset, null, 0, probabilities, 0);
        return ClassProbabilities.mostProbable(probabilities, 0, classes);
    }

    /**
     * The two-feature form for the boundary grid.
     *
     * @throws IllegalStateException when the model has other than two features
     */
    @Override
    public void predictProbabilities(double[] xs, double[] ys, int count, double[] out) {
        requireTwoFeatures("the boundary view");
        for (int i = 0; i < count; i++) {
            probabilitiesOf(xs, i, ys, i, out, i * classes);
        }
    }

    /**
     * Writes the K probabilities of one point to out[at ..]. The point is first[firstAt ..] when
     * second is null, else (first[firstAt], second[secondAt]): one loop serves both call forms.
     */
    private void probabilitiesOf(double[] first, int firstAt, double[] second, int secondAt, double[] out, int at) {
        if (outputs == 1) {
            double p = LogisticFunctions.sigmoid(intercepts[0] + linear(0, first, firstAt, second, secondAt));
            out[at] = 1 - p;
            out[at + 1] = p;
            return;
        }
        for (int k = 0; k < classes; k++) {
            out[at + k] = intercepts[k] + linear(k, first, firstAt, second, secondAt);
        }
        LogisticFunctions.softmaxInPlace(out, at, classes);
    }

    private double linear(int output, double[] first, int firstAt, double[] second, int secondAt) {
        int row = output * features;
        if (terms != null) {
            double z = 0;
            for (int j = 0; j < features; j++) {
                double term = second != null ? terms.term(j, first[firstAt], second[secondAt])
                        : terms.term(j, first, firstAt);
                z += weights[row + j] * term;
            }
            return z;
        }
        if (second != null) {
            return weights[row] * first[firstAt] + weights[row + 1] * second[secondAt];
        }
        double z = 0;
        for (int j = 0; j < features; j++) {
            z += weights[row + j] * first[firstAt + j];
        }
        return z;
    }

    /** The binary model's logits are (0, b + wᵀx): class 0 has a zero intercept and zero weights. */
    private double interceptOfLogit(int k) {
        if (outputs == 1) {
            return k == 1 ? intercepts[0] : 0;
        }
        return intercepts[k];
    }

    private double weightOfLogit(int k, int feature) {
        if (outputs == 1) {
            return k == 1 ? weights[feature] : 0;
        }
        return weights[k * features + feature];
    }

    private void requireTwoFeatures(String what) {
        if (inputs != 2) {
            throw new IllegalStateException(what + " needs a model of two features; this one has " + inputs);
        }
    }
}
