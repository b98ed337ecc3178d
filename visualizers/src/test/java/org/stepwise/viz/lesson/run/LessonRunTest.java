package org.stepwise.viz.lesson.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stepwise.algo.Params;
import org.stepwise.data.BuiltInDatasets;
import org.stepwise.data.Dataset;
import org.stepwise.viz.lesson.CountingEngine;

class LessonRunTest {

    private final List<Throwable> failures = new ArrayList<>();
    private final CountingEngine.Factory factory = new CountingEngine.Factory();
    private final Dataset iris = BuiltInDatasets.load("iris");

    @Test
    void newInputsStartANewRunnerFromStepZeroAtTheGivenSpeed() {
        LessonRun<CountingEngine.Count> run = new LessonRun<>(factory, 100, failures::add, iris, factory.defaults(), 1, 25);
        LessonRunner<CountingEngine.Count> first = run.runner();
        Params five = factory.defaults().with("limit", 5);
        run.replace(iris, five, 7, 40);
        assertThat(run.runner()).isNotSameAs(first);
        assertThat(run.params()).isEqualTo(five);
        assertThat(run.seed()).isEqualTo(7);
        assertThat(run.runner().stepsPerSecond()).isEqualTo(40);
        assertThat(run.runner().newest().step()).isZero();
        run.runner().close();
    }

    @Test
    void refusedInputsChangeNothing() {
        LessonRun<CountingEngine.Count> run = new LessonRun<>(factory, 100, failures::add, iris, factory.defaults(), 1, 25);
        LessonRunner<CountingEngine.Count> first = run.runner();
        assertThatThrownBy(() -> run.replace(iris, factory.defaults().with("limit", 0), 2, 40))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("nothing to count");
        assertThat(run.runner()).isSameAs(first);
        assertThat(run.params()).isEqualTo(factory.defaults());
        assertThat(run.seed()).isEqualTo(1);
        // The old runner was not closed: it still steps.
        first.stepOnce();
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (first.newest().step() == 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(first.newest().step()).isEqualTo(1);
        run.runner().close();
    }
}
