package org.stepwise.algo.anomaly;

/**
 * A one-feature rule that flags the values far from the bulk of a column. {@code iqr}: Tukey's
 * fences (Tukey, <i>Exploratory Data Analysis</i>, 1977): outside [Q1 − 1.5·IQR, Q3 + 1.5·IQR],
 * the quartiles by numpy's {@code percentile} (linear interpolation), IQR = Q3 − Q1; a value's
 * measure is how far it lies outside the box [Q1, Q3] in IQRs. {@code zscore}: |z| &gt; 3 with
 * z = (x − mean)/σ, σ the population standard deviation ({@code scipy.stats.zscore}'s ddof=0);
 * the measure is |z|. A constant column (IQR or σ of 0) flags nothing and measures 0.
 */
public final class SpreadRule {

    /** Tukey's multiplier of the IQR. */
    public static final double TUKEY = 1.5;
    /** The z-score beyond which a value is flagged. */
    public static final double Z_LIMIT = 3;

    private final boolean iqr;
    private final double low;
    private final double high;
    private final double centre;
    private final double spread;

    private SpreadRule(boolean iqr, double low, double high, double centre, double spread) {
        this.iqr = iqr;
        this.low = low;
        this.high = high;
        this.centre = centre;
        this.spread = spread;
    }

    /** Tukey's fences of column j of x (n rows, d features). */
    public static SpreadRule iqr(double[] x, int n, int d, int j) {
        double[] column = column(x, n, d, j);
        java.util.Arrays.sort(column);
        double q1 = Percentile.ofSorted(column, 25);
        double q3 = Percentile.ofSorted(column, 75);
        return new SpreadRule(true, q1, q3, Percentile.ofSorted(column, 50), q3 - q1);
    }

    /** The z-score rule of column j. */
    public static SpreadRule zscore(double[] x, int n, int d, int j) {
        double mean = 0;
        for (int i = 0; i < n; i++) {
            mean += x[i * d + j];
        }
        mean /= n;
        double squares = 0;
        for (int i = 0; i < n; i++) {
            double t = x[i * d + j] - mean;
            squares += t * t;
        }
        double sigma = Math.sqrt(squares / n);
        return new SpreadRule(false, mean - Z_LIMIT * sigma, mean + Z_LIMIT * sigma, mean, sigma);
    }

    private static double[] column(double[] x, int n, int d, int j) {
        double[] column = new double[n];
        for (int i = 0; i < n; i++) {
            column[i] = x[i * d + j];
        }
        return column;
    }

    public boolean isIqr() { return iqr; }

    /** IQR: Q1; z-score: mean − 3σ. */
    public double q1OrLowBand() { return low; }

    /** IQR: Q3; z-score: mean + 3σ. */
    public double q3OrHighBand() { return high; }

    /** IQR: the median; z-score: the mean. */
    public double centre() { return centre; }

    /** IQR: Q3 − Q1; z-score: σ. */
    public double spread() { return spread; }

    /** The lower limit: Q1 − 1.5·IQR, or mean − 3σ. */
    public double lowerFence() { return iqr ? low - TUKEY * spread : low; }

    /** The upper limit: Q3 + 1.5·IQR, or mean + 3σ. */
    public double upperFence() { return iqr ? high + TUKEY * spread : high; }

    /** Whether v lies strictly beyond a fence (never for a constant column). */
    public boolean flags(double v) {
        return spread > 0 && (v < lowerFence() || v > upperFence());
    }

    /** IQR: distance outside [Q1, Q3] in IQRs (0 inside); z-score: |z|. 0 for a constant column. */
    public double measure(double v) {
        if (!(spread > 0)) {
            return 0;
        }
        if (iqr) {
            return Math.max(0, Math.max(low - v, v - high)) / spread;
        }
        return Math.abs(v - centre) / spread;
    }

    /** The measure's limit: 1.5 IQRs, or 3σ. */
    public double limit() { return iqr ? TUKEY : Z_LIMIT; }
}
