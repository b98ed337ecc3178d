package org.stepwise.data;

/**
 * The shape two of the scalers share: x' = (x − center) / scale per column, and back,
 * x = x' · scale + center. {@link Standardizer} centres on the mean and divides by the standard
 * deviation, {@link RobustScaler} on the median and by the interquartile range.
 */
abstract class CenteredScaler implements FeatureScaler {

    /** What is subtracted from each column (the mean or the median). */
    final double[] center;
    /** What each centred column is divided by (1 for a constant column). */
    final double[] scale;

    CenteredScaler(double[] center, double[] scale) {
        this.center = center;
        this.scale = scale;
    }

    /**
     * out_j = (in_j − center_j) / scale_j. {@code in} and {@code out} may be the same array.
     * Not modified: in (unless it is out). Modified: out.
     */
    @Override
    public final void transformPoint(double[] in, double[] out) {
        FeatureScaler.requireWidth(center.length, in.length, out.length);
        for (int j = 0; j < center.length; j++) {
            out[j] = (in[j] - center[j]) / scale[j];
        }
    }

    /**
     * out_j = in_j · scale_j + center_j, the inverse of {@link #transformPoint} (scikit-learn's
     * {@code inverse_transform}); {@code in} and {@code out} may be the same array. Modified: out.
     */
    @Override
    public final void inversePoint(double[] in, double[] out) {
        FeatureScaler.requireWidth(center.length, in.length, out.length);
        for (int j = 0; j < center.length; j++) {
            out[j] = in[j] * scale[j] + center[j];
        }
    }

    /** A copy of the fitted scales. */
    public double[] scale() { return scale.clone(); }
}
