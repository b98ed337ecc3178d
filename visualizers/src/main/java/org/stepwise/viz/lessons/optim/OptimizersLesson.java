package org.stepwise.viz.lessons.optim;

import java.util.List;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.optim.OptimizerRaceFactory;
import org.stepwise.algo.optim.OptimizerRaceSnapshot;
import org.stepwise.algo.optim.Track;
import org.stepwise.data.Dataset;
import org.stepwise.viz.lesson.Lesson;
import org.stepwise.viz.lesson.LessonChart;
import org.stepwise.viz.lesson.LessonEntry;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.lesson.Level;

/** Gradient descent and its descendants racing on one loss surface (curriculum T2.01, T2.02). */
@LessonEntry(id = "optimizers", title = "Gradient descent and optimizers", family = "optim", level = Level.FOUNDATIONS,
        tags = {"gradient descent", "sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam", "adamw",
                "learning rate", "loss surface", "rosenbrock", "optimization"},
        neighbours = {"logistic-regression"})
public final class OptimizersLesson implements Lesson<OptimizerRaceSnapshot> {

    private static final String LOSS = "loss_";
    /** One loss per optimizer, in the order of the factory's list (the race's colours). */
    private static final List<String> CHARTED = OptimizerRaceFactory.OPTIMIZERS.stream().map(name -> LOSS + name)
            .toList();

    private final OptimizerRaceFactory factory = new OptimizerRaceFactory();

    @Override
    public EngineFactory<OptimizerRaceSnapshot> factory() { return factory; }

    @Override
    public Dataset defaultData() { return null; }

    @Override
    public LessonView<OptimizerRaceSnapshot> createView() { return new OptimizerRaceView(); }

    /**
     * Each optimizer's loss, named as the plot's legend names it ("Momentum loss"); logarithmic on
     * every surface bounded below by 0 (all but the saddle), where the losses fall over decades;
     * an optimizer that diverged set aside.
     */
    @Override
    public LessonChart<OptimizerRaceSnapshot> chart() {
        return LessonChart.<OptimizerRaceSnapshot>of(CHARTED.toArray(String[]::new))
                .labelledBy(metric -> metric.startsWith(LOSS)
                        ? OptimizerRaceFactory.label(metric.substring(LOSS.length())) + " loss" : metric)
                .logarithmicWhen(first -> first.surface().minimumValue() >= 0)
                .settingAsideWhen(OptimizersLesson::diverged);
    }

    /**
     * Whether {@code metric} is the loss of an optimizer that diverged: its last loss before it ran
     * away (1e9 and more on Rosenbrock) would leave the others a line at the foot of the chart.
     * Looked up rather than cut out of the metric's name: asked for every metric each frame.
     */
    static boolean diverged(OptimizerRaceSnapshot newest, String metric) {
        int charted = CHARTED.indexOf(metric);
        int optimizer = charted < 0 ? -1 : newest.indexOf(OptimizerRaceFactory.OPTIMIZERS.get(charted));
        return optimizer >= 0 && newest.state(optimizer) == Track.State.DIVERGED;
    }
}
