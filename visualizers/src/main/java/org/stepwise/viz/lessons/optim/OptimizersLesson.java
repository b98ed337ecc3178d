package org.stepwise.viz.lessons.optim;

import java.util.List;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.optim.OptimizerRaceFactory;
import org.stepwise.algo.optim.OptimizerRaceSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.viz.lesson.Lesson;
import org.stepwise.viz.lesson.LessonInfo;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.lesson.Level;

/** Gradient descent and its descendants racing on one loss surface (curriculum T2.01, T2.02). */
public final class OptimizersLesson implements Lesson<OptimizerRaceSnapshot> {

    private static final LessonInfo INFO = new LessonInfo("optimizers", "Gradient descent and optimizers", "optim",
            Level.FOUNDATIONS, List.of("gradient descent", "sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam",
            "adamw", "learning rate", "loss surface", "rosenbrock", "optimization"), List.of("logistic-regression"));

    private final OptimizerRaceFactory factory = new OptimizerRaceFactory();

    @Override
    public LessonInfo info() { return INFO; }

    @Override
    public EngineFactory<OptimizerRaceSnapshot> factory() { return factory; }

    @Override
    public Dataset defaultData() { return null; }

    @Override
    public LessonView<OptimizerRaceSnapshot> createView() { return new OptimizerRaceView(); }
}
