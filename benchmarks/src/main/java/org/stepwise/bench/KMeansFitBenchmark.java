package org.stepwise.bench;

import java.util.List;
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
import org.stepwise.algo.cluster.KMeansFactory;
import org.stepwise.algo.cluster.KMeansSnapshot;
import org.stepwise.data.Dataset;

/**
 * k-means to convergence on 100,000 points of the plane, {@code init=first}, 8 clusters, the
 * default tol: what {@code KMeans(n_clusters=8, init=X[:8], n_init=1, algorithm="lloyd").fit(X)}
 * does, timed by tools/reference/speed_kmeans.py on the same points. The points are made by a
 * formula both programs compute alike ({@link #points}): five squares of uniform-looking points
 * (fractional parts of multiples of irrational numbers), so no random generator has to agree.
 * The engine is built inside the timing, as scikit-learn's fit validates and copies its input.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class KMeansFitBenchmark {

    static final int POINTS = 100_000;
    static final int CLUSTERS = 8;

    private Dataset data;
    private Params params;
    private final KMeansFactory factory = new KMeansFactory();

    /**
     * Point i: the centre of square i mod 5 (on a circle of radius 4) plus a spread of ±1.5 in each
     * direction from the fractional parts of i·(√5 − 1)/2 and i·0.7548776662466927 (the plastic
     * number's reciprocal), the formula speed_kmeans.py uses.
     */
    static double[][] points() {
        double[][] x = new double[POINTS][2];
        for (int i = 0; i < POINTS; i++) {
            int c = i % 5;
            double u = i * 0.6180339887498949 - Math.floor(i * 0.6180339887498949);
            double v = i * 0.7548776662466927 - Math.floor(i * 0.7548776662466927);
            x[i][0] = 4 * Math.cos(2 * Math.PI * c / 5) + 3 * (u - 0.5);
            x[i][1] = 4 * Math.sin(2 * Math.PI * c / 5) + 3 * (v - 0.5);
        }
        return x;
    }

    @Setup
    public void load() {
        double[][] x = points();
        data = Dataset.regression("k-means benchmark", x, new double[POINTS], List.of("x1", "x2"), "none");
        params = factory.defaults().with("nClusters", CLUSTERS).with("init", "first");
    }

    @Benchmark
    public double fitToConvergence() {
        Engine<KMeansSnapshot> engine = factory.create(data, params, 0);
        while (!engine.step().isFinal()) {
            // one half-step each
        }
        return engine.snapshot().inertia();
    }
}
