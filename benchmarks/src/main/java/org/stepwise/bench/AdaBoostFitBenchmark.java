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
import org.stepwise.algo.ensemble.AdaBoostFactory;
import org.stepwise.algo.ensemble.AdaBoostSnapshot;
import org.stepwise.data.BuiltInDatasets;
import org.stepwise.data.Dataset;

/**
 * The AdaBoost lesson's whole run on Breast Cancer (569 × 30, 2 classes), default parameters: 50
 * rounds of a weighted stump, as {@code AdaBoostClassifier(DecisionTreeClassifier(max_depth=1),
 * algorithm="SAMME").fit(X, y)}; timed against scikit-learn by tools/reference/speed_adaboost.py.
 * {@link #fitWithSnapshots} also takes the snapshot of every round, as the app does while a lesson
 * plays.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AdaBoostFitBenchmark {

    private final AdaBoostFactory factory = new AdaBoostFactory();
    private Dataset cancer;
    private Params params;

    @Setup
    public void load() {
        cancer = BuiltInDatasets.load("breast_cancer");
        params = factory.defaults();
    }

    @Benchmark
    public AdaBoostSnapshot fitBreastCancer() {
        Engine<AdaBoostSnapshot> engine = factory.create(cancer, params, 0);
        while (!engine.step().isFinal()) {
            // one boosting round per step
        }
        return engine.snapshot();
    }

    @Benchmark
    public AdaBoostSnapshot fitWithSnapshots() {
        Engine<AdaBoostSnapshot> engine = factory.create(cancer, params, 0);
        AdaBoostSnapshot last = engine.snapshot();
        while (!engine.step().isFinal()) {
            last = engine.snapshot();
        }
        return last;
    }
}
