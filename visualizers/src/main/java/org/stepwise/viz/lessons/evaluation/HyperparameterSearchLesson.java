package org.stepwise.viz.lessons.evaluation;

import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.evaluation.HyperparameterSearchFactory;
import org.stepwise.algo.evaluation.HyperparameterSearchSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.data.GeneratorOptions;
import org.stepwise.data.Generators;
import org.stepwise.viz.lesson.Lesson;
import org.stepwise.viz.lesson.LessonChart;
import org.stepwise.viz.lesson.LessonEntry;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.lesson.Level;

/**
 * Hyperparameter search one configuration a step (curriculum T1.32): grid versus random search
 * over the RBF SVM's C and γ (or k-NN's k and weights), each configuration cross-validated, the
 * score surface filling in as a heatmap beside the scores against each hyperparameter alone.
 */
@LessonEntry(id = "hyperparameter-search", title = "Hyperparameter search", family = "evaluation",
        level = Level.CLASSICAL_ML,
        tags = {"hyperparameter search", "hyperparameter tuning", "grid search", "random search", "GridSearchCV",
                "RandomizedSearchCV", "coarse to fine", "model selection", "C", "gamma", "cross-validation",
                "evaluation"},
        neighbours = {"cross-validation", "svm", "knn", "roc-pr"})
public final class HyperparameterSearchLesson implements Lesson<HyperparameterSearchSnapshot> {

    /** Noisy moons of 100 points, as the cross-validation lesson: an optimum inside the default ranges. */
    static final GeneratorOptions DEFAULT_DATA = new GeneratorOptions(100, 0.3, 2, 0);

    private final HyperparameterSearchFactory factory = new HyperparameterSearchFactory();

    @Override
    public EngineFactory<HyperparameterSearchSnapshot> factory() { return factory; }

    @Override
    public Dataset defaultData() { return Generators.generate("moons", DEFAULT_DATA); }

    @Override
    public GeneratorOptions defaultGeneratorOptions() { return DEFAULT_DATA; }

    @Override
    public LessonView<HyperparameterSearchSnapshot> createView() { return new HyperparameterSearchView(); }

    @Override
    public LessonChart<HyperparameterSearchSnapshot> chart() {
        return LessonChart.<HyperparameterSearchSnapshot>of("last_score", "best_score")
                .labelled("last_score", "this configuration's CV accuracy").labelled("best_score", "best so far");
    }
}
