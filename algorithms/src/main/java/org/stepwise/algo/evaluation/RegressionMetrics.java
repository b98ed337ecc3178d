package org.stepwise.algo.evaluation;

/**
 * Regression metrics for one target, as scikit-learn 1.2.1's {@code sklearn/metrics/_regression.py}:
 * MSE = mean (y − ŷ)², RMSE = √MSE ({@code squared=False}), MAE = mean |y − ŷ|, median absolute
 * error, MAPE = mean |y − ŷ| / max(|y|, ε) with ε = 2⁻⁵², R² = 1 − Σ(y − ŷ)² / Σ(y − ȳ)², and
 * explained variance = 1 − Var(y − ŷ) / Var(y). R² and explained variance of a constant target are
 * ill-defined: 1.0 when the prediction is perfect, else 0.0 ({@code force_finite=True}), with a sentence.
 * Arrays are not modified.
 */
public final class RegressionMetrics {

    private RegressionMetrics() {
    }

    public static double meanSquaredError(double[] yTrue, double[] yPred) {
        check(yTrue, yPred);
        double sum = 0;
        for (int i = 0; i < yTrue.length; i++) {
            double d = yTrue[i] - yPred[i];
            sum += d * d;
        }
        return sum / yTrue.length;
    }

    public static double rootMeanSquaredError(double[] yTrue, double[] yPred) {
        return Math.sqrt(meanSquaredError(yTrue, yPred));
    }

    public static double meanAbsoluteError(double[] yTrue, double[] yPred) {
        check(yTrue, yPred);
        double sum = 0;
        for (int i = 0; i < yTrue.length; i++) {
            sum += Math.abs(yPred[i] - yTrue[i]);
        }
        return sum / yTrue.length;
    }

    /** The median of |ŷ − y|: the mean of the two middle values for an even count, as {@code np.median}. */
    public static double medianAbsoluteError(double[] yTrue, double[] yPred) {
        check(yTrue, yPred);
        int n = yTrue.length;
        double[] errors = new double[n];
        for (int i = 0; i < n; i++) {
            errors[i] = Math.abs(yPred[i] - yTrue[i]);
        }
        double upper = Selection.kth(errors, n / 2);
        if (n % 2 == 1) {
            return upper;
        }
        double lower = Selection.maxBelow(errors, n / 2);
        return (lower + upper) / 2;
    }

    public static double meanAbsolutePercentageError(double[] yTrue, double[] yPred) {
        check(yTrue, yPred);
        double sum = 0;
        for (int i = 0; i < yTrue.length; i++) {
            sum += Math.abs(yPred[i] - yTrue[i]) / Math.max(Math.abs(yTrue[i]), ProbabilityMetrics.EPS);
        }
        return sum / yTrue.length;
    }

    /** {@code r2_score}: 1 − Σ(y − ŷ)² / Σ(y − ȳ)². */
    public static Score r2(double[] yTrue, double[] yPred) {
        check(yTrue, yPred);
        if (yTrue.length < 2) {
            return Score.undefined("R² is undefined with fewer than two rows: the target has no variance to explain");
        }
        double mean = mean(yTrue);
        double residual = 0;
        double total = 0;
        for (int i = 0; i < yTrue.length; i++) {
            double r = yTrue[i] - yPred[i];
            double t = yTrue[i] - mean;
            residual += r * r;
            total += t * t;
        }
        return assemble("R²", residual, total);
    }

    /** {@code explained_variance_score}: 1 − mean((y − ŷ − mean(y − ŷ))²) / mean((y − ȳ)²). */
    public static Score explainedVariance(double[] yTrue, double[] yPred) {
        check(yTrue, yPred);
        int n = yTrue.length;
        double residualMean = 0;
        for (int i = 0; i < n; i++) {
            residualMean += yTrue[i] - yPred[i];
        }
        residualMean /= n;
        double mean = mean(yTrue);
        double residual = 0;
        double total = 0;
        for (int i = 0; i < n; i++) {
            double r = yTrue[i] - yPred[i] - residualMean;
            double t = yTrue[i] - mean;
            residual += r * r;
            total += t * t;
        }
        return assemble("explained variance", residual / n, total / n);
    }

    /** scikit-learn's {@code _assemble_r2_explained_variance} with {@code force_finite=True}. */
    private static Score assemble(String metric, double numerator, double denominator) {
        if (denominator != 0) {
            return Score.of(1 - numerator / denominator);
        }
        return numerator == 0
                ? Score.substituted(1.0, metric + " is ill-defined: the target is constant (0/0); the prediction is"
                        + " perfect, so it is reported as 1.0, as scikit-learn does")
                : Score.substituted(0.0, metric + " is ill-defined: the target is constant, so there is no variance"
                        + " to explain; it is reported as 0.0, as scikit-learn does");
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    private static void check(double[] yTrue, double[] yPred) {
        Checks.pairedRows(yTrue.length, yPred.length, "y_true", "y_pred");
        Checks.finite(yTrue, "y_true");
        Checks.finite(yPred, "y_pred");
    }
}
