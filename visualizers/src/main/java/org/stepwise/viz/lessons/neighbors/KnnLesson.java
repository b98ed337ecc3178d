package org.stepwise.viz.lessons.neighbors;

import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.Params;
import org.stepwise.algo.Snapshot;
import org.stepwise.algo.TaskFactory;
import org.stepwise.algo.neighbors.KnnFactory;
import org.stepwise.algo.neighbors.KnnRegressionFactory;
import org.stepwise.data.Dataset;
import org.stepwise.data.GeneratorOptions;
import org.stepwise.viz.lesson.Lesson;
import org.stepwise.viz.lesson.LessonChart;
import org.stepwise.viz.lesson.LessonEntry;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.lesson.TaskData;
import org.stepwise.viz.lesson.Level;

/**
 * k-nearest neighbours, one training point predicted per step (curriculum T1.08): classified by
 * its neighbours' vote ({@code task=classify}, on a plane of two features), or regressed on
 * their mean ({@code task=regress}, one feature against the target: the k-NN curve).
 */
@LessonEntry(id = "knn", title = "k-nearest neighbours", family = "neighbors", level = Level.CLASSICAL_ML,
        tags = {"knn", "k-nn", "nearest neighbours", "nearest neighbors", "instance-based", "lazy learning",
                "distance", "euclidean", "manhattan", "minkowski", "chebyshev", "vote", "classification",
                "regression", "knn regression", "decision boundary", "non-parametric"},
        neighbours = {"logistic-regression", "naive-bayes", "perceptron", "linear-regression"})
public final class KnnLesson implements Lesson<Snapshot> {

    /**
     * Classifying: a hundred points on two interleaved moons with noise, a curved boundary no line
     * draws, some honest mistakes, and few enough points that a neighbourhood is wide enough to see.
     * Regressing: eighty noisy points of y = sin x, a curve no line fits, few enough to see each step.
     */
    static final TaskData DEFAULT_DATA = new TaskData("moons", new GeneratorOptions(100, 0.3, 2, 0), "sine",
            new GeneratorOptions(80, 0.25, 2, 0));

    private final TaskFactory factory = new TaskFactory(new KnnFactory(), new KnnRegressionFactory());

    @Override
    public EngineFactory<Snapshot> factory() { return factory; }

    @Override
    public Dataset defaultData() { return defaultData(factory.defaults()); }

    @Override
    public GeneratorOptions defaultGeneratorOptions() { return DEFAULT_DATA.classify(); }

    @Override
    public Dataset defaultData(Params params) { return DEFAULT_DATA.data(params); }

    @Override
    public GeneratorOptions defaultGeneratorOptions(Params params) { return DEFAULT_DATA.options(params); }

    @Override
    public LessonView<Snapshot> createView() { return new KnnView(); }

    @Override
    public LessonChart<Snapshot> chart() {
        return LessonChart.<Snapshot>of("accuracy", "r2")
                .labelled("accuracy", "accuracy so far").labelled("r2", "R² so far");
    }
}
