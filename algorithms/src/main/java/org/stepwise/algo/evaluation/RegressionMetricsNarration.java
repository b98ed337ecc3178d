package org.stepwise.algo.evaluation;

import java.util.Locale;

/**
 * One sentence on a move (the outlier's shares of the errors left out where space is short): where the outlier went, whether the line was refitted, and how MSE, MAE
 * and the median absolute error moved (squared errors leap, absolute ones creep, the median hardly
 * notices), with R².
 */
final class RegressionMetricsNarration {

    private RegressionMetricsNarration() {
    }

    static String of(RegressionMetricsSnapshot s, boolean shares) {
        String metrics = String.format(Locale.ROOT, "MSE %s%s, MAE %s%s, median AE %s%s, R² %s",
                format(s.mse()), change(s.mse(), s.before(0)), format(s.mae()), change(s.mae(), s.before(1)),
                format(s.medianAbsoluteError()), change(s.medianAbsoluteError(), s.before(2)),
                format(s.r2().value()));
        if (s.step() == 0) {
            return String.format(Locale.ROOT, "The least-squares line fitted to the %d points: %s; the steps will"
                    + " move point %d.", s.size(), metrics, s.outlier());
        }
        String where = s.away()
                ? String.format(Locale.ROOT, "Point %d moved %d notch%s right and against the trend, to (%s, %s)",
                        s.outlier(), s.step(), s.step() == 1 ? "" : "es", format(s.outlierX()), format(s.outlierY()))
                : String.format(Locale.ROOT, "Point %d's target rose %d notch%s, to %s", s.outlier(), s.step(),
                        s.step() == 1 ? "" : "es", format(s.outlierY()));
        String model = s.refit() ? "the line refitted" : "the first line kept";
        String held = shares ? String.format(Locale.ROOT, " (it holds %s of the squared error, %s of the absolute)",
                percent(s.outlierShareSquared()), percent(s.outlierShareAbsolute())) : "";
        return String.format(Locale.ROOT, "%s; %s: %s%s.", where, model, metrics, held);
    }

    private static String change(double now, double before) {
        if (Double.isNaN(before)) {
            return "";
        }
        double delta = now - before;
        return Math.abs(delta) < 5e-5 * Math.max(1, Math.abs(now)) ? " (unmoved)"
                : String.format(Locale.ROOT, " (%s%s)", delta > 0 ? "+" : "−", format(Math.abs(delta)));
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }

    static String format(double value) { return ConfusionMatrixNarration.format(value); }
}
