package org.stepwise.viz.lessons.cluster;

import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.cluster.KMeansFactory;
import org.stepwise.algo.cluster.KMeansSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.data.GeneratorOptions;
import org.stepwise.data.Generators;
import org.stepwise.viz.lesson.Lesson;
import org.stepwise.viz.lesson.LessonChart;
import org.stepwise.viz.lesson.LessonEntry;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.lesson.Level;

/**
 * k-means clustering in half-steps (curriculum T1.12): every point to its nearest centroid, then
 * every centroid to the mean of its points, over the centroids' Voronoi cells; the inertia chart
 * below, and once the run ends the elbow and the silhouette beside it.
 */
@LessonEntry(id = "kmeans", title = "k-means clustering", family = "cluster", level = Level.CLASSICAL_ML,
        tags = {"k-means", "kmeans", "clustering", "lloyd", "centroid", "voronoi", "inertia", "wcss",
                "k-means++", "mini-batch", "minibatch", "elbow", "silhouette", "unsupervised"},
        neighbours = {"knn", "naive-bayes"})
public final class KMeansLesson implements Lesson<KMeansSnapshot> {

    /** Three hundred points in three blobs: the clusters k = 3 should find, with a little overlap. */
    static final GeneratorOptions DEFAULT_DATA = new GeneratorOptions(300, 0.6, 3, 0);

    private final KMeansFactory factory = new KMeansFactory();

    @Override
    public EngineFactory<KMeansSnapshot> factory() { return factory; }

    @Override
    public Dataset defaultData() { return Generators.generate("blobs", DEFAULT_DATA); }

    @Override
    public GeneratorOptions defaultGeneratorOptions() { return DEFAULT_DATA; }

    @Override
    public LessonView<KMeansSnapshot> createView() { return new KMeansView(); }

    @Override
    public LessonChart<KMeansSnapshot> chart() {
        return LessonChart.<KMeansSnapshot>of("inertia", "batch_inertia")
                .labelled("inertia", "inertia J").labelled("batch_inertia", "batch inertia per point");
    }
}
