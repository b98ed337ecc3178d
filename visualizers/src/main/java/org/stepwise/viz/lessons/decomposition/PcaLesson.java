package org.stepwise.viz.lessons.decomposition;

import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.decomposition.PcaFactory;
import org.stepwise.algo.decomposition.PcaSnapshot;
import org.stepwise.data.BuiltInDatasets;
import org.stepwise.data.Dataset;
import org.stepwise.viz.lesson.Lesson;
import org.stepwise.viz.lesson.LessonChart;
import org.stepwise.viz.lesson.LessonEntry;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.lesson.Level;

/**
 * Principal component analysis, one component per step (curriculum T1.16): the projection on the
 * first two components with the loadings (a biplot), the scree with a draggable cut, and on image
 * data the pictures rebuilt from the first k components. Uses every column of the data.
 */
@LessonEntry(id = "pca", title = "Principal component analysis", family = "decomposition",
        level = Level.CLASSICAL_ML,
        tags = {"pca", "principal components", "principal component analysis", "dimensionality reduction",
                "svd", "singular value decomposition", "scree", "biplot", "loadings", "explained variance",
                "whitening", "reconstruction", "eigendigits", "projection", "unsupervised"},
        neighbours = {"linear-regression", "knn"})
public final class PcaLesson implements Lesson<PcaSnapshot> {

    private final PcaFactory factory = new PcaFactory();

    @Override
    public EngineFactory<PcaSnapshot> factory() { return factory; }

    /** Iris: four measured columns, three classes that the first two components nearly separate. */
    @Override
    public Dataset defaultData() { return BuiltInDatasets.load("iris"); }

    /** Every column: PCA finds directions among all of them. */
    @Override
    public int drawnFeatures() { return 0; }

    @Override
    public LessonView<PcaSnapshot> createView() { return new PcaView(); }

    @Override
    public LessonChart<PcaSnapshot> chart() {
        return LessonChart.<PcaSnapshot>of("cumulative_variance_ratio")
                .labelled("cumulative_variance_ratio", "share of variance explained");
    }
}
