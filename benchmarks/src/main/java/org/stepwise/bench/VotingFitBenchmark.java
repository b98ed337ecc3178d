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
import org.stepwise.algo.ensemble.VotingFactory;
import org.stepwise.algo.ensemble.VotingSnapshot;
import org.stepwise.data.BuiltInDatasets;
import org.stepwise.data.Dataset;

/**
 * The ensemble-voting lesson's whole run with its default members (logistic regression by
 * Newton's method, k-NN, a full decision tree, Gaussian naive Bayes) on Breast Cancer (569 × 30):
 * the four member steps and the combination, which also score every training row (each member's
 * accuracy and the ensemble's). tools/reference/speed_voting.py times scikit-learn's
 * {@code VotingClassifier} / {@code StackingClassifier} with the same members, fit alone and fit
 * plus the same scoring.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class VotingFitBenchmark {

    @Param({"hard", "soft", "stacking"})
    public String voting;

    private Dataset cancer;
    private Params params;
    private final VotingFactory factory = new VotingFactory();

    @Setup
    public void load() {
        cancer = BuiltInDatasets.load("breast_cancer");
        params = factory.defaults(cancer).with("voting", voting);
    }

    @Benchmark
    public VotingSnapshot fitBreastCancer() {
        Engine<VotingSnapshot> engine = factory.create(cancer, params, 0);
        while (!engine.step().isFinal()) {
            // one member a step, then the combination
        }
        return engine.snapshot();
    }
}
