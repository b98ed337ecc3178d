package org.stepwise.viz.lessons.evaluation;

import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.evaluation.CrossValidationFactory;
import org.stepwise.algo.evaluation.CrossValidationSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.data.GeneratorOptions;
import org.stepwise.data.Generators;
import org.stepwise.viz.lesson.Lesson;
import org.stepwise.viz.lesson.LessonChart;
import org.stepwise.viz.lesson.LessonEntry;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.lesson.Level;

/**
 * Cross-validation one fold a step (curriculum T1.31): the data with the fold's validation rows
 * ringed, each fold's score as a bar, and their mean and spread; k-fold, stratified,
 * leave-one-out, group and time-series schemes.
 */
@LessonEntry(id = "cross-validation", title = "Cross-validation", family = "evaluation",
        level = Level.CLASSICAL_ML,
        tags = {"cross-validation", "cross validation", "k-fold", "kfold", "stratified", "leave-one-out", "loocv",
                "group k-fold", "time series split", "folds", "validation", "cross_val_score", "evaluation",
                "model selection"},
        neighbours = {"confusion-matrix", "roc-pr", "knn", "logistic-regression", "naive-bayes"})
public final class CrossValidationLesson implements Lesson<CrossValidationSnapshot> {

    /** Noisy moons of 100 points: folds that differ, so the scores spread. */
    static final GeneratorOptions DEFAULT_DATA = new GeneratorOptions(100, 0.3, 2, 0);

    private final CrossValidationFactory factory = new CrossValidationFactory();

    @Override
    public EngineFactory<CrossValidationSnapshot> factory() { return factory; }

    @Override
    public Dataset defaultData() { return Generators.generate("moons", DEFAULT_DATA); }

    @Override
    public GeneratorOptions defaultGeneratorOptions() { return DEFAULT_DATA; }

    @Override
    public LessonView<CrossValidationSnapshot> createView() { return new CrossValidationView(); }

    @Override
    public LessonChart<CrossValidationSnapshot> chart() {
        return LessonChart.<CrossValidationSnapshot>of("last_score", "mean")
                .labelled("last_score", "this fold's accuracy").labelled("mean", "mean so far");
    }
}
