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
import org.stepwise.algo.Params;
import org.stepwise.algo.evaluation.HyperparameterSearchFactory;
import org.stepwise.algo.evaluation.HyperparameterSearchSnapshot;
import org.stepwise.data.Dataset;

/**
 * The hyperparameter-search lesson's whole run with its defaults (grid search of the RBF SVM, C on
 * 5 log-spaced values from 0.01 to 1000, γ on 5 from 0.01 to 100, each of the 25 configurations
 * cross-validated on 5 unshuffled stratified folds: 125 SVM fits) on the first 200 of the 1,000
 * moons points ({@code moons_1000.csv}); timed against scikit-learn's
 * {@code GridSearchCV(SVC(), grid, cv=StratifiedKFold(5), refit=False).fit} on the same rows by
 * tools/reference/speed_hyperparameter_search.py.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HyperparameterSearchBenchmark {

    /** The rows searched: the first 200 of the file, as speed_hyperparameter_search.py reads them. */
    static final int ROWS = 200;

    private final HyperparameterSearchFactory factory = new HyperparameterSearchFactory();
    private Dataset moons;
    private Params params;

    @Setup
    public void load() {
        Dataset all = SvmFitBenchmark.readMoons();
        int[] first = new int[ROWS];
        for (int i = 0; i < ROWS; i++) {
            first[i] = i;
        }
        moons = all.selectRows(first);
        params = factory.defaults();
    }

    @Benchmark
    public HyperparameterSearchSnapshot gridSearch() {
        Engine<HyperparameterSearchSnapshot> engine = factory.create(moons, params, 0);
        while (!engine.step().isFinal()) {
            // one configuration cross-validated per step
        }
        return engine.snapshot();
    }
}
