package org.stepwise.viz.lessons.cluster;

import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.cluster.SpectralFactory;
import org.stepwise.algo.cluster.SpectralSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.data.GeneratorOptions;
import org.stepwise.data.Generators;
import org.stepwise.viz.lesson.Lesson;
import org.stepwise.viz.lesson.LessonChart;
import org.stepwise.viz.lesson.LessonEntry;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.lesson.Level;

/**
 * Spectral clustering one stage a step (curriculum T1.15): the similarity graph and its affinity
 * matrix, the normalized Laplacian, its eigenvectors as new coordinates for the points, then
 * k-means there; the affinity matrix as a heatmap ordered by cluster and the embedding beside the
 * plane. Two circles that k-means cuts in half come apart.
 */
@LessonEntry(id = "spectral", title = "Spectral clustering", family = "cluster", level = Level.CLASSICAL_ML,
        tags = {"spectral", "spectral clustering", "clustering", "unsupervised", "graph", "laplacian",
                "eigenvectors", "affinity", "similarity graph", "embedding", "laplacian eigenmaps", "rbf",
                "nearest neighbors", "circles", "moons"},
        neighbours = {"kmeans", "dbscan", "pca"})
public final class SpectralLesson implements Lesson<SpectralSnapshot> {

    /** Two hundred points on two circles with little noise: k-means cuts them in half; the 10-NN graph does not. */
    static final GeneratorOptions DEFAULT_DATA = new GeneratorOptions(200, 0.05, 2, 0);

    private final SpectralFactory factory = new SpectralFactory();

    @Override
    public EngineFactory<SpectralSnapshot> factory() { return factory; }

    @Override
    public Dataset defaultData() { return Generators.generate("circles", DEFAULT_DATA); }

    @Override
    public GeneratorOptions defaultGeneratorOptions() { return DEFAULT_DATA; }

    @Override
    public LessonView<SpectralSnapshot> createView() { return new SpectralView(); }

    @Override
    public LessonChart<SpectralSnapshot> chart() {
        return LessonChart.<SpectralSnapshot>of("inertia").labelled("inertia", "inertia J in the embedding");
    }
}
