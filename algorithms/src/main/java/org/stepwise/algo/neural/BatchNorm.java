package org.stepwise.algo.neural;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * Batch normalization (Ioffe &amp; Szegedy, ICML 2015) of each feature over the batch. In training
 * it uses the batch's mean and biased variance and updates running estimates as PyTorch's
 * {@code BatchNorm1d} does: μ̄ ← (1 − m) μ̄ + m μ, σ̄² ← (1 − m) σ̄² + m s² with s² the unbiased
 * batch variance, momentum m (0.1 by default), μ̄ = 0 and σ̄² = 1 at the start. In evaluation it
 * uses the running estimates, so each row's output depends on that row alone; backward then is
 * ∂L/∂x = γ ∂L/∂y / √(σ̄² + ε).
 */
public final class BatchNorm extends Normalization {

    private final double momentum;
    private final double[] runningMean;
    private final double[] runningVariance;
    private boolean lastPassTrained;

    /** Momentum 0.1, as PyTorch. */
    public BatchNorm(int width) {
        this(width, 0.1);
    }

    /** @param momentum m in (0, 1], the weight of the newest batch in the running estimates */
    public BatchNorm(int width, double momentum) {
        super(width, "BatchNorm");
        if (!(momentum > 0 && momentum <= 1)) {
            throw new IllegalArgumentException("BatchNorm momentum must be above 0 and at most 1; got " + momentum);
        }
        this.momentum = momentum;
        this.runningMean = new double[width];
        this.runningVariance = new double[width];
        Arrays.fill(runningVariance, 1);
    }

    @Override
    public void initialize(Initialization scheme, RandomGenerator random) {
        super.initialize(scheme, random);
        Arrays.fill(runningMean, 0);
        Arrays.fill(runningVariance, 1);
    }

    @Override
    public void prepare(int capacity) {
        normalized = new double[capacity * width];
        inverseDeviation = new double[width];
    }

    public double runningMean(int j) { return runningMean[j]; }

    public double runningVariance(int j) { return runningVariance[j]; }

    /**
     * Sets the running estimates to copies of another layer's (a network rebuilt from frozen
     * weights predicts as the one it was copied from). Modified: the running estimates.
     */
    public void setRunningStatistics(double[] mean, double[] variance) {
        if (mean.length != width || variance.length != width) {
            throw new IllegalArgumentException("BatchNorm " + width + " needs " + width + " running means and variances;"
                    + " got " + mean.length + " and " + variance.length);
        }
        System.arraycopy(mean, 0, runningMean, 0, width);
        System.arraycopy(variance, 0, runningVariance, 0, width);
    }

    @Override
    public void forward(double[] input, double[] output, int rows, boolean training) {
        lastPassTrained = training;
        for (int j = 0; j < width; j++) {
            if (training) {
                double mean = mean(input, j, width, rows);
                double variance = variance(input, j, width, rows, mean);
                inverseDeviation[j] = standardize(input, j, width, rows, mean, variance);
                double unbiased = rows > 1 ? variance * rows / (rows - 1) : variance;
                runningMean[j] = (1 - momentum) * runningMean[j] + momentum * mean;
                runningVariance[j] = (1 - momentum) * runningVariance[j] + momentum * unbiased;
            } else {
                inverseDeviation[j] = standardize(input, j, width, rows, runningMean[j], runningVariance[j]);
            }
        }
        scaleAndShift(output, rows);
    }

    @Override
    void inputGradient(double[] outputGradient, double[] inputGradient, int rows) {
        for (int j = 0; j < width; j++) {
            if (lastPassTrained) {
                groupBackward(outputGradient, inputGradient, j, width, rows, inverseDeviation[j]);
            } else {
                for (int r = 0, at = j; r < rows; r++, at += width) {
                    inputGradient[at] = outputGradient[at] * gamma(j) * inverseDeviation[j];
                }
            }
        }
    }

    @Override
    public String describe() { return "batch norm " + width; }
}
