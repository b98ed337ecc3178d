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
import org.stepwise.algo.cluster.HierarchicalFactory;
import org.stepwise.algo.cluster.HierarchicalSnapshot;
import org.stepwise.data.BuiltInDatasets;
import org.stepwise.data.Dataset;

/**
 * The hierarchical lesson's whole run on Digits (1,797 × 64): the pairwise distances, then the
 * 1,796 merges and the labels cut at nClusters = 10, with the snapshot of every step as the app
 * takes it, as {@code AgglomerativeClustering(n_clusters=10, linkage=..., compute_distances=True)
 * .fit(X)} does it; timed against scikit-learn by tools/reference/speed_hierarchical.py.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HierarchicalFitBenchmark {

    @Param({"ward", "single"})
    public String linkage;

    private final HierarchicalFactory factory = new HierarchicalFactory();
    private Dataset digits;
    private Params params;

    @Setup
    public void load() {
        digits = BuiltInDatasets.load("digits");
        params = factory.defaults().with("linkage", linkage).with("nClusters", 10);
    }

    @Benchmark
    public HierarchicalSnapshot fitDigits() {
        Engine<HierarchicalSnapshot> engine = factory.create(digits, params, 0);
        while (!engine.step().isFinal()) {
            // one merge per step; each step has made its snapshot, as the app reads it
        }
        return engine.snapshot();
    }
}
