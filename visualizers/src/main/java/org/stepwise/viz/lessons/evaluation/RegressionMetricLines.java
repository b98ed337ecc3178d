package org.stepwise.viz.lessons.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.stepwise.algo.evaluation.RegressionMetricsSnapshot;
import org.stepwise.algo.evaluation.Score;
import org.stepwise.viz.view.MetricTableView.Line;

/**
 * Every regression metric of a move as a line of the metric table, its formula in the residuals
 * r = y − ŷ with the step's sums in it (short, to fit beside the data); then the outlier's share of the squared and of the absolute errors, which is why MSE
 * leaps where MAE creeps and the median absolute error hardly moves.
 */
final class RegressionMetricLines {

    private RegressionMetricLines() {
    }

    static List<Line> of(RegressionMetricsSnapshot s) {
        int n = s.size();
        double squares = s.mse() * n;
        double absolute = s.mae() * n;
        double mean = 0;
        for (int i = 0; i < n; i++) {
            mean += s.y(i);
        }
        mean /= n;
        double total = 0;
        for (int i = 0; i < n; i++) {
            total += (s.y(i) - mean) * (s.y(i) - mean);
        }
        List<Line> lines = new ArrayList<>();
        lines.add(line("MSE", "Σr²/n = " + number(squares) + "/" + n, s.mse()));
        lines.add(line("RMSE", "√MSE", Math.sqrt(s.mse())));
        lines.add(line("MAE", "Σ|r|/n = " + number(absolute) + "/" + n, s.mae()));
        lines.add(line("median AE", "median |r|", s.medianAbsoluteError()));
        lines.add(line("R²", "1 − " + number(squares) + "/" + number(total), s.r2()));
        lines.add(line("explained var.", "1 − Var(r)/Var(y)", s.explainedVariance()));
        lines.add(line("MAPE", String.format(Locale.ROOT, "mean |r|/|y|, %.1f%%", 100 * s.mape()), s.mape()));
        double r = s.residual(s.outlier());
        lines.add(new Line("point " + s.outlier(), "its residual r", number(r), false));
        lines.add(new Line("  share of Σr²", number(r * r) + "/" + number(squares), percent(s.outlierShareSquared()),
                false));
        lines.add(new Line("  share of Σ|r|", number(Math.abs(r)) + "/" + number(absolute),
                percent(s.outlierShareAbsolute()), false));
        return lines;
    }

    private static Line line(String name, String formula, double value) {
        return new Line(name, formula, number(value), false);
    }

    /** An ill-defined R² (a constant target) is shown in the warning colour, with scikit-learn's value. */
    private static Line line(String name, String formula, Score score) {
        return new Line(name, formula, number(score.value()), !score.isWellDefined());
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }

    static String number(double value) {
        return String.format(Locale.ROOT, "%.4g", value);
    }
}
