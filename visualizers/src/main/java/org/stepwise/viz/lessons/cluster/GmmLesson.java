package org.stepwise.viz.lessons.cluster;

import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.cluster.GmmFactory;
import org.stepwise.algo.cluster.GmmSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.data.GeneratorOptions;
import org.stepwise.data.Generators;
import org.stepwise.viz.lesson.Lesson;
import org.stepwise.viz.lesson.LessonChart;
import org.stepwise.viz.lesson.LessonEntry;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.lesson.Level;

/**
 * A Gaussian mixture fitted by EM in half-steps (curriculum T1.13): the E-step colours every
 * point by its responsibilities, the M-step moves and reshapes each component's 1σ and 2σ
 * ellipses; the log-likelihood chart below climbs at every iteration.
 */
@LessonEntry(id = "gmm", title = "Gaussian mixtures (EM)", family = "cluster", level = Level.CLASSICAL_ML,
        tags = {"gmm", "gaussian mixture", "mixture model", "em", "expectation maximization", "responsibilities",
                "soft clustering", "covariance", "ellipse", "log-likelihood", "clustering", "unsupervised"},
        neighbours = {"kmeans", "naive-bayes"})
public final class GmmLesson implements Lesson<GmmSnapshot> {

    /** Three hundred points in three blobs: the components k = 3 should find, with some overlap. */
    static final GeneratorOptions DEFAULT_DATA = new GeneratorOptions(300, 0.6, 3, 0);

    private final GmmFactory factory = new GmmFactory();

    @Override
    public EngineFactory<GmmSnapshot> factory() { return factory; }

    @Override
    public Dataset defaultData() { return Generators.generate("blobs", DEFAULT_DATA); }

    @Override
    public GeneratorOptions defaultGeneratorOptions() { return DEFAULT_DATA; }

    @Override
    public LessonView<GmmSnapshot> createView() { return new GmmView(); }

    @Override
    public LessonChart<GmmSnapshot> chart() {
        return LessonChart.<GmmSnapshot>of("lower_bound").labelled("lower_bound", "mean log-likelihood");
    }
}
