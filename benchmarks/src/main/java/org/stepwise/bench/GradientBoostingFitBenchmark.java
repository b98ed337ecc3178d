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
import org.stepwise.algo.ensemble.GradientBoostingFactory;
import org.stepwise.algo.ensemble.GradientBoostingSnapshot;
import org.stepwise.data.BuiltInDatasets;
import org.stepwise.data.Dataset;

/**
 * The gradient-boosting lesson's whole run on Breast Cancer (569 × 30, 2 classes): log_loss, 100
 * rounds of depth-3 trees, learning rate 0.1, as {@code GradientBoostingClassifier().fit(X, y)};
 * timed against scikit-learn by tools/reference/speed_gradient_boosting.py.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GradientBoostingFitBenchmark {

    private final GradientBoostingFactory factory = new GradientBoostingFactory();
    private Dataset cancer;
    private Params params;

    @Setup
    public void load() {
        cancer = BuiltInDatasets.load("breast_cancer");
        params = factory.defaults().with(GradientBoostingFactory.LOSS, GradientBoostingFactory.LOG_LOSS);
    }

    @Benchmark
    public GradientBoostingSnapshot fitBreastCancer() {
        Engine<GradientBoostingSnapshot> engine = factory.create(cancer, params, 0);
        while (!engine.step().isFinal()) {
            // one round per step
        }
        return engine.snapshot();
    }
}
