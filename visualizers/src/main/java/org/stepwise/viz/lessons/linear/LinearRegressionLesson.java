package org.stepwise.viz.lessons.linear;

import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.linear.LinearRegressionFactory;
import org.stepwise.algo.linear.LinearRegressionSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.data.GeneratorOptions;
import org.stepwise.data.Generators;
import org.stepwise.viz.lesson.Lesson;
import org.stepwise.viz.lesson.LessonChart;
import org.stepwise.viz.lesson.LessonEntry;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.lesson.Level;

/** Least squares by QR in one step or by gradient descent, on polynomial features (curriculum T1.01). */
@LessonEntry(id = "linear-regression", title = "Linear regression", family = "linear", level = Level.CLASSICAL_ML,
        tags = {"least squares", "ols", "regression", "normal equations", "qr", "gradient descent", "mse", "r2",
                "polynomial", "residuals"},
        neighbours = {"logistic-regression", "optimizers"})
public final class LinearRegressionLesson implements Lesson<LinearRegressionSnapshot> {

    /**
     * 60 points of y = 2x + 1 with noise 0.5: residuals large enough to see, and gradient descent at
     * its default learning rate turns the line to the data in the first second of play (10 steps a
     * second) and reaches the least-squares line in 139 steps. The same options leave the sine
     * generator's wave visible.
     */
    static final GeneratorOptions DEFAULT_DATA = new GeneratorOptions(60, 0.5, 2, 0);

    private final LinearRegressionFactory factory = new LinearRegressionFactory();

    @Override
    public EngineFactory<LinearRegressionSnapshot> factory() { return factory; }

    @Override
    public Dataset defaultData() { return Generators.generate("linear", DEFAULT_DATA); }

    @Override
    public GeneratorOptions defaultGeneratorOptions() { return DEFAULT_DATA; }

    @Override
    public LessonView<LinearRegressionSnapshot> createView() { return new LinearRegressionView(); }

    @Override
    public LessonChart<LinearRegressionSnapshot> chart() {
        return LessonChart.<LinearRegressionSnapshot>of("mse").labelled("mse", "MSE");
    }
}
