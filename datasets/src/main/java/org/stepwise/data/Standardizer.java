package org.stepwise.data;

import java.util.List;

/**
 * Scales each feature to zero mean and unit variance, as scikit-learn's {@code StandardScaler}
 * with its defaults: z_ij = (x_ij − μ_j) / s_j, where μ_j = (1/n) Σ_i x_ij and s_j is the
 * population standard deviation √((1/n) Σ_i (x_ij − μ_j)²) (ddof = 0, not n − 1). A constant
 * column gets s_j = 1, as {@code StandardScaler} does, so it maps to 0 instead of dividing by
 * zero. A column is constant when every value is equal (its mean is then that value, so it maps
 * to exactly 0, where the rounding of the mean of 0.1, 0.1, 0.1 would leave a tiny deviation),
 * or when its variance is within the rounding error of the two-pass algorithm, scikit-learn
 * 1.2.1's {@code _is_constant_feature}: var ≤ n·ε·var + (n·μ·ε)², ε the double's machine epsilon
 * (such a column keeps its computed mean, as {@code StandardScaler}'s {@code mean_} does).
 *
 * <p>{@link #standardized} is the data option "standardize" of the app, {@code run} and
 * sessions (LESSONS.md, "Data options"): fitted on the training rows only (held-out rows are
 * scaled with the training rows' means and scales, never fitted on, as a scikit-learn pipeline
 * does), and the columns renamed with {@link #NAME_SUFFIX}, so axes and narrations say which
 * units they are in.
 *
 * <p>Immutable once fitted: fit on the training part, then transform any part or point.
 */
public final class Standardizer extends CenteredScaler {

    /** What {@link #standardized} appends to each feature's name: "petal length (cm) (standardized)". */
    public static final String NAME_SUFFIX = " (standardized)";

    private Standardizer(double[] mean, double[] scale) {
        super(mean, scale);
    }

    /**
     * Learns each column's mean and scale (two passes: the mean, then the squared deviations
     * from it, which is more accurate than the one-pass sum of squares).
     *
     * @throws IllegalArgumentException for a data set without rows
     */
    public static Standardizer fit(Dataset data) {
        int n = data.size();
        if (n == 0) {
            throw new IllegalArgumentException("Cannot standardize a data set with no rows.");
        }
        int d = data.featureCount();
        double[] mean = new double[d];
        double[] scale = new double[d];
        for (int j = 0; j < d; j++) {
            double first = data.feature(0, j);
            boolean constant = true;
            double sum = 0;
            for (int i = 0; i < n; i++) {
                double value = data.feature(i, j);
                sum += value;
                constant &= value == first;
            }
            if (constant) {
                mean[j] = first;
                scale[j] = 1;
                continue;
            }
            mean[j] = sum / n;
            double squares = 0;
            for (int i = 0; i < n; i++) {
                double centred = data.feature(i, j) - mean[j];
                squares += centred * centred;
            }
            double variance = squares / n;
            double epsilon = Math.ulp(1.0);
            double bound = n * epsilon * variance + Math.pow(n * mean[j] * epsilon, 2);
            scale[j] = variance <= bound ? 1 : Math.sqrt(variance);
        }
        return new Standardizer(mean, scale);
    }

    /**
     * The data standardized by a standardizer fitted on its training rows ({@link
     * Dataset#training()}), each feature renamed with {@link #NAME_SUFFIX}; targets, held-out
     * marks and the data set's name unchanged. Not modified: data.
     *
     * @throws IllegalArgumentException for a data set without training rows
     */
    public static Dataset standardized(Dataset data) {
        Dataset scaled = fit(data.training()).transform(data);
        List<String> names = scaled.featureNames().stream().map(name -> name + NAME_SUFFIX).toList();
        return scaled.withFeatures(scaled.featuresRowMajor(), names);
    }

    /** A copy of the fitted column means μ_j. */
    public double[] mean() { return center.clone(); }

    /** A copy of the fitted column scales s_j (population standard deviations, 1 for constants). */
    @Override
    public double[] scale() { return scale.clone(); }
}
