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
import org.stepwise.algo.cluster.DbscanFactory;
import org.stepwise.algo.cluster.DbscanSnapshot;
import org.stepwise.data.Dataset;

/**
 * The dbscan lesson's whole run on 10,000 points (three dense discs and 5 % uniform
 * background, {@link #points}), eps 0.08, minSamples 5: the neighbourhoods, the core test and
 * every step to the end, what scikit-learn's {@code DBSCAN(eps=0.08, min_samples=5).fit(X)} does.
 * tools/reference/speed_dbscan.py builds the same points, bit for bit (integer arithmetic and
 * exact floating-point operations only), and times scikit-learn.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DbscanBenchmark {

    static final int SIZE = 10_000;

    private final DbscanFactory factory = new DbscanFactory();
    private Dataset data;
    private Params params;

    @Setup
    public void build() {
        double[][] x = points(SIZE);
        data = Dataset.regression("dbscan-10k", x, new double[SIZE], List.of("x1", "x2"), "y");
        params = factory.defaults().with("eps", 0.08).with("minSamples", 5);
    }

    @Benchmark
    public DbscanSnapshot fitToTheEnd() {
        Engine<DbscanSnapshot> engine = factory.create(data, params, 0);
        while (!engine.step().isFinal()) {
            // one point a step
        }
        return engine.snapshot();
    }

    /**
     * n points: 95 % uniform in three discs of radius 1 centred at (−2, 0), (2, 0) and (0, 2.5),
     * 5 % uniform in the square [−4, 4]²; drawn from a 64-bit linear congruential generator
     * (Knuth's MMIX constants) by rejection, so Python reproduces them exactly.
     */
    static double[][] points(int n) {
        long[] state = {42};
        double[][] centres = {{-2, 0}, {2, 0}, {0, 2.5}};
        double[][] x = new double[n][];
        for (int i = 0; i < n; i++) {
            if (i % 20 == 19) {
                x[i] = new double[] {8 * uniform(state) - 4, 8 * uniform(state) - 4};
                continue;
            }
            double u;
            double v;
            do {
                u = 2 * uniform(state) - 1;
                v = 2 * uniform(state) - 1;
            } while (u * u + v * v > 1);
            double[] c = centres[i % 3];
            x[i] = new double[] {c[0] + u, c[1] + v};
        }
        return x;
    }

    private static double uniform(long[] state) {
        state[0] = state[0] * 6364136223846793005L + 1442695040888963407L;
        return (state[0] >>> 11) * 0x1.0p-53;
    }

    /** Prints the points' sum, which speed_dbscan.py prints for its own: the same data on both sides. */
    public static void main(String[] args) {
        double sum = 0;
        for (double[] p : points(SIZE)) {
            sum += p[0] + 3 * p[1];
        }
        System.out.println("sum of x1 + 3·x2 over the " + SIZE + " points: " + sum);
    }
}
