package org.stepwise.viz.lessons.neural;

import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.neural.backprop.BackpropFactory;
import org.stepwise.algo.neural.backprop.BackpropSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.viz.lesson.Lesson;
import org.stepwise.viz.lesson.LessonChart;
import org.stepwise.viz.lesson.LessonEntry;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.lesson.Level;

/** Backpropagation, one stage a step, on one example through a tiny network (curriculum T2.08). */
@LessonEntry(id = "backprop", title = "Backpropagation, step by step", family = "neural", level = Level.NEURAL_NETWORKS,
        tags = {"backpropagation", "backprop", "chain rule", "gradient", "forward pass", "backward pass", "delta",
                "mazur", "neural network", "mlp", "sigmoid", "gradient descent", "weight update"},
        neighbours = {"playground", "activations-init"})
public final class BackpropLesson implements Lesson<BackpropSnapshot> {

    private final BackpropFactory factory = new BackpropFactory();

    @Override
    public EngineFactory<BackpropSnapshot> factory() { return factory; }

    @Override
    public Dataset defaultData() { return null; }

    @Override
    public LessonView<BackpropSnapshot> createView() { return new BackpropView(); }

    @Override
    public LessonChart<BackpropSnapshot> chart() {
        return LessonChart.<BackpropSnapshot>of("loss").labelled("loss", "the example's loss");
    }
}
