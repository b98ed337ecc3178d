package org.stepwise.viz.lessons.linear;

import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.linear.LogisticRegressionFactory;
import org.stepwise.algo.linear.LogisticRegressionSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.data.GeneratorOptions;
import org.stepwise.data.Generators;
import org.stepwise.viz.lesson.Lesson;
import org.stepwise.viz.lesson.LessonChart;
import org.stepwise.viz.lesson.LessonEntry;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.lesson.Level;

/** Logistic regression, binary and softmax, trained step by step (curriculum T1.02). */
@LessonEntry(id = "logistic-regression", title = "Logistic regression", family = "linear", level = Level.CLASSICAL_ML,
        tags = {"logistic", "sigmoid", "softmax", "multinomial", "classification", "cross-entropy",
                "decision boundary", "l2", "regularization"},
        neighbours = {"optimizers", "linear-regression", "naive-bayes", "perceptron", "knn"})
public final class LogisticRegressionLesson implements Lesson<LogisticRegressionSnapshot> {

    /**
     * Two moons, noise 0.2: off the origin and not separable by a line, so gradient descent at
     * the default learning rate moves the boundary over a few seconds of play (on blobs, centred
     * at the origin, its first step already did most of the work) and converges in about 530
     * steps, at 85.5 % accuracy: a straight line's honest mistakes.
     */
    static final GeneratorOptions DEFAULT_DATA = new GeneratorOptions(200, 0.2, 2, 0);
    static final String DEFAULT_GENERATOR = "moons";

    private final LogisticRegressionFactory factory = new LogisticRegressionFactory();

    @Override
    public EngineFactory<LogisticRegressionSnapshot> factory() { return factory; }

    @Override
    public Dataset defaultData() { return Generators.generate(DEFAULT_GENERATOR, DEFAULT_DATA); }

    @Override
    public GeneratorOptions defaultGeneratorOptions() { return DEFAULT_DATA; }

    @Override
    public LessonView<LogisticRegressionSnapshot> createView() { return new LogisticRegressionView(); }

    @Override
    public LessonChart<LogisticRegressionSnapshot> chart() {
        return LessonChart.of("loss", "accuracy");
    }
}
