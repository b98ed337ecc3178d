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
import org.stepwise.algo.bayes.NaiveBayesFactory;
import org.stepwise.algo.bayes.NaiveBayesSnapshot;
import org.stepwise.data.BuiltInDatasets;
import org.stepwise.data.Dataset;

/**
 * The naive-bayes lesson's whole run on Digits (1797 × 64, 10 classes): building the engine and
 * its K + 1 steps, the fit a learner triggers with run-to-end. The last step also scores every
 * training point (accuracy, log loss, the least certain point), which scikit-learn's fit does
 * not: its time for the fit alone and for fit plus predict_proba on the training points is
 * printed by tools/reference/speed_naive_bayes.py. {@link #fitClassesOnly} times the class steps
 * alone, the work scikit-learn's {@code fit} does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class NaiveBayesFitBenchmark {

    @Param({"gaussian-nb", "lda"})
    public String model;

    private Dataset digits;
    private Params params;
    private final NaiveBayesFactory factory = new NaiveBayesFactory();

    @Setup
    public void load() {
        digits = BuiltInDatasets.load("digits");
        params = factory.defaults().with("model", model);
    }

    /**
     * The fit alone, as scikit-learn's {@code fit} does it: the K class steps (each class's
     * prior, mean and variance or covariance), without the last step's posterior and scoring.
     */
    @Benchmark
    public NaiveBayesSnapshot fitClassesOnly() {
        Engine<NaiveBayesSnapshot> engine = factory.create(digits, params, 0);
        for (int k = 0; k < digits.classCount(); k++) {
            engine.step();
        }
        return engine.snapshot();
    }

    @Benchmark
    public NaiveBayesSnapshot fitDigits() {
        Engine<NaiveBayesSnapshot> engine = factory.create(digits, params, 0);
        while (!engine.step().isFinal()) {
            // one class per step, then the posterior
        }
        return engine.snapshot();
    }
}
