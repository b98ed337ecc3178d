package org.stepwise.algo.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.stepwise.algo.Engine;
import org.stepwise.algo.StepResult;
import org.stepwise.algo.linear.LinearRegressionFactory;
import org.stepwise.algo.linear.LinearRegressionSnapshot;
import org.stepwise.data.Dataset;

/**
 * One point, the outlier, moved one notch a step, and the regression metrics of a linear model's
 * predictions after each move. The model is the linear-regression lesson's engine with solver
 * "normal" (the least-squares solution scikit-learn 1.2.1's {@code LinearRegression().fit} gives),
 * refitted to the moved data after every move, or, with {@code refit} off, the fit of the data as
 * given, kept.
 *
 * <p>The script (tools/reference/regression_metrics.py does the same): sx and sy are the population
 * standard deviations of the first feature and of the target as given, s the sign of the first
 * fit's first coefficient (+1 for 0). After step k the outlier's target is y₀ + k·notch·sy (move
 * "up"), or y₀ − s·k·notch·sy with its first feature at x₀ + k·notch·sx (move "away": to the right
 * and against the trend, where a kept line's error grows faster than the target's spread, so R²
 * falls below 0). Each position is computed from k, not accumulated, so the run equals the script.
 * The run ends, converged, after {@code moves} steps.
 *
 * <p>The metrics are {@link RegressionMetrics}' (scikit-learn's {@code sklearn.metrics}); the Q-Q
 * plot is {@link ProbabilityPlot}'s (SciPy's {@code probplot}) and the histogram
 * {@link Histogram}'s ({@code np.histogram}, ten bins). A step refits (one QR solve) and allocates
 * the snapshot's arrays: a few of n numbers each, as the plots show them.
 */
final class RegressionMetricsEngine implements Engine<RegressionMetricsSnapshot> {

    static final int BINS = 10;

    private final Dataset data;
    private final int outlier;
    private final boolean refit;
    private final boolean away;
    private final double notch;
    private final int moves;
    private final double[] x;
    private final double[] y;
    private final int d;
    /** sy and sx of the script, and s: the direction "away" moves the target. */
    private final double targetDeviation;
    private final double featureDeviation;
    private final double sign;
    private final LinearRegressionSnapshot first;

    private int step;
    private StepResult status = StepResult.CONTINUE;
    private RegressionMetricsSnapshot snapshot;

    RegressionMetricsEngine(Dataset data, int outlier, boolean refit, boolean away, double notch, int moves) {
        this.data = data;
        this.outlier = outlier;
        this.refit = refit;
        this.away = away;
        this.notch = notch;
        this.moves = moves;
        this.x = data.featuresRowMajor();
        this.y = data.targets();
        this.d = data.featureCount();
        this.first = fit(x, y);
        this.sign = first.coef(0) >= 0 ? 1 : -1;
        this.targetDeviation = deviation(y, 0, 1);
        this.featureDeviation = deviation(x, 0, d);
        if (first.status().status() == StepResult.Status.STOPPED) {
            status = first.status();
        }
        snapshot = new RegressionMetricsSnapshot(0, status, new Moved(x.clone(), y.clone(), d, outlier), first, first,
                refit, away, notch, null);
    }

    @Override
    public RegressionMetricsSnapshot snapshot() { return snapshot; }

    @Override
    public StepResult step() {
        if (status.isFinal()) {
            return status;
        }
        step++;
        double[] movedX = x.clone();
        double[] movedY = y.clone();
        // The script's expressions, term for term, so that each position equals the reference's.
        if (away) {
            movedY[outlier] = y[outlier] - sign * (step * notch * targetDeviation);
            movedX[outlier * d] = x[outlier * d] + step * notch * featureDeviation;
        } else {
            movedY[outlier] = y[outlier] + step * notch * targetDeviation;
        }
        LinearRegressionSnapshot model = refit ? fit(movedX, movedY) : first;
        if (model.status().status() == StepResult.Status.STOPPED) {
            status = model.status();
        } else if (step >= moves) {
            status = StepResult.CONVERGED;
        }
        RegressionMetricsSnapshot previous = snapshot;
        snapshot = new RegressionMetricsSnapshot(step, status, new Moved(movedX, movedY, d, outlier), model, first,
                refit, away, notch, previous);
        return status;
    }

    /** Linear regression by its own engine, solved by QR in one step. */
    private LinearRegressionSnapshot fit(double[] rowMajor, double[] targets) {
        int n = targets.length;
        double[][] rows = new double[n][];
        for (int i = 0; i < n; i++) {
            rows[i] = java.util.Arrays.copyOfRange(rowMajor, i * d, (i + 1) * d);
        }
        Dataset moved = Dataset.regression(data.name(), rows, targets, data.featureNames(), data.targetName());
        LinearRegressionFactory factory = new LinearRegressionFactory();
        Engine<LinearRegressionSnapshot> engine = factory.create(moved, factory.defaults().with("solver", "normal"), 0);
        engine.step();
        return engine.snapshot();
    }

    /** The population standard deviation (NumPy's {@code np.std}) of values[offset], values[offset + stride], .... */
    private static double deviation(double[] values, int offset, int stride) {
        List<Double> column = new ArrayList<>();
        for (int i = offset; i < values.length; i += stride) {
            column.add(values[i]);
        }
        double mean = 0;
        for (double v : column) {
            mean += v;
        }
        mean /= column.size();
        double squares = 0;
        for (double v : column) {
            squares += (v - mean) * (v - mean);
        }
        return Math.sqrt(squares / column.size());
    }

    /** The data after a move: row-major features, targets, and which row is the outlier. */
    record Moved(double[] x, double[] y, int d, int outlier) {
    }
}
