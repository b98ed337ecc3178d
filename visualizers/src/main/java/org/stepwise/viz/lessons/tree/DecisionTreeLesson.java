package org.stepwise.viz.lessons.tree;

import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.Params;
import org.stepwise.algo.Snapshot;
import org.stepwise.algo.TaskFactory;
import org.stepwise.algo.tree.DecisionTreeClassifierFactory;
import org.stepwise.algo.tree.DecisionTreeRegressorFactory;
import org.stepwise.data.Dataset;
import org.stepwise.data.GeneratorOptions;
import org.stepwise.viz.lesson.Lesson;
import org.stepwise.viz.lesson.LessonChart;
import org.stepwise.viz.lesson.LessonEntry;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.lesson.TaskData;
import org.stepwise.viz.lesson.Level;

/**
 * A decision tree grown one split per step, the biggest impurity decrease first, then pruned
 * (curriculum T1.03): classes on a plane of two features ({@code task=classify}), or a real target
 * against one feature ({@code task=regress}: a step function).
 */
@LessonEntry(id = "decision-tree", title = "Decision tree", family = "tree", level = Level.CLASSICAL_ML,
        tags = {"decision tree", "cart", "classification tree", "regression tree", "gini", "entropy",
                "information gain", "impurity", "split", "threshold", "pruning", "cost-complexity pruning",
                "ccp_alpha", "max_depth", "feature importance", "step function", "classification", "regression"},
        neighbours = {"knn", "logistic-regression", "naive-bayes"})
public final class DecisionTreeLesson implements Lesson<Snapshot> {

    /**
     * Classifying: ninety points in three blobs that overlap a little, where a handful of splits
     * separate most of them and a few more chase the overlap. Regressing: sixty noisy points of
     * y = sin x, where a few splits already trace the wave.
     */
    static final TaskData DEFAULT_DATA = new TaskData("blobs", new GeneratorOptions(90, 1.0, 3, 0), "sine",
            new GeneratorOptions(60, 0.2, 2, 0));

    private final TaskFactory factory = new TaskFactory(new DecisionTreeClassifierFactory(),
            new DecisionTreeRegressorFactory());

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
    public LessonView<Snapshot> createView() { return new DecisionTreeView(); }

    @Override
    public LessonChart<Snapshot> chart() {
        return LessonChart.<Snapshot>of("accuracy", "r2", "n_leaves")
                .labelled("accuracy", "training accuracy").labelled("r2", "training R²")
                .labelled("n_leaves", "leaves");
    }
}
