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
import org.stepwise.algo.neighbors.KnnClassifier;
import org.stepwise.algo.neighbors.KnnFactory;
import org.stepwise.data.BuiltInDatasets;
import org.stepwise.data.Dataset;

/**
 * k-nearest neighbours, {@code KNeighborsClassifier(5).fit(X, y).predict(X)} on Digits
 * (1797 × 64) against itself: every point's 5 nearest among all 1797, what a learner's run to the
 * end computes (its score), split across the cores as a batched predict is. Beside it the same 1797
 * searches on one thread (what the pruned search alone gains), and the baseline in the same run:
 * one pass over every pair of points on one thread (the squared distances alone, nothing kept;
 * what a brute-force search costs at least). scikit-learn's time for the same predict:
 * tools/reference/speed_knn.py.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class KnnPredictBenchmark {

    private double[] rows;
    private int n;
    private KnnClassifier model;
    private int[] predicted;
    private double[] probabilities;
    private int[] neighbours;
    private double[] distances;

    @Setup
    public void load() {
        Dataset digits = BuiltInDatasets.load("digits");
        KnnFactory factory = new KnnFactory();
        model = factory.create(digits, factory.defaults(), 0).snapshot().model();
        rows = digits.featuresRowMajor();
        n = digits.size();
        predicted = new int[n];
        probabilities = new double[digits.classCount()];
        neighbours = new int[model.nNeighbors()];
        distances = new double[model.nNeighbors()];
    }

    @Benchmark
    public double baselineEverySquaredDistance() {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double d = 0;
                for (int f = 0; f < 64; f++) {
                    double t = rows[i * 64 + f] - rows[j * 64 + f];
                    d += t * t;
                }
                sum += d;
            }
        }
        return sum;
    }

    @Benchmark
    public int searchEachPointOnOneThread() {
        int sum = 0;
        for (int i = 0; i < n; i++) {
            model.kneighbors(rows, i * 64, neighbours, distances);
            sum += neighbours[model.nNeighbors() - 1];
        }
        return sum;
    }

    @Benchmark
    public int[] knnPredictDigitsOnItself() {
        model.predict(rows, n, predicted, probabilities);
        return predicted;
    }
}
