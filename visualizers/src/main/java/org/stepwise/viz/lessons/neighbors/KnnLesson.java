package org.stepwise.viz.lessons.neighbors;

import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.neighbors.KnnFactory;
import org.stepwise.algo.neighbors.KnnSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.data.GeneratorOptions;
import org.stepwise.data.Generators;
import org.stepwise.viz.lesson.Lesson;
import org.stepwise.viz.lesson.LessonEntry;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.lesson.Level;

/** k-nearest-neighbours classification, one training point classified per step (curriculum T1.08). */
@LessonEntry(id = "knn", title = "k-nearest neighbours", family = "neighbors", level = Level.CLASSICAL_ML,
        tags = {"knn", "k-nn", "nearest neighbours", "nearest neighbors", "instance-based", "lazy learning",
                "distance", "euclidean", "manhattan", "minkowski", "chebyshev", "vote", "classification",
                "decision boundary", "non-parametric"},
        neighbours = {"logistic-regression", "naive-bayes", "perceptron"})
public final class KnnLesson implements Lesson<KnnSnapshot> {

    /**
     * A hundred points on two interleaved moons with noise: a curved boundary no line draws, some
     * honest mistakes, and few enough points that a neighbourhood is wide enough to see.
     */
    static final GeneratorOptions DEFAULT_DATA = new GeneratorOptions(100, 0.3, 2, 0);

    private final KnnFactory factory = new KnnFactory();

    @Override
    public EngineFactory<KnnSnapshot> factory() { return factory; }

    @Override
    public Dataset defaultData() { return Generators.generate("moons", DEFAULT_DATA); }

    @Override
    public GeneratorOptions defaultGeneratorOptions() { return DEFAULT_DATA; }

    @Override
    public LessonView<KnnSnapshot> createView() { return new KnnView(); }
}
