package org.stepwise.viz.lessons.tree;

import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.ensemble.RandomForestFactory;
import org.stepwise.algo.ensemble.RandomForestSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.data.GeneratorOptions;
import org.stepwise.data.Generators;
import org.stepwise.viz.lesson.Lesson;
import org.stepwise.viz.lesson.LessonChart;
import org.stepwise.viz.lesson.LessonEntry;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.lesson.Level;

/**
 * A random forest grown one tree at a time, each on its bootstrap sample with random features
 * per split (curriculum T1.04): the averaged boundary smoothing what single trees make jagged,
 * the out-of-bag score, impurity and permutation importances.
 */
@LessonEntry(id = "random-forest", title = "Random forest", family = "tree", level = Level.CLASSICAL_ML,
        tags = {"random forest", "bagging", "bootstrap", "bootstrap aggregating", "ensemble", "out-of-bag",
                "oob score", "max_features", "feature importance", "permutation importance", "decorrelated trees",
                "variance reduction", "classification"},
        neighbours = {"decision-tree", "knn", "logistic-regression"})
public final class RandomForestLesson implements Lesson<RandomForestSnapshot> {

    /** Two hundred noisy moons: one tree overfits the noise, a forest draws a smooth crescent. */
    static final GeneratorOptions DEFAULT_OPTIONS = new GeneratorOptions(200, 0.3, 2, 0);

    private final RandomForestFactory factory = new RandomForestFactory();

    @Override
    public EngineFactory<RandomForestSnapshot> factory() { return factory; }

    @Override
    public Dataset defaultData() { return Generators.generate("moons", DEFAULT_OPTIONS); }

    @Override
    public GeneratorOptions defaultGeneratorOptions() { return DEFAULT_OPTIONS; }

    @Override
    public LessonView<RandomForestSnapshot> createView() { return new RandomForestView(); }

    @Override
    public LessonChart<RandomForestSnapshot> chart() {
        return LessonChart.<RandomForestSnapshot>of("accuracy", "oob_score")
                .labelled("accuracy", "training accuracy").labelled("oob_score", "out-of-bag accuracy");
    }
}
