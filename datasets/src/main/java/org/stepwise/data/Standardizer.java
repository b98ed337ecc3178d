package org.stepwise.data;

/**
 * Scales each feature to zero mean and unit variance, as scikit-learn's StandardScaler:
 * z = (x − mean) / scale with the population standard deviation (ddof = 0); a constant
 * column gets scale 1, so it maps to 0 instead of dividing by zero.
 */
public final class Standardizer {

    private final double[] mean;
    private final double[] scale;

    private Standardizer(double[] mean, double[] scale) {
        this.mean = mean;
        this.scale = scale;
    }

    /** Learns each column's mean and scale. */
    public static Standardizer fit(Dataset data) {
        if (data.size() == 0) {
            throw new IllegalArgumentException("cannot standardize an empty data set");
        }
        int d = data.featureCount();
        double[] mean = new double[d];
        double[] scale = new double[d];
        for (int j = 0; j < d; j++) {
            double sum = 0;
            for (int i = 0; i < data.size(); i++) {
                sum += data.feature(i, j);
            }
            mean[j] = sum / data.size();
            double squares = 0;
            for (int i = 0; i < data.size(); i++) {
                double centred = data.feature(i, j) - mean[j];
                squares += centred * centred;
            }
            double deviation = Math.sqrt(squares / data.size());
            scale[j] = deviation > 0 ? deviation : 1;
        }
        return new Standardizer(mean, scale);
    }

    /** The data with every feature standardized; targets and names unchanged. */
    public Dataset transform(Dataset data) {
        checkWidth(data.featureCount());
        double[][] rows = new double[data.size()][];
        for (int i = 0; i < data.size(); i++) {
            rows[i] = data.row(i);
            transformPoint(rows[i], rows[i]);
        }
        return data.isClassification()
                ? Dataset.classification(data.name(), rows, data.labels(), data.featureNames(), data.classNames())
                : Dataset.regression(data.name(), rows, data.targets(), data.featureNames(), data.targetName());
    }

    /** out = (in − mean) / scale. Not modified: in (unless it is out). Modified: out. */
    public void transformPoint(double[] in, double[] out) {
        checkWidth(in.length);
        for (int j = 0; j < mean.length; j++) {
            out[j] = (in[j] - mean[j]) / scale[j];
        }
    }

    /** out = in · scale + mean, the inverse of {@link #transformPoint}. Modified: out. */
    public void inversePoint(double[] in, double[] out) {
        checkWidth(in.length);
        for (int j = 0; j < mean.length; j++) {
            out[j] = in[j] * scale[j] + mean[j];
        }
    }

    public double[] mean() { return mean.clone(); }

    public double[] scale() { return scale.clone(); }

    private void checkWidth(int width) {
        if (width != mean.length) {
            throw new IllegalArgumentException("expected " + mean.length + " features; got " + width);
        }
    }
}
