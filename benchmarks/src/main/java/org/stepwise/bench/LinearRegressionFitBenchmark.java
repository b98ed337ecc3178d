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
import org.stepwise.algo.linear.LinearRegressionFactory;
import org.stepwise.algo.linear.LinearRegressionSnapshot;
import org.stepwise.data.BuiltInDatasets;
import org.stepwise.data.Dataset;

/**
 * Least squares on Diabetes (442 × 10) as the linear-regression lesson fits it with solver
 * normal: the engine built (the polynomial columns expanded) and its one step taken (pivoted QR
 * of the centred columns), at degree 1 (10 columns) and 2 (65). scikit-learn's time for the same
 * fits, expansion included: tools/reference/speed_linear_regression.py.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LinearRegressionFitBenchmark {

    private Dataset diabetes;
    private final LinearRegressionFactory factory = new LinearRegressionFactory();

    @Setup
    public void load() {
        diabetes = BuiltInDatasets.load("diabetes");
    }

    private LinearRegressionSnapshot solve(int degree) {
        Engine<LinearRegressionSnapshot> engine = factory.create(diabetes,
                factory.defaults().with("solver", "normal").with("degree", degree), 0);
        engine.step();
        return engine.snapshot();
    }

    @Benchmark
    public LinearRegressionSnapshot diabetesDegree1() { return solve(1); }

    @Benchmark
    public LinearRegressionSnapshot diabetesDegree2() { return solve(2); }
}
