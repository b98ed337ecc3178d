package org.stepwise.viz.lessons.optim;

import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.optim.OptimizerRaceFactory;
import org.stepwise.algo.optim.OptimizerRaceSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.viz.lesson.Lesson;
import org.stepwise.viz.lesson.LessonEntry;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.lesson.Level;

/** Gradient descent and its descendants racing on one loss surface (curriculum T2.01, T2.02). */
@LessonEntry(id = "optimizers", title = "Gradient descent and optimizers", family = "optim", level = Level.FOUNDATIONS,
        tags = {"gradient descent", "sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam", "adamw",
                "learning rate", "loss surface", "rosenbrock", "optimization"},
        neighbours = {"logistic-regression"})
public final class OptimizersLesson implements Lesson<OptimizerRaceSnapshot> {

    private final OptimizerRaceFactory factory = new OptimizerRaceFactory();

    @Override
    public EngineFactory<OptimizerRaceSnapshot> factory() { return factory; }

    @Override
    public Dataset defaultData() { return null; }

    @Override
    public LessonView<OptimizerRaceSnapshot> createView() { return new OptimizerRaceView(); }
}
