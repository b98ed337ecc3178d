package org.stepwise.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.stepwise.algo.Engine;
import org.stepwise.algo.StepResult;
import org.stepwise.algo.rl.ppo.PpoFactory;
import org.stepwise.algo.rl.ppo.PpoSnapshot;

/**
 * The PPO lesson with its defaults (batches of 1,024 steps, 4 epochs in minibatches of 64, two
 * tanh layers of 32 units in each network): the time to solve CartPole-v0 from scratch on seed 0
 * (a mean return of 195 over 100 episodes: 54 batches, 55,296 environment steps, 216 epochs), and
 * the time of one epoch of updates (16 minibatch Adam steps of both networks) on a freshly
 * collected batch. Single shots: each measurement is one whole run or one epoch, the engine built
 * and its batch collected outside the timing. scikit-learn has no reinforcement learning; no
 * baseline is timed.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
public class PpoBenchmark {

    private final PpoFactory factory = new PpoFactory();
    private Engine<PpoSnapshot> collected;

    /** A new run with its first batch collected, so the measured step is an epoch. */
    @Setup(Level.Iteration)
    public void collect() {
        collected = factory.create(null, factory.defaults(), 0);
        collected.step();
    }

    @Benchmark
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public PpoSnapshot trainToSolved() {
        Engine<PpoSnapshot> engine = factory.create(null, factory.defaults(), 0);
        StepResult result;
        do {
            result = engine.step();
        } while (!result.isFinal());
        if (!result.equals(StepResult.CONVERGED)) {
            throw new IllegalStateException("the default run did not solve CartPole-v0: " + result);
        }
        return engine.snapshot();
    }

    @Benchmark
    @Warmup(iterations = 30)
    @Measurement(iterations = 60)
    public PpoSnapshot oneEpoch() {
        collected.step();
        return collected.snapshot();
    }
}
