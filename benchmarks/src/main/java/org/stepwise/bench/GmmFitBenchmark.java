package org.stepwise.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.stepwise.algo.Engine;
import org.stepwise.algo.Params;
import org.stepwise.algo.cluster.GmmFactory;
import org.stepwise.algo.cluster.GmmSnapshot;
import org.stepwise.data.BuiltInDatasets;
import org.stepwise.data.Dataset;

/**
 * The gmm lesson's whole run on Wine (178 × 13), three components, init=first (each point to the
 * nearest of the first three rows, then an M-step), tol 1e-3: every E and M half-step to
 * convergence and the final E-step, what scikit-learn's {@code GaussianMixture(3, covariance_type,
 * weights_init, means_init, precisions_init).fit(X)} does from the same start, timed by
 * tools/reference/speed_gmm.py.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GmmFitBenchmark {

    @Param({"full", "diag"})
    public String covarianceType;

    private final GmmFactory factory = new GmmFactory();
    private Dataset wine;
    private Params params;

    @Setup
    public void load() {
        wine = BuiltInDatasets.load("wine");
        params = factory.defaults().with("init", "first").with("covarianceType", covarianceType);
    }

    @Benchmark
    public GmmSnapshot fitWine() {
        Engine<GmmSnapshot> engine = factory.create(wine, params, 0);
        while (!engine.step().isFinal()) {
            // one E or M half-step per step
        }
        return engine.snapshot();
    }
}
