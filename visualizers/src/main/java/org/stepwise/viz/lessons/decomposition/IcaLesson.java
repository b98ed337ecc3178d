package org.stepwise.viz.lessons.decomposition;

import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.decomposition.IcaFactory;
import org.stepwise.algo.decomposition.IcaSignals;
import org.stepwise.algo.decomposition.IcaSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.viz.lesson.Lesson;
import org.stepwise.viz.lesson.LessonChart;
import org.stepwise.viz.lesson.LessonEntry;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.lesson.Level;

/**
 * Independent component analysis by FastICA, one fixed-point iteration per step (curriculum
 * T1.17): the sources, their mixtures and the current estimates as stacked signals; the
 * PCA-whitened mixtures with the unmixing directions turning in them; the estimates' own scatter.
 * Uses every column of the data as a mixture.
 */
@LessonEntry(id = "ica", title = "Independent component analysis (FastICA)", family = "decomposition",
        level = Level.CLASSICAL_ML,
        tags = {"ica", "independent component analysis", "fastica", "blind source separation", "cocktail party",
                "unmixing", "whitening", "negentropy", "non-gaussianity", "kurtosis", "decomposition", "unsupervised"},
        neighbours = {"pca"})
public final class IcaLesson implements Lesson<IcaSnapshot> {

    private final IcaFactory factory = new IcaFactory();

    @Override
    public EngineFactory<IcaSnapshot> factory() { return factory; }

    /** Two mixtures of a sawtooth and uniform noise: whitened, a turned square. */
    @Override
    public Dataset defaultData() { return IcaSignals.mixtures(); }

    /** Every column: each is one mixture. */
    @Override
    public int drawnFeatures() { return 0; }

    @Override
    public LessonView<IcaSnapshot> createView() { return new IcaView(); }

    @Override
    public LessonChart<IcaSnapshot> chart() {
        return LessonChart.<IcaSnapshot>of("change").labelled("change", "change | |wᵢ⁺·wᵢ| − 1 |")
                .logarithmicWhen(s -> true);
    }
}
