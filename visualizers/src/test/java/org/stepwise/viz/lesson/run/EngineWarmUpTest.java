package org.stepwise.viz.lesson.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.stepwise.algo.Engine;
import org.stepwise.algo.Params;
import org.stepwise.data.Dataset;
import org.stepwise.viz.lesson.CountingEngine;

class EngineWarmUpTest {

    private final CountingEngine.Factory factory = new CountingEngine.Factory();

    @Test
    void stepsFreshEnginesUntilStoppedOrItsTimeIsSpent() {
        AtomicInteger built = new AtomicInteger();
        org.stepwise.algo.EngineFactory<CountingEngine.Count> counting = new org.stepwise.algo.EngineFactory<>() {
            @Override public java.util.List<org.stepwise.algo.ParamSpec<?>> params() { return factory.params(); }
            @Override public org.stepwise.algo.DataKind dataKind() { return factory.dataKind(); }
            @Override public Engine<CountingEngine.Count> create(Dataset data, Params params, long seed) {
                built.incrementAndGet();
                return factory.create(data, params, seed);
            }
        };
        Params countToTen = counting.defaults().with("limit", 10);
        // Each engine counts to 10 and converges, and the warm-up builds the next one; stopped
        // once the fifth is built, it takes that one's first step and no more.
        EngineWarmUp.Warmed warmed = EngineWarmUp.warm(counting, null, countToTen, 0, TimeUnit.MINUTES.toNanos(1),
                () -> built.get() >= 5);
        assertThat(built.get()).isEqualTo(5);
        assertThat(warmed.steps()).isEqualTo(41);
        // Narrated now and then as a run is (every 1,024 steps, from the first): here the fifth
        // engine's first step.
        assertThat(warmed.narration()).as("the last narration taken").isEqualTo("counted to 1");
        long start = System.nanoTime();
        EngineWarmUp.warm(counting, null, countToTen, 0, TimeUnit.MILLISECONDS.toNanos(20), () -> false);
        assertThat(System.nanoTime() - start).as("a warm-up ends when its time is spent")
                .isLessThan(TimeUnit.SECONDS.toNanos(5));
    }

    @Test
    void stopsWhenCancelledAndSwallowsWhatTheEngineRefuses() {
        assertThat(EngineWarmUp.warm(factory, null, factory.defaults(), 0, TimeUnit.SECONDS.toNanos(10), () -> true))
                .isEqualTo(new EngineWarmUp.Warmed(0, ""));
        // The factory refuses a limit of 0; the lesson's own run is what tells the learner.
        assertThat(EngineWarmUp.warm(factory, null, factory.defaults().with("limit", 0), 0,
                TimeUnit.SECONDS.toNanos(10), () -> false)).isEqualTo(new EngineWarmUp.Warmed(0, ""));
    }

    @Test
    void numbersDoNotChangeTheCodePathButChoicesAndClassesDo() {
        org.stepwise.algo.optim.OptimizerRaceFactory race = new org.stepwise.algo.optim.OptimizerRaceFactory();
        Params defaults = race.defaults();
        String path = EngineWarmUp.codePath(race, null, defaults);
        assertThat(EngineWarmUp.codePath(race, null, defaults.with("learningRate", 0.2))).isEqualTo(path);
        assertThat(EngineWarmUp.codePath(race, null, defaults.with("surface", "rastrigin"))).isNotEqualTo(path);
        assertThat(EngineWarmUp.codePath(race, null, defaults.with("useAdagrad", true))).isNotEqualTo(path);
        Dataset two = org.stepwise.data.Generators.generate("blobs", new org.stepwise.data.GeneratorOptions(60, 0.1, 2, 0));
        Dataset three = org.stepwise.data.Generators.generate("blobs", new org.stepwise.data.GeneratorOptions(60, 0.1, 3, 0));
        assertThat(EngineWarmUp.codePath(race, two, defaults)).isNotEqualTo(EngineWarmUp.codePath(race, three, defaults));
    }

    @Test
    void aLargeImportedFileIsNotWarmedUpWith() {
        Dataset small = org.stepwise.data.Generators.generate("blobs", new org.stepwise.data.GeneratorOptions(200, 0.1, 2, 0));
        Dataset large = org.stepwise.data.Generators.generate("blobs",
                new org.stepwise.data.GeneratorOptions(EngineWarmUp.MAX_ROWS + 1, 0.1, 2, 0));
        assertThat(EngineWarmUp.smallEnough(null)).isTrue();
        assertThat(EngineWarmUp.smallEnough(small)).isTrue();
        assertThat(EngineWarmUp.smallEnough(large)).isFalse();
    }
}
