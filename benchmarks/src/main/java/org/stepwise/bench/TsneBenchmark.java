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
import org.stepwise.algo.Params;
import org.stepwise.algo.StepResult;
import org.stepwise.algo.manifold.TsneFactory;
import org.stepwise.algo.manifold.TsneSnapshot;
import org.stepwise.data.BuiltInDatasets;
import org.stepwise.data.Dataset;

/**
 * The tsne lesson on Digits (1797 × 64) with its defaults (Barnes–Hut, angle 0.5, perplexity 30,
 * init pca, learning rate auto): {@link Iteration#step} times one gradient iteration once the
 * exaggeration is over (the run continued from iteration 300, nIter raised so that it does not
 * end), {@link #fitDigits} the whole run of 1,000 iterations with the affinities, what
 * run-to-end does. Compared with scikit-learn's {@code TSNE(method="barnes_hut", init="pca",
 * learning_rate="auto", n_iter=1000)} timed by tools/reference/speed_tsne.py in the same session.
 */
@Fork(1)
public class TsneBenchmark {

    /** An engine 300 iterations in, stepped on by each invocation. */
    @State(Scope.Benchmark)
    @Fork(1)
    public static class Iteration {
        Engine<TsneSnapshot> engine;

        @Setup(Level.Trial)
        public void start() {
            TsneFactory factory = new TsneFactory();
            Dataset digits = BuiltInDatasets.load("digits");
            engine = factory.create(digits, factory.defaults().with("nIter", 100_000), 0);
            for (int i = 0; i < 300; i++) {
                engine.step();
            }
        }

        @Benchmark
        @BenchmarkMode(Mode.AverageTime)
        @OutputTimeUnit(TimeUnit.MILLISECONDS)
        @Warmup(iterations = 2, time = 2)
        @Measurement(iterations = 5, time = 2)
        public StepResult step() {
            return engine.step();
        }
    }

    @State(Scope.Benchmark)
    public static class Fit {
        final TsneFactory factory = new TsneFactory();
        Dataset digits;
        Params params;

        @Setup
        public void load() {
            digits = BuiltInDatasets.load("digits");
            params = factory.defaults();
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public TsneSnapshot fitDigits(Fit fit) {
        Engine<TsneSnapshot> engine = fit.factory.create(fit.digits, fit.params, 0);
        while (!engine.step().isFinal()) {
            // one gradient iteration per step
        }
        return engine.snapshot();
    }
}
