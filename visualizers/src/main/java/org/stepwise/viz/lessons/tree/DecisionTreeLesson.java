package org.stepwise.viz.lessons.tree;

import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.Params;
import org.stepwise.algo.Snapshot;
import org.stepwise.algo.TaskFactory;
import org.stepwise.algo.tree.DecisionTreeClassifierFactory;
import org.stepwise.algo.tree.DecisionTreeRegressorFactory;
import org.stepwise.data.Dataset;
import org.stepwise.data.GeneratorOptions;
import org.stepwise.data.Generators;
import org.stepwise.viz.lesson.Lesson;
import org.stepwise.viz.lesson.LessonChart;
import org.stepwise.viz.lesson.LessonEntry;
import org.stepwise.viz.lesson.LessonView;
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

    /** Three blobs that overlap a little: a handful of splits separate most of them, a few more chase the overlap. */
    static final GeneratorOptions DEFAULT_DATA = new GeneratorOptions(90, 1.0, 3, 0);
    /** Regression: sixty noisy points of y = sin x, where a few steps already trace the wave. */
    static final String REGRESSION_GENERATOR = "sine";
    static final GeneratorOptions REGRESSION_DATA = new GeneratorOptions(60, 0.2, 2, 0);

    private final TaskFactory factory = new TaskFactory(new DecisionTreeClassifierFactory(),
            new DecisionTreeRegressorFactory());

    @Override
    public EngineFactory<Snapshot> factory() { return factory; }

    @Override
    public Dataset defaultData() { return Generators.generate("blobs", DEFAULT_DATA); }

    @Override
    public GeneratorOptions defaultGeneratorOptions() { return DEFAULT_DATA; }

    @Override
    public Dataset defaultData(Params params) {
        return TaskFactory.regresses(params) ? Generators.generate(REGRESSION_GENERATOR, REGRESSION_DATA)
                : defaultData();
    }

    @Override
    public GeneratorOptions defaultGeneratorOptions(Params params) {
        return TaskFactory.regresses(params) ? REGRESSION_DATA : DEFAULT_DATA;
    }

    @Override
    public LessonView<Snapshot> createView() { return new DecisionTreeView(); }

    @Override
    public LessonChart<Snapshot> chart() {
        return LessonChart.<Snapshot>of("accuracy", "r2", "n_leaves")
                .labelled("accuracy", "training accuracy").labelled("r2", "training R²")
                .labelled("n_leaves", "leaves");
    }
}
