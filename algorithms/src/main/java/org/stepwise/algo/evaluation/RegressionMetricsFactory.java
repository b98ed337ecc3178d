package org.stepwise.algo.evaluation;

import java.util.List;
import java.util.Locale;
import org.stepwise.algo.DataKind;
import org.stepwise.algo.Engine;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.ParamSpec;
import org.stepwise.algo.Params;
import org.stepwise.data.Dataset;

/**
 * The regression-metrics lesson: linear regression (through its own engine, the least-squares
 * solution scikit-learn's {@code LinearRegression} gives) fitted to the data, and one point, the
 * outlier, moved one notch a step, the line refitted after each move ({@code refit}) or the first
 * fit kept. Every step gives scikit-learn's regression metrics of the model's predictions, the
 * residuals' normal Q-Q plot and their histogram. See {@link RegressionMetricsEngine}.
 */
public final class RegressionMetricsFactory implements EngineFactory<RegressionMetricsSnapshot> {

    /** The {@code move} words: the outlier's target rises, or it moves right and against the trend. */
    public static final String UP = "up";
    public static final String AWAY = "away";
    /** The {@code outlier} value for the row of the largest first feature. */
    public static final int RIGHTMOST = -1;

    static final List<ParamSpec<?>> PARAMS = List.of(
            ParamSpec.flag("refit", true).label("Refit after every move")
                    .help("refit the line after each move of the outlier; off: keep the line fitted before the"
                            + " first move, which then grows worse (R² can fall below 0)"),
            ParamSpec.choice("move", UP, List.of(UP, AWAY))
                    .optionLabels("Target rises", "Right and against the trend")
                    .label("Outlier moves")
                    .help("up: each step raises the outlier's target by a notch; away: it also moves a notch"
                            + " right along the first feature, and its target moves against the fitted slope"),
            ParamSpec.integer("outlier", RIGHTMOST).between(-1, 1_000_000)
                    .label("Outlier row")
                    .help("the row the steps move; -1: the rightmost point (the largest first feature)"),
            ParamSpec.real("notch", 1.0).between(0.01, 10).label("Notch")
                    .help("a step moves the outlier by this many standard deviations of the target"
                            + " (and, moving away, of the first feature)"),
            ParamSpec.integer("moves", 8).between(1, 1000).label("Moves")
                    .help("how many steps move the outlier before the run ends"));

    @Override
    public List<ParamSpec<?>> params() { return PARAMS; }

    @Override
    public DataKind dataKind() { return DataKind.REGRESSION; }

    @Override
    public Engine<RegressionMetricsSnapshot> create(Dataset data, Params params, long seed) {
        requireFits(data, params);
        int n = data.size();
        if (n < 2) {
            throw new IllegalArgumentException("Regression metrics need at least 2 points, to fit a line and"
                    + " measure how the target varies about it; this data set has " + n + ".");
        }
        requireNonZeroTargets(data.targets());
        int outlier = params.integer("outlier");
        if (outlier >= n) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "Outlier row %d is not a row: the data"
                    + " set has %d rows (0 to %d); use -1 for the rightmost point.", outlier, n, n - 1));
        }
        return new RegressionMetricsEngine(data, outlier == RIGHTMOST ? rightmost(data) : outlier,
                params.flag("refit"), params.choice("move").equals(AWAY), params.real("notch"),
                params.integer("moves"));
    }

    /**
     * MAPE divides each error by |y|; scikit-learn's {@code mean_absolute_percentage_error} divides
     * by ε = 2.2·10⁻¹⁶ where y = 0 instead, which gives a meaningless number near 10¹⁶: refused here.
     */
    private static void requireNonZeroTargets(double[] y) {
        for (int i = 0; i < y.length; i++) {
            if (y[i] == 0) {
                throw new IllegalArgumentException("Row " + i + "'s target is 0: MAPE divides each error by |y|, and"
                        + " scikit-learn's mean_absolute_percentage_error divides by ε = 2.2e-16 there instead, so"
                        + " MAPE would be about 10^16 times that error; shift the target away from 0.");
            }
        }
    }

    /** The row of the largest first feature, the first of equals (NumPy's argmax). */
    static int rightmost(Dataset data) {
        double[] x = data.featuresRowMajor();
        int d = data.featureCount();
        int best = 0;
        for (int i = 1; i < data.size(); i++) {
            if (x[i * d] > x[best * d]) {
                best = i;
            }
        }
        return best;
    }
}
