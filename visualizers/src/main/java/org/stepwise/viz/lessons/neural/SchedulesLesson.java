package org.stepwise.viz.lessons.neural;

import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.neural.schedules.ScheduleFactory;
import org.stepwise.algo.neural.schedules.ScheduleSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.data.GeneratorOptions;
import org.stepwise.data.Generators;
import org.stepwise.viz.lesson.Lesson;
import org.stepwise.viz.lesson.LessonChart;
import org.stepwise.viz.lesson.LessonEntry;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.lesson.Level;

/** Learning-rate schedules and the range test, one mini-batch a step (curriculum T2.03). */
@LessonEntry(id = "lr-schedules", title = "Learning-rate schedules", family = "neural", level = Level.NEURAL_NETWORKS,
        tags = {"learning rate", "schedule", "step decay", "exponential decay", "cosine annealing", "one-cycle",
                "warm-up", "range test", "lr finder", "sgd", "neural network", "mini-batch"},
        neighbours = {"playground", "optimizers"})
public final class SchedulesLesson implements Lesson<ScheduleSnapshot> {

    /**
     * Two spiral arms of 300 points: the tanh network learns them only when its rate is large
     * and its start gentle, so the schedules part ways.
     */
    static final GeneratorOptions DEFAULT_DATA = new GeneratorOptions(300, 0.1, 2, 0);
    static final String DEFAULT_GENERATOR = "spirals";

    private final ScheduleFactory factory = new ScheduleFactory();

    @Override
    public EngineFactory<ScheduleSnapshot> factory() { return factory; }

    @Override
    public Dataset defaultData() { return Generators.generate(DEFAULT_GENERATOR, DEFAULT_DATA); }

    @Override
    public GeneratorOptions defaultGeneratorOptions() { return DEFAULT_DATA; }

    @Override
    public LessonView<ScheduleSnapshot> createView() { return new ScheduleView(); }

    @Override
    public LessonChart<ScheduleSnapshot> chart() {
        return LessonChart.<ScheduleSnapshot>of("loss", "learning_rate").labelled("loss", "epoch loss")
                .labelled("learning_rate", "learning rate");
    }
}
