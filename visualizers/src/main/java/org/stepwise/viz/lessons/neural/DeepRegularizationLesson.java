package org.stepwise.viz.lessons.neural;

import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.neural.regularization.DeepRegularizationFactory;
import org.stepwise.algo.neural.regularization.DeepRegularizationSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.data.GeneratorOptions;
import org.stepwise.data.Generators;
import org.stepwise.viz.lesson.Lesson;
import org.stepwise.viz.lesson.LessonChart;
import org.stepwise.viz.lesson.LessonEntry;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.lesson.Level;

/** Two identical networks, one regularized, one not, an epoch a step (curriculum T2.05, T2.11–T2.13). */
@LessonEntry(id = "deep-regularization", title = "Deep regularization",
        family = "neural", level = Level.NEURAL_NETWORKS,
        tags = {"regularization", "overfitting", "dropout", "batch normalization", "batchnorm", "weight decay",
                "early stopping", "validation loss", "neural network", "generalization"},
        neighbours = {"playground", "regularization", "optimizers"})
public final class DeepRegularizationLesson implements Lesson<DeepRegularizationSnapshot> {

    /** Sixty noisy moons: few enough points that a 64-64 network learns the noise within a few hundred epochs. */
    static final GeneratorOptions DEFAULT_DATA = new GeneratorOptions(60, 0.3, 2, 11);
    static final String DEFAULT_GENERATOR = "moons";

    private final DeepRegularizationFactory factory = new DeepRegularizationFactory();

    @Override
    public EngineFactory<DeepRegularizationSnapshot> factory() { return factory; }

    @Override
    public Dataset defaultData() { return Generators.generate(DEFAULT_GENERATOR, DEFAULT_DATA); }

    @Override
    public GeneratorOptions defaultGeneratorOptions() { return DEFAULT_DATA; }

    @Override
    public LessonView<DeepRegularizationSnapshot> createView() { return new DeepRegularizationView(); }

    @Override
    public LessonChart<DeepRegularizationSnapshot> chart() {
        return LessonChart.<DeepRegularizationSnapshot>of("val_loss", "baseline_val_loss")
                .labelled("val_loss", "validation loss, regularized")
                .labelled("baseline_val_loss", "validation loss, baseline");
    }
}
