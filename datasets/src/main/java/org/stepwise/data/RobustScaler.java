package org.stepwise.data;

import java.util.Arrays;

/**
 * Centres each feature on its median and divides by its interquartile range, as scikit-learn
 * 1.2.1's {@code RobustScaler()} (sklearn/preprocessing/_data.py, {@code fit}): {@code center_} is
 * NumPy's median (the middle value, or the mean of the two middle ones), {@code scale_} = q75 − q25
 * with {@code quantile_range=(25, 75)} by {@code np.nanpercentile}'s default "linear" method
 * (Hyndman &amp; Fan's type 7: the sorted column's value at the virtual index (n − 1)·q,
 * interpolated as NumPy 1.24's {@code _lerp} does it, a + (b − a)·γ below γ = 0.5 and
 * b − (b − a)·(1 − γ) from there, so the figures agree to the last bit), a range below ten
 * machine epsilons taken as 1 ({@link FeatureScaler#nonZeroScale}). x' = (x − center) / scale.
 * Outliers move the median and the quartiles little, so they do not squash the other rows as they
 * squash them under min-max scaling. Immutable once fitted.
 */
public final class RobustScaler extends CenteredScaler {

    private RobustScaler(double[] center, double[] scale) {
        super(center, scale);
    }

    /**
     * Learns each column's median and interquartile range.
     *
     * @throws IllegalArgumentException for data without rows
     */
    public static RobustScaler fit(Dataset data) {
        FeatureScaler.requireRows(data, "robust scaling");
        int n = data.size();
        int d = data.featureCount();
        double[] center = new double[d];
        double[] scale = new double[d];
        double[] column = new double[n];
        for (int j = 0; j < d; j++) {
            for (int i = 0; i < n; i++) {
                column[i] = data.feature(i, j);
            }
            Arrays.sort(column);
            center[j] = n % 2 == 1 ? column[n / 2] : (column[n / 2 - 1] + column[n / 2]) / 2;
            scale[j] = FeatureScaler.nonZeroScale(percentile(column, 0.75) - percentile(column, 0.25));
        }
        return new RobustScaler(center, scale);
    }

    /** NumPy's linear percentile of a sorted column at fraction q (0.25 for the 25th). Not modified: sorted. */
    public static double percentile(double[] sorted, double q) {
        double index = (sorted.length - 1) * q;
        int below = (int) Math.floor(index);
        int above = Math.min(below + 1, sorted.length - 1);
        double gamma = index - below;
        double a = sorted[below];
        double b = sorted[above];
        double difference = b - a;
        return gamma >= 0.5 ? b - difference * (1 - gamma) : a + difference * gamma;
    }

    /** A copy of {@code center_}: each column's median. */
    public double[] center() { return center.clone(); }

    /** A copy of {@code scale_}: each column's interquartile range, 1 for a constant column. */
    @Override
    public double[] scale() { return scale.clone(); }
}
