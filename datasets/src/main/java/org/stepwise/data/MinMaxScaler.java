package org.stepwise.data;

/**
 * Scales each feature to [0, 1], as scikit-learn 1.2.1's {@code MinMaxScaler()}
 * (sklearn/preprocessing/_data.py, {@code partial_fit} and {@code transform}):
 * {@code data_min_} and {@code data_max_} are the column's extremes, {@code scale_} =
 * 1 / (data_max − data_min), with a range below ten machine epsilons taken as 1
 * ({@link FeatureScaler#nonZeroScale}: a constant column maps to 0), {@code min_} = −data_min · scale,
 * and x' = x · scale + min in that order, so the numbers agree with scikit-learn's to the last bit
 * or two. Immutable once fitted.
 */
public final class MinMaxScaler implements FeatureScaler {

    private final double[] dataMin;
    private final double[] dataMax;
    private final double[] scale;
    private final double[] min;

    private MinMaxScaler(double[] dataMin, double[] dataMax) {
        this.dataMin = dataMin;
        this.dataMax = dataMax;
        int d = dataMin.length;
        scale = new double[d];
        min = new double[d];
        for (int j = 0; j < d; j++) {
            scale[j] = 1 / FeatureScaler.nonZeroScale(dataMax[j] - dataMin[j]);
            min[j] = 0 - dataMin[j] * scale[j];
        }
    }

    /**
     * Learns each column's minimum and maximum.
     *
     * @throws IllegalArgumentException for data without rows
     */
    public static MinMaxScaler fit(Dataset data) {
        FeatureScaler.requireRows(data, "min-max scaling");
        int d = data.featureCount();
        double[] low = new double[d];
        double[] high = new double[d];
        for (int j = 0; j < d; j++) {
            low[j] = Double.POSITIVE_INFINITY;
            high[j] = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < data.size(); i++) {
                low[j] = Math.min(low[j], data.feature(i, j));
                high[j] = Math.max(high[j], data.feature(i, j));
            }
        }
        return new MinMaxScaler(low, high);
    }

    /** out_j = in_j · scale_j + min_j. Not modified: in (unless it is out). Modified: out. */
    @Override
    public void transformPoint(double[] in, double[] out) {
        FeatureScaler.requireWidth(scale.length, in.length, out.length);
        for (int j = 0; j < scale.length; j++) {
            out[j] = in[j] * scale[j] + min[j];
        }
    }

    /** out_j = (in_j − min_j) / scale_j, as {@code inverse_transform}. Modified: out. */
    @Override
    public void inversePoint(double[] in, double[] out) {
        FeatureScaler.requireWidth(scale.length, in.length, out.length);
        for (int j = 0; j < scale.length; j++) {
            out[j] = (in[j] - min[j]) / scale[j];
        }
    }

    /** A copy of {@code data_min_}. */
    public double[] dataMin() { return dataMin.clone(); }

    /** A copy of {@code data_max_}. */
    public double[] dataMax() { return dataMax.clone(); }

    /** A copy of {@code scale_}: 1 / (max − min), 1 for a constant column. */
    public double[] scale() { return scale.clone(); }

    /** A copy of {@code min_}: −data_min · scale. */
    public double[] min() { return min.clone(); }

}
