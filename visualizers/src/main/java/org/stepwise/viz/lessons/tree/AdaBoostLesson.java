package org.stepwise.viz.lessons.tree;

import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.ensemble.AdaBoostFactory;
import org.stepwise.algo.ensemble.AdaBoostSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.data.GeneratorOptions;
import org.stepwise.data.Generators;
import org.stepwise.viz.lesson.Lesson;
import org.stepwise.viz.lesson.LessonChart;
import org.stepwise.viz.lesson.LessonEntry;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.lesson.Level;

/**
 * AdaBoost (SAMME) of decision stumps, one boosting round per step (curriculum T1.06): the rows
 * the last stump missed grow, the next stump chases them, and the weighted vote of the stumps
 * carves a boundary no single stump could.
 */
@LessonEntry(id = "adaboost", title = "AdaBoost", family = "tree", level = Level.CLASSICAL_ML,
        tags = {"adaboost", "boosting", "samme", "ensemble", "weak learner", "decision stump", "stump",
                "sample weights", "reweighting", "estimator weight", "learning rate", "n_estimators",
                "weighted error", "classification"},
        neighbours = {"decision-tree", "logistic-regression", "knn"})
public final class AdaBoostLesson implements Lesson<AdaBoostSnapshot> {

    /**
     * A hundred points on two interleaved moons with noise: a curve that one stump (a single
     * axis-parallel cut) gets 80 % right and fifty stumps trace as a staircase, with a few noisy
     * points whose weights swell round after round.
     */
    static final GeneratorOptions DEFAULT_OPTIONS = new GeneratorOptions(100, 0.3, 2, 0);

    private final AdaBoostFactory factory = new AdaBoostFactory();

    @Override
    public EngineFactory<AdaBoostSnapshot> factory() { return factory; }

    @Override
    public Dataset defaultData() { return Generators.generate("moons", DEFAULT_OPTIONS); }

    @Override
    public GeneratorOptions defaultGeneratorOptions() { return DEFAULT_OPTIONS; }

    @Override
    public LessonView<AdaBoostSnapshot> createView() { return new AdaBoostView(); }

    @Override
    public LessonChart<AdaBoostSnapshot> chart() {
        return LessonChart.<AdaBoostSnapshot>of("training_error", "estimator_error")
                .labelled("training_error", "training error of the ensemble")
                .labelled("estimator_error", "this round's weighted error ε");
    }
}
