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
import org.stepwise.algo.linear.RegularizationFactory;
import org.stepwise.algo.linear.RegularizationSnapshot;
import org.stepwise.data.BuiltInDatasets;
import org.stepwise.data.Dataset;

/**
 * Ridge, lasso and elastic net on Diabetes (442 × 10) as the regularization lesson fits them: the
 * engine built (the columns centred) and run to convergence, a snapshot taken only at the end
 * (the lesson takes one a step; scikit-learn has nothing to compare that with). Lasso at alpha 1
 * (8 sweeps) and 0.05 (21), ElasticNet(0.01, 0.5) (7), Ridge(1) in closed form. scikit-learn's
 * time for the same fits: tools/reference/speed_regularization.py.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RegularizationFitBenchmark {

    private Dataset diabetes;
    private final RegularizationFactory factory = new RegularizationFactory();

    @Setup
    public void load() {
        diabetes = BuiltInDatasets.load("diabetes");
    }

    private RegularizationSnapshot fit(Params params) {
        Engine<RegularizationSnapshot> engine = factory.create(diabetes, params, 0);
        while (!engine.step().isFinal()) {
            // to convergence
        }
        return engine.snapshot();
    }

    @Benchmark
    public RegularizationSnapshot lassoAlpha1() { return fit(factory.defaults()); }

    @Benchmark
    public RegularizationSnapshot lassoAlpha005() { return fit(factory.defaults().with("alpha", 0.05)); }

    @Benchmark
    public RegularizationSnapshot elasticNet() {
        return fit(factory.defaults().with("penalty", "elasticnet").with("alpha", 0.01).with("l1Ratio", 0.5));
    }

    @Benchmark
    public RegularizationSnapshot ridgeAlpha1() { return fit(factory.defaults().with("penalty", "ridge")); }
}
