package org.stepwise.viz.lessons.svm;

import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.Params;
import org.stepwise.algo.Snapshot;
import org.stepwise.algo.TaskFactory;
import org.stepwise.algo.svm.SvcFactory;
import org.stepwise.algo.svm.SvrFactory;
import org.stepwise.data.Dataset;
import org.stepwise.data.GeneratorOptions;
import org.stepwise.viz.lesson.Lesson;
import org.stepwise.viz.lesson.LessonChart;
import org.stepwise.viz.lesson.LessonEntry;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.lesson.Level;
import org.stepwise.viz.lesson.TaskData;

/**
 * A support vector machine trained by SMO, one pair update per step (curriculum T1.09): classes
 * on a plane of two features ({@code task=svc}, one-vs-one for more than two), or a real target
 * against one feature ({@code task=svr}: the curve and its ε-tube).
 */
@LessonEntry(id = "svm", title = "Support vector machine", family = "svm", level = Level.CLASSICAL_ML,
        tags = {"svm", "support vector machine", "svc", "svr", "smo", "kernel", "rbf", "polynomial kernel",
                "margin", "support vectors", "dual", "libsvm", "hinge loss", "epsilon tube", "classification",
                "regression"},
        neighbours = {"logistic-regression", "knn", "decision-tree"})
public final class SvmLesson implements Lesson<Snapshot> {

    /**
     * Classifying: a hundred moons with noise 0.25, which no line separates and an RBF kernel does
     * in a few dozen updates. Regressing: sixty noisy points of y = sin x.
     */
    static final TaskData DEFAULT_DATA = new TaskData("moons", new GeneratorOptions(100, 0.25, 2, 0), "sine",
            new GeneratorOptions(60, 0.2, 2, 0));

    private final TaskFactory factory = new TaskFactory(new SvcFactory(), new SvrFactory(), "svc", "svr");

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
    public LessonView<Snapshot> createView() { return new SvmView(); }

    @Override
    public LessonChart<Snapshot> chart() {
        return LessonChart.<Snapshot>of("objective", "accuracy", "r2")
                .labelled("objective", "dual objective").labelled("accuracy", "training accuracy")
                .labelled("r2", "training R²");
    }
}
