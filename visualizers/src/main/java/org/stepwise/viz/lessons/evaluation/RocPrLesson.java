package org.stepwise.viz.lessons.evaluation;

import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.evaluation.RocPrFactory;
import org.stepwise.algo.evaluation.RocPrSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.data.GeneratorOptions;
import org.stepwise.data.Generators;
import org.stepwise.viz.lesson.Lesson;
import org.stepwise.viz.lesson.LessonChart;
import org.stepwise.viz.lesson.LessonEntry;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.lesson.Level;

/**
 * ROC and precision–recall curves traced as a classifier's decision threshold falls one notch a
 * step (curriculum T1.28): the current point on both curves, ROC AUC and average precision, and a
 * second classifier on the same held-out rows compared on the same plots.
 */
@LessonEntry(id = "roc-pr", title = "ROC and precision-recall curves", family = "evaluation",
        level = Level.CLASSICAL_ML,
        tags = {"roc", "roc curve", "auc", "roc auc", "precision-recall", "pr curve", "average precision",
                "threshold", "true positive rate", "false positive rate", "sensitivity", "recall", "precision",
                "evaluation", "metrics", "model comparison"},
        neighbours = {"confusion-matrix", "logistic-regression", "knn", "naive-bayes"})
public final class RocPrLesson implements Lesson<RocPrSnapshot> {

    private final RocPrFactory factory = new RocPrFactory();

    @Override
    public EngineFactory<RocPrSnapshot> factory() { return factory; }

    /** The confusion-matrix lesson's noisy moons: overlapping scores, so the curves bend and the models differ. */
    @Override
    public Dataset defaultData() { return Generators.generate("moons", ConfusionMatrixLesson.DEFAULT_DATA); }

    @Override
    public GeneratorOptions defaultGeneratorOptions() { return ConfusionMatrixLesson.DEFAULT_DATA; }

    @Override
    public LessonView<RocPrSnapshot> createView() { return new RocPrView(); }

    @Override
    public LessonChart<RocPrSnapshot> chart() {
        return LessonChart.<RocPrSnapshot>of("tpr", "fpr", "precision")
                .labelled("tpr", "true-positive rate (recall)").labelled("fpr", "false-positive rate")
                .labelled("precision", "precision");
    }
}
