package org.stepwise.algo.evaluation;

import org.stepwise.algo.Metrics;
import org.stepwise.algo.Scalars;
import org.stepwise.algo.Snapshot;
import org.stepwise.algo.StepResult;
import org.stepwise.algo.linear.LinearRegressionSnapshot;

/**
 * The data after a move of the outlier, the linear model predicting it, and the regression metrics
 * of its predictions under scikit-learn's names: {@code mse}, {@code rmse}, {@code mae},
 * {@code median_absolute_error}, {@code mape} (a fraction, as {@code mean_absolute_percentage_error}
 * returns it), {@code r2}, {@code explained_variance}; the model's {@code intercept} and {@code coef};
 * the outlier's row and position ({@code outlier}, {@code outlier_x}, {@code outlier_y}) and its
 * shares of the squared and absolute errors ({@code outlier_share_squared}, {@code outlier_share_absolute});
 * the {@code residuals}; SciPy's {@code probplot} of them ({@code qq_theoretical}, {@code qq_ordered},
 * {@code qq_slope}, {@code qq_intercept}, {@code qq_r}); and {@code np.histogram} of them
 * ({@code histogram_counts}, {@code histogram_edges}). Immutable.
 */
public final class RegressionMetricsSnapshot implements Snapshot {

    private static final Scalars<RegressionMetricsSnapshot> SCALARS = Scalars.<RegressionMetricsSnapshot>builder()
            .scalar("mse", RegressionMetricsSnapshot::mse)
            .scalar("rmse", s -> Math.sqrt(s.mse))
            .scalar("mae", RegressionMetricsSnapshot::mae)
            .scalar("median_absolute_error", RegressionMetricsSnapshot::medianAbsoluteError)
            .scalar("mape", RegressionMetricsSnapshot::mape)
            .scalar("r2", s -> s.r2.value())
            .scalar("explained_variance", s -> s.explainedVariance.value())
            .scalar("intercept", s -> s.model.intercept())
            .count("outlier", RegressionMetricsSnapshot::outlier)
            .scalar("outlier_x", RegressionMetricsSnapshot::outlierX)
            .scalar("outlier_y", RegressionMetricsSnapshot::outlierY)
            .scalar("outlier_share_squared", RegressionMetricsSnapshot::outlierShareSquared)
            .scalar("outlier_share_absolute", RegressionMetricsSnapshot::outlierShareAbsolute)
            .scalar("qq_slope", s -> s.qq.slope())
            .scalar("qq_intercept", s -> s.qq.intercept())
            .scalar("qq_r", s -> s.qq.r())
            .build();

    private final int step;
    private final StepResult status;
    private final RegressionMetricsEngine.Moved data;
    private final LinearRegressionSnapshot model;
    private final LinearRegressionSnapshot firstModel;
    private final boolean refit;
    private final boolean away;
    private final double notch;
    private final double[] predictions;
    private final double[] residuals;
    private final double mse;
    private final double mae;
    private final double medianAbsoluteError;
    private final double mape;
    private final Score r2;
    private final Score explainedVariance;
    private final ProbabilityPlot qq;
    private final Histogram histogram;
    /** The step before's MSE, MAE, median AE and R² (NaN at step 0), for the narration. */
    private final double[] before;

    RegressionMetricsSnapshot(int step, StepResult status, RegressionMetricsEngine.Moved data,
                              LinearRegressionSnapshot model, LinearRegressionSnapshot firstModel, boolean refit, boolean away, double notch,
                              RegressionMetricsSnapshot previous) {
        this.step = step;
        this.status = status;
        this.data = data;
        this.model = model;
        this.firstModel = firstModel;
        this.refit = refit;
        this.away = away;
        this.notch = notch;
        int n = data.y().length;
        predictions = new double[n];
        residuals = new double[n];
        for (int i = 0; i < n; i++) {
            predictions[i] = model.predict(data.x(), i * data.d());
            residuals[i] = data.y()[i] - predictions[i];
        }
        double[] y = data.y();
        mse = RegressionMetrics.meanSquaredError(y, predictions);
        mae = RegressionMetrics.meanAbsoluteError(y, predictions);
        medianAbsoluteError = RegressionMetrics.medianAbsoluteError(y, predictions);
        mape = RegressionMetrics.meanAbsolutePercentageError(y, predictions);
        r2 = RegressionMetrics.r2(y, predictions);
        explainedVariance = RegressionMetrics.explainedVariance(y, predictions);
        qq = ProbabilityPlot.of(residuals);
        histogram = Histogram.of(residuals, RegressionMetricsEngine.BINS);
        before = previous == null ? new double[] {Double.NaN, Double.NaN, Double.NaN, Double.NaN}
                : new double[] {previous.mse, previous.mae, previous.medianAbsoluteError, previous.r2.value()};
    }

    @Override
    public int step() { return step; }

    @Override
    public StepResult status() { return status; }

    @Override
    public String narration() { return RegressionMetricsNarration.of(this, true); }

    /** Without the outlier's shares of the errors when the whole sentence does not fit. */
    @Override
    public String narration(int characters) {
        String full = narration();
        return full.length() <= characters ? full : RegressionMetricsNarration.of(this, false);
    }

    public int size() { return residuals.length; }

    /** Row i's first feature, as moved (the x the data plot draws). */
    public double x(int i) { return data.x()[i * data.d()]; }

    /** Row i's target, as moved. */
    public double y(int i) { return data.y()[i]; }

    public double prediction(int i) { return predictions[i]; }

    /** y − ŷ of row i. */
    public double residual(int i) { return residuals[i]; }

    public double[] predictions() { return predictions.clone(); }

    public double[] residuals() { return residuals.clone(); }

    /** The model whose predictions are scored: refitted at this step, or the first fit, kept. */
    public LinearRegressionSnapshot model() { return model; }

    /** The line fitted to the data as given, before any move. */
    public LinearRegressionSnapshot firstModel() { return firstModel; }

    /** Whether the model is refitted after every move. */
    public boolean refit() { return refit; }

    /** Whether the outlier moves right and against the trend (else its target rises). */
    public boolean away() { return away; }

    public double notch() { return notch; }

    public int outlier() { return data.outlier(); }

    public double outlierX() { return x(data.outlier()); }

    public double outlierY() { return y(data.outlier()); }

    public double mse() { return mse; }

    public double mae() { return mae; }

    public double medianAbsoluteError() { return medianAbsoluteError; }

    public double mape() { return mape; }

    public Score r2() { return r2; }

    public Score explainedVariance() { return explainedVariance; }

    /** The outlier's share of Σ(y − ŷ)²: squaring lets one large error dominate. */
    public double outlierShareSquared() {
        double r = residuals[data.outlier()];
        return mse == 0 ? 0 : r * r / (mse * size());
    }

    /** The outlier's share of Σ|y − ŷ|. */
    public double outlierShareAbsolute() {
        return mae == 0 ? 0 : Math.abs(residuals[data.outlier()]) / (mae * size());
    }

    public ProbabilityPlot qq() { return qq; }

    public Histogram histogram() { return histogram; }

    /** The step before's MSE, MAE, median AE and R², in that order (NaN at step 0). */
    double before(int which) { return before[which]; }

    @Override
    public Metrics metrics() {
        return SCALARS.addTo(Metrics.builder(), this)
                .vector("coef", model.coef())
                .vector("residuals", residuals)
                .vector("qq_theoretical", qq.theoretical())
                .vector("qq_ordered", qq.ordered())
                .vector("histogram_counts", histogram.counts())
                .vector("histogram_edges", histogram.edges())
                .build();
    }

    @Override
    public double scalar(String name) { return SCALARS.value(this, name); }
}
