package org.stepwise.viz.lessons.evaluation;

import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.evaluation.RegressionMetricsFactory;
import org.stepwise.algo.evaluation.RegressionMetricsSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.data.GeneratorOptions;
import org.stepwise.data.Generators;
import org.stepwise.viz.lesson.Lesson;
import org.stepwise.viz.lesson.LessonChart;
import org.stepwise.viz.lesson.LessonEntry;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.lesson.Level;

/**
 * Regression metrics and residual diagnostics as one point is dragged or moved a notch a step
 * (curriculum T1.30): MSE, RMSE, MAE, median absolute error, R², explained variance and MAPE of a
 * linear regression's predictions, with the residuals against the fitted values, their histogram
 * and their Q-Q plot.
 */
@LessonEntry(id = "regression-metrics", title = "Regression metrics and residuals", family = "evaluation",
        level = Level.CLASSICAL_ML,
        tags = {"regression metrics", "mse", "rmse", "mae", "median absolute error", "r2", "r squared",
                "explained variance", "mape", "residuals", "q-q plot", "histogram", "outlier", "evaluation"},
        neighbours = {"linear-regression", "confusion-matrix", "cross-validation"})
public final class RegressionMetricsLesson implements Lesson<RegressionMetricsSnapshot> {

    /** 40 points of y = 2x + 1 with noise 0.5: residuals large enough to see beside an outlier. */
    static final GeneratorOptions DEFAULT_DATA = new GeneratorOptions(40, 0.5, 2, 0);

    private final RegressionMetricsFactory factory = new RegressionMetricsFactory();

    @Override
    public EngineFactory<RegressionMetricsSnapshot> factory() { return factory; }

    @Override
    public Dataset defaultData() { return Generators.generate("linear", DEFAULT_DATA); }

    @Override
    public GeneratorOptions defaultGeneratorOptions() { return DEFAULT_DATA; }

    @Override
    public LessonView<RegressionMetricsSnapshot> createView() { return new RegressionMetricsView(); }

    @Override
    public LessonChart<RegressionMetricsSnapshot> chart() {
        return LessonChart.<RegressionMetricsSnapshot>of("mse", "mae", "median_absolute_error")
                .labelled("mse", "MSE").labelled("mae", "MAE").labelled("median_absolute_error", "median AE");
    }
}
