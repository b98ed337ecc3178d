package org.stepwise.algo.evaluation;

import java.util.Arrays;

/**
 * A normal Q-Q plot of some values, as SciPy 1.10's {@code scipy.stats.probplot(values, dist="norm")}:
 * the ordered values against the normal quantiles Φ⁻¹(mᵢ) of Filliben's estimate of the uniform
 * order statistics' medians (m_n = 0.5^{1/n}, m₁ = 1 − m_n, mᵢ = (i − 0.3175)/(n + 0.365) between;
 * J. J. Filliben, "The probability plot correlation coefficient test for normality", Technometrics
 * 17, 1975), and the least-squares line through the points with its correlation r ({@code linregress}).
 * Φ⁻¹ is {@link NormalQuantile}'s (relative error below 1.2·10⁻⁹). Immutable.
 */
public final class ProbabilityPlot {

    private final double[] theoretical;
    private final double[] ordered;
    private final double slope;
    private final double intercept;
    private final double r;

    private ProbabilityPlot(double[] theoretical, double[] ordered) {
        this.theoretical = theoretical;
        this.ordered = ordered;
        int n = ordered.length;
        double xMean = mean(theoretical);
        double yMean = mean(ordered);
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            double dx = theoretical[i] - xMean;
            double dy = ordered[i] - yMean;
            sxx += dx * dx;
            sxy += dx * dy;
            syy += dy * dy;
        }
        slope = sxx == 0 ? 0 : sxy / sxx;
        intercept = yMean - slope * xMean;
        r = sxx == 0 || syy == 0 ? 0 : sxy / Math.sqrt(sxx * syy);
    }

    /** The plot of {@code values} (at least 2, finite; not modified). */
    public static ProbabilityPlot of(double[] values) {
        double[] ordered = values.clone();
        Arrays.sort(ordered);
        return new ProbabilityPlot(normalQuantiles(fillibenPositions(ordered.length)), ordered);
    }

    /** Filliben's estimate of the medians of n uniform order statistics ({@code _calc_uniform_order_statistic_medians}). */
    public static double[] fillibenPositions(int n) {
        double[] m = new double[n];
        m[n - 1] = Math.pow(0.5, 1.0 / n);
        m[0] = 1 - m[n - 1];
        for (int i = 2; i < n; i++) {
            m[i - 1] = (i - 0.3175) / (n + 0.365);
        }
        return m;
    }

    private static double[] normalQuantiles(double[] positions) {
        double[] q = new double[positions.length];
        for (int i = 0; i < q.length; i++) {
            q[i] = NormalQuantile.of(positions[i]);
        }
        return q;
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    public int size() { return ordered.length; }

    /** The i-th normal quantile (probplot's {@code osm}). */
    public double theoretical(int i) { return theoretical[i]; }

    /** The i-th smallest value (probplot's {@code osr}). */
    public double ordered(int i) { return ordered[i]; }

    public double[] theoretical() { return theoretical.clone(); }

    public double[] ordered() { return ordered.clone(); }

    /** The least-squares line's slope: about the values' standard deviation when they are normal. */
    public double slope() { return slope; }

    public double intercept() { return intercept; }

    /** The points' correlation: near 1 when the values are normal. */
    public double r() { return r; }
}
