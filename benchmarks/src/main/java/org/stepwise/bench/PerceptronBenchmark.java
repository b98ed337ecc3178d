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
import org.stepwise.algo.linear.PerceptronFactory;
import org.stepwise.algo.linear.PerceptronSnapshot;
import org.stepwise.data.BuiltInDatasets;
import org.stepwise.data.Dataset;
import org.stepwise.data.Standardizer;

/**
 * The perceptron's fit of 100 epochs (maxIter 100, one sample per step, the engine's own
 * per-step training accuracy included) on standardised Breast Cancer (569 × 30, binary) and on
 * Digits as given (1,797 × 64, ten perceptrons one-vs-rest). scikit-learn's time for the same
 * fits, {@code Perceptron(shuffle=False, tol=None, max_iter=100)}: tools/reference/speed_perceptron.py.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PerceptronBenchmark {

    private Dataset cancer;
    private Dataset digits;
    private final PerceptronFactory factory = new PerceptronFactory();

    @Setup
    public void load() {
        Dataset raw = BuiltInDatasets.load("breast_cancer");
        cancer = Standardizer.fit(raw).transform(raw);
        digits = BuiltInDatasets.load("digits");
    }

    private PerceptronSnapshot fit(Dataset data) {
        Engine<PerceptronSnapshot> engine = factory.create(data, factory.defaults().with("maxIter", 100), 0);
        while (!engine.step().isFinal()) {
            // each step is one sample
        }
        return engine.snapshot();
    }

    @Benchmark
    public PerceptronSnapshot perceptronBreastCancer100Epochs() { return fit(cancer); }

    @Benchmark
    public PerceptronSnapshot perceptronDigits100Epochs() { return fit(digits); }
}
