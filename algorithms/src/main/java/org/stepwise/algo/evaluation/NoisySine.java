package org.stepwise.algo.evaluation;

import java.util.random.RandomGenerator;

/**
 * The bias–variance lesson's data: a known function, f(x) = sin(1.5πx + 0.5) on [−1, 1] (three
 * quarters of a period and no symmetry, so every added degree can lower the bias, where an odd
 * sine gains nothing from even powers; on [−1, 1] the powers x, ..., x¹⁰ of a polynomial fit stay
 * well conditioned), observed with Gaussian noise of standard deviation σ.
 *
 * <p>A training set is n points, one drawn uniformly in each of n equal bins of [−1, 1]
 * (xᵢ = −1 + 2(i + uᵢ)/n, uᵢ ~ U[0, 1)), with y = f(x) + ε, ε ~ N(0, σ²), drawn from the run's
 * generator (the n uᵢ first, then the n noises). Stratified so that every set covers the whole
 * interval: plain uniform draws leave gaps at the ends, where a high-degree fit extrapolates by
 * thousands and its variance swamps the picture. Errors are measured on a fixed grid of
 * {@link #GRID} evenly spaced x from −1 to 1, against the function itself.
 */
final class NoisySine {

    /** Points of the test grid (and of each drawn curve). */
    static final int GRID = 101;
    static final double LOW = -1;
    static final double HIGH = 1;

    private NoisySine() {
    }

    static double f(double x) {
        return Math.sin(1.5 * Math.PI * x + 0.5);
    }

    /** Grid point j of {@link #GRID}: NumPy's {@code linspace(-1, 1, GRID)[j]}. */
    static double gridX(int j) {
        return LOW + (HIGH - LOW) * j / (GRID - 1);
    }

    /** Draws one training set into xs and ys (their lengths are the size). Modified: xs, ys, random. */
    static void draw(RandomGenerator random, double noise, double[] xs, double[] ys) {
        for (int i = 0; i < xs.length; i++) {
            xs[i] = LOW + (HIGH - LOW) * (i + random.nextDouble()) / xs.length;
        }
        for (int i = 0; i < ys.length; i++) {
            ys[i] = f(xs[i]) + noise * random.nextGaussian();
        }
    }
}
