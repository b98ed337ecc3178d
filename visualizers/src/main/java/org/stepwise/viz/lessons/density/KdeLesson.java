package org.stepwise.viz.lessons.density;

import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.density.KdeFactory;
import org.stepwise.algo.density.KdeSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.data.GeneratorOptions;
import org.stepwise.data.Generators;
import org.stepwise.viz.lesson.Lesson;
import org.stepwise.viz.lesson.LessonChart;
import org.stepwise.viz.lesson.LessonEntry;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.lesson.Level;

/**
 * Kernel density estimation (curriculum T1.21): one kernel added per step, their running sum
 * growing into the estimate, then the bandwidth swept from a tenth to ten times the chosen one,
 * with Scott's and Silverman's rules marked on the bandwidth scale; along one feature or over
 * the plane of two. The data picker chooses the plane's two features; with {@code dimensions}
 * 1 the estimate is of the first (the x axis's) alone.
 */
@LessonEntry(id = "kde", title = "Kernel density estimation", family = "density", level = Level.CLASSICAL_ML,
        tags = {"kde", "kernel density", "density estimation", "bandwidth", "scott", "silverman", "parzen window",
                "histogram", "smoothing", "gaussian kernel", "epanechnikov", "unsupervised"},
        neighbours = {"gmm", "knn", "naive-bayes"})
public final class KdeLesson implements Lesson<KdeSnapshot> {

    /** Eighty points in three blobs: along the first feature, three bumps of different heights. */
    static final GeneratorOptions DEFAULT_DATA = new GeneratorOptions(80, 0.3, 3, 0);

    private final KdeFactory factory = new KdeFactory();

    @Override
    public EngineFactory<KdeSnapshot> factory() { return factory; }

    @Override
    public Dataset defaultData() { return Generators.generate("blobs", DEFAULT_DATA); }

    @Override
    public GeneratorOptions defaultGeneratorOptions() { return DEFAULT_DATA; }

    @Override
    public LessonView<KdeSnapshot> createView() { return new KdeView(); }

    @Override
    public LessonChart<KdeSnapshot> chart() {
        return LessonChart.<KdeSnapshot>of("mean_log_density", "loo_log_likelihood")
                .labelled("mean_log_density", "mean log-density at the points")
                .labelled("loo_log_likelihood", "held out (leave-one-out)");
    }
}
