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
import org.stepwise.algo.cluster.SpectralFactory;
import org.stepwise.algo.cluster.SpectralSnapshot;
import org.stepwise.data.BuiltInDatasets;
import org.stepwise.data.Dataset;

/**
 * The spectral lesson's whole run on Iris (150 × 4), three clusters: the affinity, the
 * Laplacian, the eigenvectors and k-means in the embedding to convergence, what scikit-learn's
 * {@code SpectralClustering(3, affinity, n_init=1).fit(X)} does (one k-means start, as the
 * lesson runs), timed by tools/reference/speed_spectral.py.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SpectralFitBenchmark {

    @Param({"nearest_neighbors", "rbf"})
    public String affinity;

    private final SpectralFactory factory = new SpectralFactory();
    private Dataset iris;
    private Params params;

    @Setup
    public void load() {
        iris = BuiltInDatasets.load("iris");
        params = factory.defaults().with("nClusters", 3).with("affinity", affinity);
    }

    @Benchmark
    public SpectralSnapshot fitIris() {
        Engine<SpectralSnapshot> engine = factory.create(iris, params, 0);
        while (!engine.step().isFinal()) {
            // one stage, then k-means' half-steps
        }
        return engine.snapshot();
    }
}
