package org.stepwise.algo.rl.ppo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.stepwise.algo.Engine;
import org.stepwise.algo.EngineContractTest;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.Params;
import org.stepwise.algo.StepResult;
import org.stepwise.data.Dataset;

class PpoEngineTest extends EngineContractTest<PpoSnapshot> {

    private final PpoFactory factory = new PpoFactory();

    @Override
    protected EngineFactory<PpoSnapshot> factory() { return factory; }

    @Override
    protected Dataset data() { return null; }

    @Override
    protected int contractSteps() { return 20; }

    private static PpoSnapshot runToTheEnd(Engine<PpoSnapshot> engine) {
        while (!engine.step().isFinal()) {
            // collect, epoch, epoch, ...
        }
        return engine.snapshot();
    }

    /**
     * The target: a mean return of at least 195 over 100 episodes (CartPole-v0 solved)
     * within the default budget on some seed among the first five. Each default run takes one to
     * three seconds here; the first seed already solves it.
     */
    @Test
    void solvesCartPoleWithinTheDefaultBudgetOnOneOfTheFirstFiveSeeds() {
        PpoSnapshot end = null;
        for (long seed = 0; seed < 5; seed++) {
            end = runToTheEnd(factory.create(null, factory.defaults(), seed));
            if (end.status().equals(StepResult.CONVERGED)) {
                break;
            }
        }
        assertThat(end.status()).isEqualTo(StepResult.CONVERGED);
        assertThat(end.episodes()).isGreaterThanOrEqualTo(100);
        double sum = 0;
        for (int i = end.episodes() - 100; i < end.episodes(); i++) {
            sum += end.episodeReturn(i);
            assertThat(end.episodeReturn(i)).isBetween(1.0, 200.0);
        }
        assertThat(sum / 100).isEqualTo(end.meanReturnLast100()).isGreaterThanOrEqualTo(195);
        assertThat(end.batches()).isLessThanOrEqualTo(factory.defaults().integer("maxUpdates"));
        assertThat((double[]) end.metrics().values().get("episode_returns")).hasSize(end.episodes());
    }

    @Test
    void aStepCollectsThenEachFollowingStepIsOneEpoch() {
        Engine<PpoSnapshot> engine = factory.create(null, factory.defaults(), 3);
        assertThat(engine.snapshot().stage()).isEqualTo(PpoSnapshot.Stage.START);
        assertThat(engine.snapshot().samples()).isZero();
        engine.step();
        PpoSnapshot collected = engine.snapshot();
        assertThat(collected.stage()).isEqualTo(PpoSnapshot.Stage.COLLECT);
        assertThat(collected.batches()).isEqualTo(1);
        assertThat(collected.environmentSteps()).isEqualTo(1024);
        assertThat(collected.samples()).isEqualTo(PpoEngine.DIAGRAM_SAMPLES);
        for (int i = 0; i < collected.samples(); i++) {
            assertThat(collected.sampleRatio(i)).isEqualTo(1.0);
        }
        double[] kls = new double[4];
        for (int epoch = 1; epoch <= 4; epoch++) {
            engine.step();
            PpoSnapshot s = engine.snapshot();
            assertThat(s.stage()).isEqualTo(PpoSnapshot.Stage.EPOCH);
            assertThat(s.epoch()).isEqualTo(epoch);
            assertThat(s.batches()).isEqualTo(1);
            assertThat(s.clipFraction()).isBetween(0.0, 1.0);
            assertThat(s.approxKl()).isGreaterThanOrEqualTo(0);
            kls[epoch - 1] = s.approxKl();
        }
        // π_old is fixed for the batch, so the policy drifts further from it epoch after epoch.
        assertThat(kls[3]).isGreaterThan(kls[0]);
        engine.step();
        assertThat(engine.snapshot().stage()).isEqualTo(PpoSnapshot.Stage.COLLECT);
        assertThat(engine.snapshot().batches()).isEqualTo(2);
        assertThat(engine.snapshot().environmentSteps()).isEqualTo(2048);
    }

    @Test
    void aSpentBudgetStopsWithItsReason() {
        Params params = factory.defaults().with("maxUpdates", 2);
        Engine<PpoSnapshot> engine = factory.create(null, params, 0);
        PpoSnapshot end = runToTheEnd(engine);
        assertThat(end.status().status()).isEqualTo(StepResult.Status.STOPPED);
        assertThat(end.status().reason()).contains("budget of 2 batches");
        assertThat(end.step()).isEqualTo(2 * (1 + 4));
        assertThat(end.narration()).contains("Stopped");
    }

    @Test
    void badInputIsRefusedWithOneClearSentence() {
        assertThatThrownBy(() -> factory.create(null, factory.defaults().with("minibatchSize", 2048), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A minibatch of 2048 samples cannot be drawn from a batch of 1024 environment steps: "
                        + "make minibatchSize at most batchSize.");
        for (double epsilon : new double[] {0, -0.1, 1, 1.5}) {
            assertThatThrownBy(() -> factory.defaults().with("clipEpsilon", epsilon))
                    .hasMessageContaining("'clipEpsilon'");
        }
        for (String name : new String[] {"gamma", "lambda"}) {
            assertThatThrownBy(() -> factory.defaults().with(name, 1.01)).hasMessageContaining("'" + name + "'");
            assertThatThrownBy(() -> factory.defaults().with(name, -0.01)).hasMessageContaining("'" + name + "'");
        }
        assertThatThrownBy(() -> factory.defaults().with("hidden", "32,0"))
                .hasMessageContaining("Every hidden layer needs at least one neuron");
    }

    /** Hidden layers are written as the cart-pole lesson's: widths separated by commas. */
    @Test
    void hiddenLayersAreTheWidthsTyped() {
        Engine<PpoSnapshot> engine = factory.create(null, factory.defaults().with("hidden", "24,12,6"), 0);
        for (int stage = 0; stage < 5; stage++) {
            engine.step();
        }
        assertThat(engine.snapshot().step()).isEqualTo(5);
        assertThat(factory.defaults().choice("hidden")).isEqualTo("32,32");
    }

    @Test
    void anEpisodePathIsTheLastFinishedEpisode() {
        Engine<PpoSnapshot> engine = factory.create(null, factory.defaults(), 1);
        engine.step();
        PpoSnapshot s = engine.snapshot();
        EpisodePath path = s.lastEpisode();
        assertThat(path).isNotNull();
        assertThat(path.episode()).isEqualTo(s.episodes());
        assertThat(path.length()).isEqualTo((int) s.episodeReturn(s.episodes() - 1));
        // A random policy lets the pole fall well before the cap, past 12° or off the track at the end.
        assertThat(path.fell()).isTrue();
        int last = path.length() - 1;
        assertThat(Math.abs(path.theta(last)) > 12 * Math.PI / 180 || Math.abs(path.x(last)) > 2.4).isTrue();
    }
}
