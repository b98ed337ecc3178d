package org.stepwise.data;

/**
 * Scales each feature to zero mean and unit variance, as scikit-learn's {@code StandardScaler}
 * with its defaults: z_ij = (x_ij − μ_j) / s_j, where μ_j = (1/n) Σ_i x_ij and s_j is the
 * population standard deviation √((1/n) Σ_i (x_ij − μ_j)²) (ddof = 0, not n − 1). A constant
 * column gets s_j = 1, as {@code StandardScaler} does, so it maps to 0 instead of dividing by
 * zero; "constant" is tested exactly (every value equal), because the rounding of the mean of
 * a column such as 0.1, 0.1, 0.1 would otherwise leave a tiny non-zero deviation and blow the
 * column up.
 *
 * <p>Immutable once fitted: fit on the training part, then transform any part or point.
 */
public final class Standardizer {

    private final double[] mean;
    private final double[] scale;

    private Standardizer(double[] mean, double[] scale) {
        this.mean = mean;
        this.scale = scale;
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
            scale[j] = Math.sqrt(squares / n);
        }
        return new Standardizer(mean, scale);
    }

    /**
     * The data with every feature standardized; targets and names unchanged. Not modified: data.
     *
     * @throws IllegalArgumentException if the data has another number of features than was fitted
     */
    public Dataset transform(Dataset data) {
        checkWidth(data.featureCount());
        double[][] rows = new double[data.size()][];
        for (int i = 0; i < data.size(); i++) {
            rows[i] = data.row(i);
            transformPoint(rows[i], rows[i]);
        }
        Dataset scaled = data.isClassification()
                ? Dataset.classification(data.name(), rows, data.labels(), data.featureNames(), data.classNames())
                : Dataset.regression(data.name(), rows, data.targets(), data.featureNames(), data.targetName());
        return scaled.withTargetName(data.targetName());
    }

    /**
     * out_j = (in_j − mean_j) / scale_j. {@code in} and {@code out} may be the same array.
     * Not modified: in (unless it is out). Modified: out.
     */
    public void transformPoint(double[] in, double[] out) {
        checkWidth(in.length);
        checkWidth(out.length);
        for (int j = 0; j < mean.length; j++) {
            out[j] = (in[j] - mean[j]) / scale[j];
        }
    }

    /**
     * out_j = in_j · scale_j + mean_j, the inverse of {@link #transformPoint}; {@code in} and
     * {@code out} may be the same array. Not modified: in (unless it is out). Modified: out.
     */
    public void inversePoint(double[] in, double[] out) {
        checkWidth(in.length);
        checkWidth(out.length);
        for (int j = 0; j < mean.length; j++) {
            out[j] = in[j] * scale[j] + mean[j];
        }
    }

    /** A copy of the fitted column means μ_j. */
    public double[] mean() { return mean.clone(); }

    /** A copy of the fitted column scales s_j (population standard deviations, 1 for constants). */
    public double[] scale() { return scale.clone(); }

    private void checkWidth(int width) {
        if (width != mean.length) {
            throw new IllegalArgumentException("This standardizer was fitted on " + mean.length
                    + " features; got " + width + ".");
        }
    }
}
