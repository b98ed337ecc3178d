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
import org.stepwise.algo.anomaly.IsolationForest;
import org.stepwise.algo.anomaly.LocalOutlierFactor;

/**
 * The outliers lesson's two heavy detectors on 10,000 points in two dimensions (the
 * {@link DbscanBenchmark#points} set: three discs and 5 % uniform background), as
 * tools/reference/speed_outliers.py times scikit-learn on the same points:
 * {@code IsolationForest(random_state=0).fit(X).score_samples(X)} (100 trees, ψ = 256; the
 * trees grown and the points scored across the cores) and
 * {@code LocalOutlierFactor(n_neighbors=20).fit(X)} (every point's 20 neighbours, across the
 * cores, then lrd and LOF).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class OutliersBenchmark {

    static final int SIZE = 10_000;

    private double[] x;

    @Setup
    public void build() {
        double[][] rows = DbscanBenchmark.points(SIZE);
        x = new double[2 * SIZE];
        for (int i = 0; i < SIZE; i++) {
            x[2 * i] = rows[i][0];
            x[2 * i + 1] = rows[i][1];
        }
    }

    @Benchmark
    public double[] isolationForestFitAndScore() {
        return IsolationForest.fit(x, SIZE, 2, 100, 256, 0).scoreSamples(x, SIZE, 2);
    }

    @Benchmark
    public double[] lofFit() {
        return LocalOutlierFactor.fit(x, SIZE, 2, 20).negativeOutlierFactors();
    }
}
