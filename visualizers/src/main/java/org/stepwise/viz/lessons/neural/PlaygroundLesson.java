package org.stepwise.viz.lessons.neural;

import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.neural.playground.PlaygroundFactory;
import org.stepwise.algo.neural.playground.PlaygroundSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.data.GeneratorOptions;
import org.stepwise.data.Generators;
import org.stepwise.viz.lesson.Lesson;
import org.stepwise.viz.lesson.LessonChart;
import org.stepwise.viz.lesson.LessonEntry;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.lesson.Level;

/** The network playground: a multi-layer perceptron on the plane, one epoch a step (curriculum T2.01). */
@LessonEntry(id = "playground", title = "Neural network playground", family = "neural", level = Level.NEURAL_NETWORKS,
        tags = {"neural network", "mlp", "multi-layer perceptron", "playground", "tensorflow playground",
                "hidden layer", "activation", "tanh", "relu", "backpropagation", "dropout", "softmax",
                "feature crosses", "classification", "decision boundary"},
        neighbours = {"logistic-regression", "perceptron", "optimizers", "regularization"})
public final class PlaygroundLesson implements Lesson<PlaygroundSnapshot> {

    /**
     * TensorFlow Playground's opening problem: two circles, 200 points with a little noise, which
     * no line separates and the default 4-2 tanh network learns in a few hundred epochs.
     */
    static final GeneratorOptions DEFAULT_DATA = new GeneratorOptions(200, 0.1, 2, 0);
    static final String DEFAULT_GENERATOR = "circles";

    private final PlaygroundFactory factory = new PlaygroundFactory();

    @Override
    public EngineFactory<PlaygroundSnapshot> factory() { return factory; }

    @Override
    public Dataset defaultData() { return Generators.generate(DEFAULT_GENERATOR, DEFAULT_DATA); }

    @Override
    public GeneratorOptions defaultGeneratorOptions() { return DEFAULT_DATA; }

    @Override
    public LessonView<PlaygroundSnapshot> createView() {
        return new PlaygroundView();
    }

    @Override
    public LessonChart<PlaygroundSnapshot> chart() {
        return LessonChart.<PlaygroundSnapshot>of("loss", "accuracy").labelled("loss", "training loss");
    }
}
