package org.stepwise.viz.lessons.neural;

import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.neural.init.ActivationsInitFactory;
import org.stepwise.algo.neural.init.ActivationsInitSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.viz.lesson.Lesson;
import org.stepwise.viz.lesson.LessonChart;
import org.stepwise.viz.lesson.LessonEntry;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.lesson.Level;

/**
 * Activations and initialization: a batch forward and back through deep nets started N(0, 1),
 * Xavier and He, their activations and gradients layer by layer (curriculum T2.06, T2.07, T2.09).
 */
@LessonEntry(id = "activations-init", title = "Activations and weight initialization", family = "neural",
        level = Level.NEURAL_NETWORKS,
        tags = {"initialization", "weight initialization", "xavier", "glorot", "he", "kaiming", "activation",
                "activation function", "tanh", "relu", "sigmoid", "gelu", "vanishing gradients",
                "exploding gradients", "saturation", "deep network", "histogram"},
        neighbours = {"playground", "optimizers"})
public final class ActivationsInitLesson implements Lesson<ActivationsInitSnapshot> {

    private final ActivationsInitFactory factory = new ActivationsInitFactory();

    @Override
    public EngineFactory<ActivationsInitSnapshot> factory() { return factory; }

    @Override
    public Dataset defaultData() { return null; }

    @Override
    public LessonView<ActivationsInitSnapshot> createView() { return new ActivationsInitView(); }

    @Override
    public LessonChart<ActivationsInitSnapshot> chart() {
        return LessonChart.<ActivationsInitSnapshot>of("output_std", "input_gradient_norm")
                .labelled("output_std", "last layer's activation std")
                .labelled("input_gradient_norm", "first layer's gradient norm")
                .logarithmicWhen(s -> true);
    }
}
