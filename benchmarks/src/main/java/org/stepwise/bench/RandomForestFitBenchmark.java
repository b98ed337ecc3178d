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
import org.stepwise.algo.ensemble.RandomForestFactory;
import org.stepwise.algo.ensemble.RandomForestSnapshot;
import org.stepwise.data.BuiltInDatasets;
import org.stepwise.data.Dataset;

/**
 * The random-forest lesson's whole run on Breast Cancer (569 × 30, 2 classes), default
 * parameters (100 trees, √30 = 5 features per split, bootstrap): every sample drawn, every tree
 * grown, the out-of-bag votes and training accuracy kept after each; timed against
 * {@code RandomForestClassifier(oob_score=True).fit(X, y)} (on one core and on two) by
 * tools/reference/speed_random_forest.py. {@link #fitAndPermutationImportances} also computes
 * the permutation importances the lesson shows once the forest is grown (scikit-learn's fit does
 * not: its {@code permutation_importance} is a separate call).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class RandomForestFitBenchmark {

    private final RandomForestFactory factory = new RandomForestFactory();
    private Dataset cancer;
    private Params params;

    @Setup
    public void load() {
        cancer = BuiltInDatasets.load("breast_cancer");
        params = factory.defaults();
    }

    @Benchmark
    public RandomForestSnapshot fitBreastCancer() {
        Engine<RandomForestSnapshot> engine = factory.create(cancer, params, 0);
        while (!engine.step().isFinal()) {
            // a sample, then its tree
        }
        return engine.snapshot();
    }

    @Benchmark
    public double[] fitAndPermutationImportances() {
        return fitBreastCancer().permutationImportances();
    }
}
