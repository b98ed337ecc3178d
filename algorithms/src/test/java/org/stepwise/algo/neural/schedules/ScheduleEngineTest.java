package org.stepwise.algo.neural.schedules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.stepwise.algo.Engine;
import org.stepwise.algo.Params;
import org.stepwise.algo.SklearnFixture;
import org.stepwise.algo.StepResult;
import org.stepwise.data.Dataset;
import org.stepwise.data.GeneratorOptions;
import org.stepwise.data.Generators;

class ScheduleEngineTest {

    private final ScheduleFactory factory = new ScheduleFactory();

    static Stream<SklearnFixture> cases() {
        return SklearnFixture.load(ScheduleEngineTest.class, "lr_schedules_epoch").parts("cases").stream();
    }

    /** Only the highlighted schedule trains. */
    private Params alone(String schedule) {
        Params params = factory.defaults().with("schedule", schedule);
        for (String name : ScheduleParams.SCHEDULES) {
            params = params.with(ScheduleParams.flagName(name), false);
        }
        return params;
    }

    /** Under the constant schedule an epoch's mini-batches, one a step, are MLPClassifier.partial_fit's epoch. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theConstantScheduleTrainsAsPartialFitsEpoch(SklearnFixture fixture) {
        Dataset data = fixture.mlpClasses();
        String hidden = fixture.mlpHiddenLayout();
        int batch = (int) fixture.number("batch_size");
        Params params = alone("constant").with("hidden", hidden).with("batchSize", batch)
                .with("learningRate", fixture.number("learning_rate"));
        ScheduleEngine engine = factory.create(data, params, 0, fixture.mlpParameters("before"));

        int rows = data.size();
        int updates = (rows + batch - 1) / batch;
        double weighted = 0;
        for (int t = 0; t < updates; t++) {
            engine.step();
            weighted += engine.snapshot().batchLoss(0, t) * Math.min(batch, rows - t * batch);
        }
        ScheduleSnapshot s = engine.snapshot();
        assertThat(weighted / rows).as("the epoch's loss_").isCloseTo(fixture.number("loss"), offset(1e-9));
        assertThat(s.loss()).as("the epoch loss at the epoch's end").isCloseTo(fixture.number("loss"), offset(1e-9));
        double[] expected = fixture.mlpParameters("after");
        double[] actual = engine.parameters(0);
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual[i]).as("parameter %d", i).isCloseTo(expected[i], offset(1e-9));
        }
    }


    private static Dataset spirals() {
        return Generators.generate("spirals", new GeneratorOptions(120, 0.1, 2, 3));
    }

    /**
     * Every schedule starts from the same weights and sees the same batches: a warm-up of one
     * update is the constant rate (LinearLR with start factor 1), so the two runs agree bit for bit.
     */
    @Test
    void everyScheduleStartsFromTheSameWeightsOnTheSameBatches() {
        Params params = alone("constant").with("useWarmup", true).with("warmupSteps", 1).with("totalSteps", 40);
        Engine<ScheduleSnapshot> engine = factory.create(spirals(), params, 4);
        for (int t = 0; t < 40; t++) {
            engine.step();
        }
        ScheduleSnapshot s = engine.snapshot();
        assertThat(s.schedules()).containsExactly("constant", "warmup");
        for (int t = 0; t < 40; t++) {
            assertThat(s.loss(1, t)).as("update %d", t).isEqualTo(s.loss(0, t));
            assertThat(s.batchLoss(1, t)).isEqualTo(s.batchLoss(0, t));
        }
        assertThat(s.status()).isEqualTo(StepResult.CONVERGED);
        assertThat(s.narration()).contains("complete");
    }

    /**
     * Each schedule's rate at update t, as the learning_rate metric reports it, against the
     * documented formulas of PyTorch's schedulers, worked by hand (torch is not installed here).
     */
    @Test
    void eachSchedulesRateIsItsPyTorchFormula() {
        Params base = factory.defaults().with("learningRate", 0.2).with("totalSteps", 100).with("stepSize", 30)
                .with("gamma", 0.5).with("decay", 0.9).with("etaMin", 0.01).with("warmupSteps", 10);
        // StepLR(step_size=30, gamma=0.5): 0.2·0.5^⌊t/30⌋
        assertRates(base, "step", new int[] {0, 29, 30, 61}, new double[] {0.2, 0.2, 0.1, 0.05});
        // ExponentialLR(gamma=0.9): 0.2·0.9^t
        assertRates(base, "exponential", new int[] {0, 1, 3}, new double[] {0.2, 0.18, 0.1458});
        // CosineAnnealingLR(T_max=100, eta_min=0.01): 0.01 + 0.095(1 + cos(πt/100))
        assertRates(base, "cosine", new int[] {0, 50, 99}, new double[] {0.2, 0.105,
                0.01 + 0.095 * (1 + Math.cos(Math.PI * 0.99))});
        // OneCycleLR(max_lr=0.2, total_steps=100), pct_start 0.3, div_factor 25, final_div_factor 1e4:
        // 0.008 at t = 0, 0.2 at t = 0.3·100 − 1 = 29, 0.008/1e4 at t = 99
        assertRates(base, "one-cycle", new int[] {0, 29, 99}, new double[] {0.008, 0.2, 8e-7});
        // LinearLR(start_factor=1/10, total_iters=9): 0.2·(t + 1)/10 up to t = 9, then 0.2
        assertRates(base, "warmup", new int[] {0, 4, 9, 50}, new double[] {0.02, 0.1, 0.2, 0.2});
        assertRates(base, "constant", new int[] {0, 99}, new double[] {0.2, 0.2});
    }

    private void assertRates(Params base, String schedule, int[] updates, double[] rates) {
        Engine<ScheduleSnapshot> engine = factory.create(spirals(), base.with("schedule", schedule), 1);
        int done = 0;
        for (int i = 0; i < updates.length; i++) {
            while (done <= updates[i]) {
                engine.step();
                done++;
            }
            assertThat(engine.snapshot().scalar("learning_rate")).as("%s at update %d", schedule, updates[i])
                    .isCloseTo(rates[i], offset(1e-15));
        }
    }

    @Test
    void steppingTheRangeTestEndsWithTheSuggestionTheSchedulesShow() {
        Params params = factory.defaults().with("rangeSteps", 60);
        Engine<ScheduleSnapshot> schedules = factory.create(spirals(), params, 2);
        Engine<ScheduleSnapshot> range = factory.create(spirals(), params.with("rangeTest", true), 2);
        assertThat(range.snapshot().metrics().has("suggested_lr")).isFalse();
        StepResult result = StepResult.CONTINUE;
        int steps = 0;
        while (!result.isFinal()) {
            result = range.step();
            steps++;
            ScheduleSnapshot s = range.snapshot();
            assertThat(s.scalar("learning_rate")).isCloseTo(1e-5 * Math.pow(1e6, (steps - 1) / 59.0), offset(1e-12));
        }
        ScheduleSnapshot done = range.snapshot();
        assertThat(result).isEqualTo(StepResult.CONVERGED);
        assertThat(done.step()).isEqualTo(steps);
        assertThat(done.range().finished()).isTrue();
        double suggested = done.scalar("suggested_lr");
        assertThat(suggested).isEqualTo(schedules.snapshot().scalar("suggested_lr"))
                .isEqualTo(done.range().rates()[done.range().suggestedIndex()] / 10);
        assertThat(done.narration()).contains("Suggested rate");
    }

    /**
     * The lesson's tanh network with a clipped cross-entropy does not reach NaN (too large a rate
     * saturates it instead; the range test's 4× rule is where divergence shows). A network that
     * can, a linear unit under squared error at a rate far above 2/λ, stops its track with the
     * module's sentence while its record keeps the updates before.
     */
    @Test
    void aTrackWhoseLossStopsBeingANumberStopsThereWithASentence() {
        org.stepwise.algo.neural.Sequential network = new org.stepwise.algo.neural.Sequential(
                List.of(new org.stepwise.algo.neural.Dense(1, 1)), new org.stepwise.algo.neural.MeanSquaredError(),
                org.stepwise.algo.neural.Penalty.none());
        network.parameters()[0] = 1;
        network.prepare(2);
        double[] x = {1, 2, 3, 4};
        double[] y = {2, 4, 6, 8};
        ScheduleTrack track = new ScheduleTrack("constant",
                org.stepwise.algo.neural.LearningRateSchedule.constant(100), network, 2000, 4, 2);
        int t = 0;
        while (track.divergedAt() < 0 && t < 2000) {
            track.update(x, y, (t % 2) * 2, 2, t);
            t++;
        }
        assertThat(track.divergedAt()).isBetween(1, 1999);
        assertThat(track.divergence()).contains("diverged");
        assertThat(track.epochLosses()[track.divergedAt()]).isNaN();
        assertThat(track.epochLosses()[track.divergedAt() - 1]).isFinite().isGreaterThan(track.epochLosses()[0]);
        track.update(x, y, 0, 2, t);
        assertThat(track.epochLosses()[t]).as("a diverged track stays where it stopped").isEqualTo(0.0);
    }

    @Test
    void refusesRegressionDataOneClassAndMoreThanTwoColumns() {
        Dataset sine = Generators.generate("sine", new GeneratorOptions(50, 0.1, 2, 3));
        assertThatThrownBy(() -> factory.create(sine, factory.defaults(), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith(".");
        Dataset one = Dataset.classification("one", new double[][] {{0, 0}, {1, 1}}, new int[] {0, 0},
                List.of("x1", "x2"), List.of("a", "b"));
        assertThatThrownBy(() -> factory.create(one, factory.defaults(), 0)).hasMessageContaining("two classes");
        Dataset three = Dataset.classification("three", new double[][] {{0, 0, 1}, {1, 1, 0}}, new int[] {0, 1},
                List.of("a", "b", "c"), List.of("p", "q"));
        assertThatThrownBy(() -> factory.create(three, factory.defaults(), 0)).hasMessageContaining("two columns");
    }
}
