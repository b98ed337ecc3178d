package org.stepwise.viz.lessons.linear;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.stepwise.algo.Engine;
import org.stepwise.algo.StepResult;
import org.stepwise.algo.linear.LogisticRegressionSnapshot;
import org.stepwise.data.Dataset;

/** The lesson's defaults teach: play at 10 steps a second shows the loss fall, then the run converges. */
class LogisticRegressionLessonTest {

    private final LogisticRegressionLesson lesson = new LogisticRegressionLesson();

    @Test
    void onTheDefaultDataTheLossFallsOverSecondsOfPlayAndTheRunConverges() {
        Dataset data = lesson.defaultData();
        assertThat(data.name()).isEqualTo("moons");
        Engine<LogisticRegressionSnapshot> engine = lesson.factory().create(data, lesson.factory().defaults(), 0);
        double start = engine.snapshot().loss();
        double[] loss = new double[51];
        StepResult result = StepResult.CONTINUE;
        int steps = 0;
        while (!result.isFinal()) {
            result = engine.step();
            steps++;
            if (steps <= 50) {
                loss[steps] = engine.snapshot().loss();
            }
        }
        double end = engine.snapshot().loss();
        assertThat(result).isEqualTo(StepResult.CONVERGED);
        // Measured: 528 steps, under a minute at 10 steps a second; the loss 0.6931 → 0.3385.
        assertThat(steps).isBetween(400, 700);
        double fall = start - end;
        // The first step does a quarter of the fall, not all of it (on centred blobs it did over 80 %) ...
        assertThat((start - loss[1]) / fall).isBetween(0.15, 0.4);
        // ... one second of play (10 steps) about 80 %, five seconds (50) nearly all.
        assertThat((start - loss[10]) / fall).isBetween(0.7, 0.9);
        assertThat((start - loss[50]) / fall).isGreaterThan(0.95);
        for (int step = 2; step <= 50; step++) {
            assertThat(loss[step]).as("full-batch loss at step %d", step).isLessThan(loss[step - 1]);
        }
    }
}
