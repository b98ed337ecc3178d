package org.stepwise.algo.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.stepwise.algo.Engine;
import org.stepwise.algo.EngineContractTest;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.Params;
import org.stepwise.algo.StepResult;
import org.stepwise.data.Dataset;

class OptimizerRaceEngineTest extends EngineContractTest<OptimizerRaceSnapshot> {

    private final OptimizerRaceFactory factory = new OptimizerRaceFactory();

    @Override
    protected EngineFactory<OptimizerRaceSnapshot> factory() { return factory; }

    @Override
    protected Dataset data() { return null; }

    private Params only(String optimizer) {
        Params params = factory.defaults();
        for (String name : OptimizerRaceFactory.OPTIMIZERS) {
            params = params.with(OptimizerRaceFactory.flagName(name), name.equals(optimizer));
        }
        return params;
    }

    @Test
    void gradientDescentBelowTwoOverLambdaDecreasesTheLossEveryStep() {
        // κ = 10, so λmax = 10 and GD converges for α < 0.2.
        Params params = only("gd").with("learningRate", 0.19).with("conditioning", 10.0);
        Engine<OptimizerRaceSnapshot> engine = factory.create(null, params, 0);
        double previous = engine.snapshot().tracks().get(0).currentLoss();
        StepResult result = StepResult.CONTINUE;
        while (!result.isFinal()) {
            result = engine.step();
            double loss = engine.snapshot().tracks().get(0).currentLoss();
            assertThat(loss).isLessThan(previous);
            previous = loss;
        }
        assertThat(result).isEqualTo(StepResult.CONVERGED);
        assertThat(engine.snapshot().tracks().get(0).gradientNorm()).isLessThan(1e-6);
    }

    @Test
    void gradientDescentAboveTwoOverLambdaDivergesAndStopsWithAReason() {
        Params params = only("gd").with("learningRate", 0.21).with("conditioning", 10.0).with("maxSteps", 100_000);
        Engine<OptimizerRaceSnapshot> engine = factory.create(null, params, 0);
        StepResult result = StepResult.CONTINUE;
        while (!result.isFinal()) {
            result = engine.step();
        }
        assertThat(result.status()).isEqualTo(StepResult.Status.STOPPED);
        assertThat(result.reason()).contains("every optimizer diverged (gd)");
        Track track = engine.snapshot().tracks().get(0);
        assertThat(track.state()).isEqualTo(Track.State.DIVERGED);
        assertThat(Double.isFinite(track.currentLoss())).isTrue();
    }

    @Test
    void oneDivergingOptimizerDoesNotStopTheOthers() {
        Params params = only("gd").with("useAdam", true).with("learningRate", 0.5).with("maxSteps", 3000);
        Engine<OptimizerRaceSnapshot> engine = factory.create(null, params, 0);
        for (int i = 0; i < 200; i++) {
            engine.step();
        }
        OptimizerRaceSnapshot snapshot = engine.snapshot();
        assertThat(snapshot.tracks().get(0).state()).isEqualTo(Track.State.DIVERGED);
        assertThat(snapshot.tracks().get(1).state()).isNotEqualTo(Track.State.DIVERGED);
        assertThat(snapshot.tracks().get(1).length()).isEqualTo(201);
        assertThat(snapshot.narration()).contains("gd diverged").contains("adam ");
    }

    @Test
    void everyTrackStartsAtTheStartPointAndMetricsNameEachOptimizer() {
        OptimizerRaceSnapshot first = factory.create(null, factory.defaults(), 0).snapshot();
        assertThat(first.tracks()).extracting(Track::name).containsExactly("gd", "momentum", "adam");
        for (Track track : first.tracks()) {
            assertThat(track.currentX()).isEqualTo(-1.5);
            assertThat(track.currentY()).isEqualTo(1.5);
        }
        assertThat(first.metrics().scalars()).containsKeys("loss_gd", "loss_momentum", "loss_adam", "grad_norm_adam");
    }

    @Test
    void stopsAtTheStepLimit() {
        Params params = factory.defaults().with("surface", "rosenbrock").with("learningRate", 1e-4)
                .with("maxSteps", 30);
        Engine<OptimizerRaceSnapshot> engine = factory.create(null, params, 0);
        StepResult result = StepResult.CONTINUE;
        int steps = 0;
        while (!result.isFinal()) {
            result = engine.step();
            steps++;
        }
        assertThat(steps).isEqualTo(30);
        assertThat(result).hasToString("STOPPED: reached the step limit of 30");
    }

    @Test
    void pathsKeepEveryPointAcrossArrayGrowth() {
        Engine<OptimizerRaceSnapshot> engine = factory.create(null, only("adam").with("maxSteps", 1000), 0);
        OptimizerRaceSnapshot early = null;
        for (int i = 0; i < 300; i++) {
            engine.step();
            if (i == 40) {
                early = engine.snapshot();
            }
        }
        Track late = engine.snapshot().tracks().get(0);
        Track before = early.tracks().get(0);
        assertThat(before.length()).isEqualTo(42);
        for (int i = 0; i < before.length(); i++) {
            assertThat(late.x(i)).isEqualTo(before.x(i));
        }
        assertThatThrownBy(() -> before.x(42)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void noOptimizerChosenIsRefused() {
        Params none = only("gd").with("useGd", false);
        assertThatThrownBy(() -> factory.create(null, none, 0)).hasMessageContaining("at least one optimizer");
    }
}
