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
import org.stepwise.algo.linear.LogisticRegressionFactory;
import org.stepwise.algo.linear.LogisticRegressionSnapshot;
import org.stepwise.data.BuiltInDatasets;
import org.stepwise.data.Dataset;
import org.stepwise.data.Standardizer;

/**
 * Training logistic regression on standardised Breast Cancer (569 × 30) to convergence
 * (gradient norm 1e-6) with full-batch gradient descent, the "fit" a learner triggers with
 * run-to-end, and with Newton's method. The baseline in the same run is one pass over the data
 * (a dot product per row). scikit-learn's time for the same fit: tools/reference/speed_logistic_regression.py.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class OptimizerStepBenchmark {

    private Dataset cancer;
    private double[] rows;
    private final LogisticRegressionFactory factory = new LogisticRegressionFactory();

    @Setup
    public void load() {
        Dataset raw = BuiltInDatasets.load("breast_cancer");
        cancer = Standardizer.fit(raw).transform(raw);
        rows = cancer.featuresRowMajor();
    }

    @Benchmark
    public double baselineOnePassOverTheData() {
        double sum = 0;
        for (int i = 0; i < cancer.size(); i++) {
            double dot = 0;
            for (int j = 0; j < 30; j++) {
                dot += rows[i * 30 + j] * 0.01;
            }
            sum += dot;
        }
        return sum;
    }

    @Benchmark
    public LogisticRegressionSnapshot logisticRegressionBreastCancerToConvergence() {
        Engine<LogisticRegressionSnapshot> engine = factory.create(cancer,
                factory.defaults().with("maxSteps", 1_000_000), 0);
        while (!engine.step().isFinal()) {
            // each step is one full-batch update
        }
        return engine.snapshot();
    }

    /** The same fit by Newton's method (about a dozen steps), to the same gradient norm. */
    @Benchmark
    public LogisticRegressionSnapshot logisticRegressionNewtonBreastCancerToConvergence() {
        Engine<LogisticRegressionSnapshot> engine = factory.create(cancer,
                factory.defaults().with("solver", "newton").with("maxSteps", 1_000), 0);
        while (!engine.step().isFinal()) {
            // each step is one damped Newton step
        }
        return engine.snapshot();
    }
}
