package org.stepwise.viz.lessons.anomaly;

import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.anomaly.OutliersFactory;
import org.stepwise.algo.anomaly.OutliersSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.data.GeneratorOptions;
import org.stepwise.data.Generators;
import org.stepwise.viz.lesson.Lesson;
import org.stepwise.viz.lesson.LessonChart;
import org.stepwise.viz.lesson.LessonEntry;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.lesson.Level;

/**
 * Outlier detection (curriculum T1.20): per-feature rules (Tukey's IQR fences, z-scores), one
 * feature a step; the isolation forest, one tree a step, its cuts in the plane beside the tree
 * and a point's path lengths averaged into its score; the local outlier factor, one point a step,
 * with its neighbours and its density against theirs.
 */
@LessonEntry(id = "outliers", title = "Outlier detection", family = "anomaly", level = Level.CLASSICAL_ML,
        tags = {"outliers", "anomaly detection", "anomalies", "isolation forest", "iforest", "local outlier factor",
                "lof", "iqr", "interquartile range", "tukey fences", "box plot", "z-score", "novelty", "contamination",
                "unsupervised"},
        neighbours = {"dbscan", "knn", "random-forest"})
public final class OutliersLesson implements Lesson<OutliersSnapshot> {

    /**
     * Three hundred points in two Gaussian blobs (standard deviation 0.8, centres 6 apart): most
     * points sit in the blobs, a few in their tails stray far enough to be flagged.
     */
    static final GeneratorOptions DEFAULT_DATA = new GeneratorOptions(300, 0.3, 2, 0);

    private final OutliersFactory factory = new OutliersFactory();

    @Override
    public EngineFactory<OutliersSnapshot> factory() { return factory; }

    @Override
    public Dataset defaultData() { return Generators.generate("blobs", DEFAULT_DATA); }

    @Override
    public GeneratorOptions defaultGeneratorOptions() { return DEFAULT_DATA; }

    @Override
    public LessonView<OutliersSnapshot> createView() { return new OutliersView(); }

    @Override
    public LessonChart<OutliersSnapshot> chart() {
        return LessonChart.<OutliersSnapshot>of("n_outliers").labelled("n_outliers", "outliers flagged");
    }
}
