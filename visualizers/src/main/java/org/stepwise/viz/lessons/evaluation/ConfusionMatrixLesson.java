package org.stepwise.viz.lessons.evaluation;

import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.evaluation.ConfusionMatrixFactory;
import org.stepwise.algo.evaluation.ConfusionMatrixSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.data.GeneratorOptions;
import org.stepwise.data.Generators;
import org.stepwise.viz.lesson.Lesson;
import org.stepwise.viz.lesson.LessonChart;
import org.stepwise.viz.lesson.LessonEntry;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.lesson.Level;

/**
 * The confusion matrix and its metrics as a classifier's decision threshold moves one notch a step
 * (curriculum T1.27): the held-out rows' scores along a line, the matrix of counts, and every
 * metric with its formula and numbers.
 */
@LessonEntry(id = "confusion-matrix", title = "Confusion matrix and classification metrics", family = "evaluation",
        level = Level.CLASSICAL_ML,
        tags = {"confusion matrix", "threshold", "precision", "recall", "sensitivity", "specificity", "f1", "f-score",
                "accuracy", "balanced accuracy", "mcc", "matthews", "kappa", "cohen", "log loss", "brier",
                "roc auc", "average precision", "evaluation", "metrics", "false positive", "false negative"},
        neighbours = {"logistic-regression", "knn", "naive-bayes"})
public final class ConfusionMatrixLesson implements Lesson<ConfusionMatrixSnapshot> {

    /** Two noisy moons of 200 points: scores that overlap, so every threshold trades one error for another. */
    static final GeneratorOptions DEFAULT_DATA = new GeneratorOptions(200, 0.35, 2, 0);

    private final ConfusionMatrixFactory factory = new ConfusionMatrixFactory();

    @Override
    public EngineFactory<ConfusionMatrixSnapshot> factory() { return factory; }

    @Override
    public Dataset defaultData() { return Generators.generate("moons", DEFAULT_DATA); }

    @Override
    public GeneratorOptions defaultGeneratorOptions() { return DEFAULT_DATA; }

    @Override
    public LessonView<ConfusionMatrixSnapshot> createView() { return new ConfusionMatrixView(); }

    @Override
    public LessonChart<ConfusionMatrixSnapshot> chart() {
        return LessonChart.<ConfusionMatrixSnapshot>of("precision", "recall", "f1", "accuracy");
    }
}
