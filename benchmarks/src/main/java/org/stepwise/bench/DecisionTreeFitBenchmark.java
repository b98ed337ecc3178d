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
import org.stepwise.algo.tree.DecisionTreeClassifierFactory;
import org.stepwise.algo.tree.DecisionTreeSnapshot;
import org.stepwise.data.BuiltInDatasets;
import org.stepwise.data.Dataset;

/**
 * The decision-tree lesson's whole run on Breast Cancer (569 × 30, 2 classes), default
 * parameters: the engine built (the features copied to float32 and presorted) and split until
 * the tree is grown, as {@code DecisionTreeClassifier().fit(X, y)} does it; timed against
 * scikit-learn by tools/reference/speed_decision_tree.py. {@link #fitWithSnapshots} also takes
 * the snapshot of every step, as the app does while a lesson plays.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DecisionTreeFitBenchmark {

    private final DecisionTreeClassifierFactory factory = new DecisionTreeClassifierFactory();
    private Dataset cancer;
    private Params params;

    @Setup
    public void load() {
        cancer = BuiltInDatasets.load("breast_cancer");
        params = factory.defaults();
    }

    @Benchmark
    public DecisionTreeSnapshot fitBreastCancer() {
        Engine<DecisionTreeSnapshot> engine = factory.create(cancer, params, 0);
        while (!engine.step().isFinal()) {
            // one split per step
        }
        return engine.snapshot();
    }

    @Benchmark
    public DecisionTreeSnapshot fitWithSnapshots() {
        Engine<DecisionTreeSnapshot> engine = factory.create(cancer, params, 0);
        DecisionTreeSnapshot last = engine.snapshot();
        while (!engine.step().isFinal()) {
            last = engine.snapshot();
        }
        return last;
    }
}
