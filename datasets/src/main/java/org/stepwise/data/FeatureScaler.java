package org.stepwise.data;

/**
 * A fitted per-column scaler: each feature mapped by its own affine function, learnt from the
 * training rows. The three of scikit-learn 1.2.1's {@code sklearn.preprocessing} that the app
 * has live beside each other in this package: {@link Standardizer} ({@code StandardScaler}),
 * {@link MinMaxScaler} and {@link RobustScaler}. Immutable once fitted.
 */
public interface FeatureScaler {

    /** The scaled point; {@code in} and {@code out} may be the same array. Modified: out. */
    void transformPoint(double[] in, double[] out);

    /** The point in the original units again; {@code in} and {@code out} may be the same array. Modified: out. */
    void inversePoint(double[] in, double[] out);

    /**
     * The data with every feature scaled; targets, names, held-out marks and image shape unchanged.
     * Not modified: data.
     *
     * @throws IllegalArgumentException if the data has another number of features than was fitted
     */
    default Dataset transform(Dataset data) {
        int d = data.featureCount();
        double[] values = data.featuresRowMajor();
        double[] row = new double[d];
        for (int i = 0; i < data.size(); i++) {
            System.arraycopy(values, i * d, row, 0, d);
            transformPoint(row, row);
            System.arraycopy(row, 0, values, i * d, d);
        }
        return data.withFeatures(values, data.featureNames());
    }

    /**
     * scikit-learn's {@code _handle_zeros_in_scale} (sklearn/preprocessing/_data.py): a scale below
     * ten machine epsilons (a constant column's range or spread) becomes 1, so the column is
     * shifted but not divided by (nearly) zero.
     */
    static double nonZeroScale(double scale) {
        return scale < 10 * Math.ulp(1.0) ? 1 : scale;
    }

    /**
     * Refuses a data set without rows in one sentence; {@code what} is the scaler's name ("min-max
     * scaling"). (A missing value never gets this far: {@link Dataset} refuses a cell that is not a
     * finite number when it is built, CSV import with the row and column named.)
     */
    static void requireRows(Dataset data, String what) {
        if (data.size() == 0) {
            throw new IllegalArgumentException("Cannot fit " + what + " to a data set with no rows.");
        }
    }

    /**
     * Refuses a point of another width than the scaler was fitted on.
     *
     * @throws IllegalArgumentException naming both widths
     */
    static void requireWidth(int fitted, int in, int out) {
        if (in != fitted || out != fitted) {
            throw new IllegalArgumentException("This scaler was fitted on " + fitted + " features; got "
                    + (in != fitted ? in : out) + ".");
        }
    }
}
