package org.stepwise.viz.lessons.linear;

import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.linear.PerceptronFactory;
import org.stepwise.algo.linear.PerceptronSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.data.GeneratorOptions;
import org.stepwise.data.Generators;
import org.stepwise.viz.lesson.Lesson;
import org.stepwise.viz.lesson.LessonChart;
import org.stepwise.viz.lesson.LessonEntry;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.lesson.Level;

/** Rosenblatt's perceptron, one sample per step (curriculum T2.08, its perceptron part). */
@LessonEntry(id = "perceptron", title = "Perceptron", family = "linear", level = Level.CLASSICAL_ML,
        tags = {"perceptron", "rosenblatt", "linear classifier", "mistake-driven", "online learning",
                "novikoff", "xor", "linearly separable", "one-vs-rest", "classification", "decision boundary"},
        neighbours = {"logistic-regression", "knn"})
public final class PerceptronLesson implements Lesson<PerceptronSnapshot> {

    /** Two blobs a line can separate, close enough that the line jumps for a few epochs first. */
    static final GeneratorOptions DEFAULT_DATA = new GeneratorOptions(60, 1.2, 2, 0);

    private final PerceptronFactory factory = new PerceptronFactory();

    @Override
    public EngineFactory<PerceptronSnapshot> factory() { return factory; }

    @Override
    public Dataset defaultData() { return Generators.generate("blobs", DEFAULT_DATA); }

    @Override
    public GeneratorOptions defaultGeneratorOptions() { return DEFAULT_DATA; }

    @Override
    public LessonView<PerceptronSnapshot> createView() { return new PerceptronView(); }

    @Override
    public LessonChart<PerceptronSnapshot> chart() {
        return LessonChart.<PerceptronSnapshot>of("mistakes", "accuracy")
                .labelled("mistakes", "mistakes this epoch").labelled("accuracy", "training accuracy");
    }
}
