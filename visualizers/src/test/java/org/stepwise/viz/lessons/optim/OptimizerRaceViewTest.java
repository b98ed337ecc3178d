package org.stepwise.viz.lessons.optim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stepwise.algo.Engine;
import org.stepwise.algo.optim.OptimizerRaceSnapshot;
import org.testfx.framework.junit5.ApplicationExtension;

@ExtendWith(ApplicationExtension.class)
class OptimizerRaceViewTest {

    private final OptimizersLesson lesson = new OptimizersLesson();

    @Test
    void theChartSetsAsideTheLossOfAnOptimizerThatDivergedAndOnlyFromThen() {
        // Rosenbrock from (-1.5, 1.5) at rate 0.1 (the bowl's start and rates, not Rosenbrock's own):
        // gradient descent diverges at step 2, Adam does not.
        Engine<OptimizerRaceSnapshot> engine = lesson.factory().create(null, lesson.factory().defaults()
                .with("surface", "rosenbrock").with("startX", -1.5).with("startY", 1.5).with("learningRate", 0.1)
                .with("adaptiveLearningRate", 0.1), 0);
        var aside = lesson.chart().setAside();
        engine.step();
        OptimizerRaceSnapshot first = engine.snapshot();
        assertThat(aside.test(first, "loss_gd")).as("step 1").isFalse();
        for (int i = 0; i < 5; i++) {
            engine.step();
        }
        OptimizerRaceSnapshot later = engine.snapshot();
        assertThat(aside.test(later, "loss_gd")).isTrue();
        assertThat(aside.test(later, "loss_adam")).isFalse();
        assertThat(aside.test(later, "loss_adamw")).as("not racing").isFalse();
    }
}
