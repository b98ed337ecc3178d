package org.stepwise.viz.lessons.evaluation;

import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.evaluation.LearningCurveFactory;
import org.stepwise.algo.evaluation.LearningCurveSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.data.GeneratorOptions;
import org.stepwise.data.Generators;
import org.stepwise.viz.lesson.Lesson;
import org.stepwise.viz.lesson.LessonChart;
import org.stepwise.viz.lesson.LessonEntry;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.lesson.Level;

/**
 * Learning and validation curves (curriculum T1.31): k-NN cross-validated at growing training
 * sizes, or at growing k, one tick a step; training and validation accuracy with bands over the
 * folds, the overfitting and underfitting sides labelled.
 */
@LessonEntry(id = "learning-curves", title = "Learning and validation curves", family = "evaluation",
        level = Level.CLASSICAL_ML,
        tags = {"learning curve", "learning curves", "validation curve", "learning_curve", "validation_curve",
                "training size", "overfitting", "underfitting", "model selection", "evaluation", "hyperparameter"},
        neighbours = {"cross-validation", "bias-variance", "knn"})
public final class LearningCurvesLesson implements Lesson<LearningCurveSnapshot> {

    /** Noisy moons of 200 points: enough rows for five folds at five sizes. */
    static final GeneratorOptions DEFAULT_DATA = new GeneratorOptions(200, 0.3, 2, 0);

    private final LearningCurveFactory factory = new LearningCurveFactory();

    @Override
    public EngineFactory<LearningCurveSnapshot> factory() { return factory; }

    @Override
    public Dataset defaultData() { return Generators.generate("moons", DEFAULT_DATA); }

    @Override
    public GeneratorOptions defaultGeneratorOptions() { return DEFAULT_DATA; }

    @Override
    public LessonView<LearningCurveSnapshot> createView() { return new LearningCurveView(); }

    @Override
    public LessonChart<LearningCurveSnapshot> chart() {
        return LessonChart.<LearningCurveSnapshot>of("mean_train_score", "mean_test_score")
                .labelled("mean_train_score", "training accuracy").labelled("mean_test_score", "validation accuracy");
    }
}
