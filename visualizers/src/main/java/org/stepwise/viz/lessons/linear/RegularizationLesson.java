package org.stepwise.viz.lessons.linear;

import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.linear.RegularizationFactory;
import org.stepwise.algo.linear.RegularizationSnapshot;
import org.stepwise.data.BuiltInDatasets;
import org.stepwise.data.Dataset;
import org.stepwise.data.GeneratorOptions;
import org.stepwise.viz.lesson.Lesson;
import org.stepwise.viz.lesson.LessonChart;
import org.stepwise.viz.lesson.LessonEntry;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.lesson.Level;

/** Ridge in closed form, lasso and elastic net by coordinate descent, one coordinate a step (curriculum T1.11). */
@LessonEntry(id = "regularization", title = "Ridge, lasso and elastic net", family = "linear",
        level = Level.CLASSICAL_ML,
        tags = {"regularization", "ridge", "lasso", "elastic net", "l1", "l2", "shrinkage", "sparsity",
                "coordinate descent", "soft thresholding", "duality gap", "regression"},
        neighbours = {"linear-regression", "logistic-regression", "optimizers"})
public final class RegularizationLesson implements Lesson<RegularizationSnapshot> {

    /**
     * For the generators: the linear-regression lesson's 60 points of y = 2x + 1 with noise 0.5, so
     * the two lessons compare. (On one feature coordinate descent ends in two sweeps: the first
     * finds w, the second confirms it; the opening data is Diabetes, where it takes 80 steps.)
     */
    static final GeneratorOptions DEFAULT_DATA = LinearRegressionLesson.DEFAULT_DATA;

    private final RegularizationFactory factory = new RegularizationFactory();

    @Override
    public EngineFactory<RegularizationSnapshot> factory() { return factory; }

    @Override
    /** Diabetes, all ten features: lasso at alpha 1 keeps three of them (80 steps, 8 sweeps). */
    public Dataset defaultData() { return BuiltInDatasets.load("diabetes"); }

    @Override
    public GeneratorOptions defaultGeneratorOptions() { return DEFAULT_DATA; }

    /**
     * Every column: the penalty acts on all coefficients together (lasso's zeros are the point), so
     * Diabetes comes with its ten features, shown as predicted against actual beside ten bars; a
     * one-feature set (the generators) shows the fitted line, two features (--features a,b) the
     * loss contours with the penalty's region.
     */
    @Override
    public int drawnFeatures() { return 0; }

    @Override
    public LessonView<RegularizationSnapshot> createView() { return new RegularizationView(); }

    @Override
    public LessonChart<RegularizationSnapshot> chart() {
        return LessonChart.<RegularizationSnapshot>of("r2").labelled("r2", "R²");
    }
}
