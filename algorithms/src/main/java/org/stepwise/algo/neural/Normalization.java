package org.stepwise.algo.neural;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * What batch norm and layer norm share: each group of values (a column across the batch for
 * batch norm, a row for layer norm) is standardized, x̂ = (x − μ) / √(σ² + ε) with the group's
 * mean and biased variance, then scaled and shifted per feature, y = γ x̂ + β (γ = 1, β = 0 at
 * the start). Backward within a group of N values, with d = ∂L/∂x̂ = γ ∂L/∂y (Ioffe &amp; Szegedy
 * 2015, §3, simplified): ∂L/∂x = (1 / (N √(σ² + ε))) (N d − Σ d − x̂ Σ d x̂).
 * Parameters: γ then β, one each per feature. Neither is penalized.
 */
abstract class Normalization implements Layer {

    static final double EPSILON = 1e-5;

    final int width;
    private double[] parameters;
    private double[] gradients;
    private int gammaStart;
    private int betaStart;
    /** x̂ of the last pass, row-major. */
    double[] normalized = new double[0];
    /** 1 / √(σ² + ε) of each group of the last pass. */
    double[] inverseDeviation = new double[0];

    Normalization(int width, String name) {
        this.width = LayerChecks.positive(width, name, "feature");
    }

    @Override public final int inputWidth() { return width; }

    @Override public final int outputWidth() { return width; }

    @Override public final int parameterCount() { return 2 * width; }

    @Override
    public final void bind(double[] parameters, double[] gradients, int offset) {
        this.parameters = parameters;
        this.gradients = gradients;
        this.gammaStart = offset;
        this.betaStart = offset + width;
    }

    @Override
    public void initialize(Initialization scheme, RandomGenerator random) {
        Arrays.fill(parameters, gammaStart, betaStart, 1);
        Arrays.fill(parameters, betaStart, betaStart + width, 0);
    }

    /** γ of feature {@code j}. */
    public final double gamma(int j) { return parameters[gammaStart + j]; }

    /** β of feature {@code j}. */
    public final double beta(int j) { return parameters[betaStart + j]; }

    /**
     * Standardizes the {@code count} values input[start + i·stride] into {@link #normalized}
     * with mean {@code mean} and variance {@code variance}; returns 1 / √(variance + ε).
     */
    final double standardize(double[] input, int start, int stride, int count, double mean, double variance) {
        double inverse = 1 / Math.sqrt(variance + EPSILON);
        for (int i = 0, at = start; i < count; i++, at += stride) {
            normalized[at] = (input[at] - mean) * inverse;
        }
        return inverse;
    }

    /** Mean of input[start + i·stride], i &lt; count. */
    static double mean(double[] input, int start, int stride, int count) {
        double sum = 0;
        for (int i = 0, at = start; i < count; i++, at += stride) {
            sum += input[at];
        }
        return sum / count;
    }

    /** Biased variance (divided by count) about {@code mean}. */
    static double variance(double[] input, int start, int stride, int count, double mean) {
        double sum = 0;
        for (int i = 0, at = start; i < count; i++, at += stride) {
            double deviation = input[at] - mean;
            sum += deviation * deviation;
        }
        return sum / count;
    }

    /** y = γ x̂ + β for the first {@code rows} rows. Modified: {@code output}. */
    final void scaleAndShift(double[] output, int rows) {
        for (int r = 0; r < rows; r++) {
            for (int j = 0, at = r * width; j < width; j++, at++) {
                output[at] = parameters[gammaStart + j] * normalized[at] + parameters[betaStart + j];
            }
        }
    }

    @Override
    public final void backward(double[] input, double[] output, double[] outputGradient, double[] inputGradient,
                               int rows) {
        affineGradients(outputGradient, rows);
        if (inputGradient != null) {
            inputGradient(outputGradient, inputGradient, rows);
        }
    }

    /** Writes ∂L/∂x of the last pass's statistics for the first {@code rows} rows. Modified: {@code inputGradient}. */
    abstract void inputGradient(double[] outputGradient, double[] inputGradient, int rows);

    /** Writes ∂L/∂γ = Σ g x̂ and ∂L/∂β = Σ g over the rows. */
    private void affineGradients(double[] outputGradient, int rows) {
        Arrays.fill(gradients, gammaStart, betaStart + width, 0);
        for (int r = 0; r < rows; r++) {
            for (int j = 0, at = r * width; j < width; j++, at++) {
                gradients[gammaStart + j] += outputGradient[at] * normalized[at];
                gradients[betaStart + j] += outputGradient[at];
            }
        }
    }

    /**
     * ∂L/∂x of one group standardized with its own statistics (the formula of the class comment).
     * Modified: {@code inputGradient} at the group's positions.
     */
    final void groupBackward(double[] outputGradient, double[] inputGradient, int start, int stride, int count,
                             double inverse) {
        double sumD = 0;
        double sumDx = 0;
        for (int i = 0, at = start; i < count; i++, at += stride) {
            double d = outputGradient[at] * parameters[gammaStart + at % width];
            sumD += d;
            sumDx += d * normalized[at];
        }
        for (int i = 0, at = start; i < count; i++, at += stride) {
            double d = outputGradient[at] * parameters[gammaStart + at % width];
            inputGradient[at] = inverse / count * (count * d - sumD - normalized[at] * sumDx);
        }
    }
}
