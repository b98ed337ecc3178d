package org.stepwise.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
import org.stepwise.algo.svm.SvcFactory;
import org.stepwise.algo.svm.SvmSnapshot;
import org.stepwise.data.Dataset;

/**
 * The svm lesson's whole run, default parameters (RBF, C = 1, gamma = scale, tol = 1e-3), on
 * 1,000 moons points ({@code make_moons(1000, noise=0.3, random_state=0)}, read from
 * {@code moons_1000.csv}, which tools/reference/speed_svm.py writes): the engine built and
 * stepped until SMO converges, as {@code SVC().fit(X, y)} does it; timed against scikit-learn by
 * speed_svm.py. {@link #fitWithSnapshots} also takes the snapshot of every step, as the app does
 * while a lesson plays.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SvmFitBenchmark {

    private final SvcFactory factory = new SvcFactory();
    private Dataset moons;
    private Params params;

    @Setup
    public void load() {
        moons = readMoons();
        params = factory.defaults();
    }

    /** The 1,000 points scikit-learn times, from the resource speed_svm.py wrote. */
    static Dataset readMoons() {
        List<double[]> rows = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                SvmFitBenchmark.class.getResourceAsStream("moons_1000.csv"), StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] cells = line.split(",");
                rows.add(new double[] {Double.parseDouble(cells[0]), Double.parseDouble(cells[1])});
                labels.add(Integer.parseInt(cells[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Dataset.classification("moons", rows.toArray(new double[0][]),
                labels.stream().mapToInt(Integer::intValue).toArray(), List.of("x1", "x2"), List.of("0", "1"));
    }

    @Benchmark
    public SvmSnapshot fitMoons() {
        Engine<SvmSnapshot> engine = factory.create(moons, params, 0);
        while (!engine.step().isFinal()) {
            // one SMO pair update per step
        }
        return engine.snapshot();
    }

    @Benchmark
    public SvmSnapshot fitWithSnapshots() {
        Engine<SvmSnapshot> engine = factory.create(moons, params, 0);
        SvmSnapshot last = engine.snapshot();
        while (!engine.step().isFinal()) {
            last = engine.snapshot();
        }
        return last;
    }
}
