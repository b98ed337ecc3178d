package org.stepwise.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.stepwise.algo.Engine;
import org.stepwise.algo.Params;
import org.stepwise.algo.decomposition.PcaFactory;
import org.stepwise.algo.decomposition.PcaSnapshot;
import org.stepwise.data.BuiltInDatasets;
import org.stepwise.data.Dataset;

/**
 * The pca lesson's whole run on Digits (1797 × 64): building the engine (centring, EJML's thin
 * SVD, the signs, the scores of every row) and its 64 steps, what run-to-end does. Compared with
 * scikit-learn's {@code PCA(svd_solver="full").fit(X)} timed by tools/reference/speed_pca.py in
 * the same session.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PcaFitBenchmark {

    private final PcaFactory factory = new PcaFactory();
    private Dataset digits;
    private Params params;

    @Setup
    public void load() {
        digits = BuiltInDatasets.load("digits");
        params = factory.defaults();
    }

    @Benchmark
    public PcaSnapshot fitDigits() {
        Engine<PcaSnapshot> engine = factory.create(digits, params, 0);
        while (!engine.step().isFinal()) {
            // one component per step
        }
        return engine.snapshot();
    }
}
