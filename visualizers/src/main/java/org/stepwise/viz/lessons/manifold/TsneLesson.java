package org.stepwise.viz.lessons.manifold;

import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.manifold.TsneFactory;
import org.stepwise.algo.manifold.TsneSnapshot;
import org.stepwise.data.BuiltInDatasets;
import org.stepwise.data.Dataset;
import org.stepwise.viz.lesson.Lesson;
import org.stepwise.viz.lesson.LessonChart;
import org.stepwise.viz.lesson.LessonEntry;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.lesson.Level;

/**
 * t-SNE, one gradient iteration per step (curriculum T1.18): the embedding moving, coloured by
 * class; a point's nearest neighbours in the original space ringed where they land; the KL
 * divergence with the early-exaggeration phase shaded; on Digits, the point's image beside its
 * neighbours'. Uses every column of the data.
 */
@LessonEntry(id = "tsne", title = "t-SNE embedding", family = "manifold", level = Level.CLASSICAL_ML,
        tags = {"t-sne", "tsne", "t-distributed stochastic neighbor embedding", "embedding", "manifold",
                "perplexity", "early exaggeration", "barnes-hut", "kl divergence", "visualization",
                "dimensionality reduction", "unsupervised"},
        neighbours = {"pca", "kmeans"})
public final class TsneLesson implements Lesson<TsneSnapshot> {

    private final TsneFactory factory = new TsneFactory();

    @Override
    public EngineFactory<TsneSnapshot> factory() { return factory; }

    /**
     * Iris: 150 points in four dimensions, run to its end in a second or two. Digits (1,797 images,
     * the lesson's showpiece, in the data picker) plays live too, but its 1,000 iterations take
     * some twenty seconds on a busy two-core machine, too long for "run to end" as a first sight.
     */
    @Override
    public Dataset defaultData() { return BuiltInDatasets.load("iris"); }

    /** Every column: the distances are measured in the whole original space. */
    @Override
    public int drawnFeatures() { return 0; }

    @Override
    public LessonView<TsneSnapshot> createView() { return new TsneView(); }

    @Override
    public LessonChart<TsneSnapshot> chart() {
        // KL(αP ‖ Q) = α (KL(P ‖ Q) + ln α) > 0: positive, and ten times larger while exaggerated.
        return LessonChart.<TsneSnapshot>of("kl_divergence").labelled("kl_divergence", "KL(αP ‖ Q)")
                .logarithmicWhen(first -> true);
    }
}
