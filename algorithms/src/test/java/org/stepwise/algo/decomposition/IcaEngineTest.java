package org.stepwise.algo.decomposition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stepwise.algo.Engine;
import org.stepwise.algo.EngineContractTest;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.Metrics;
import org.stepwise.algo.Params;
import org.stepwise.algo.SklearnFixture;
import org.stepwise.algo.StepResult;
import org.stepwise.data.BuiltInDatasets;
import org.stepwise.data.Dataset;

class IcaEngineTest extends EngineContractTest<IcaSnapshot> {

    /** Every iterate and fitted attribute against scikit-learn's. */
    private static final double CLOSE = 1e-9;

    private final IcaFactory factory = new IcaFactory();

    @Override
    protected EngineFactory<IcaSnapshot> factory() { return factory; }

    @Override
    protected Dataset data() { return IcaSignals.mixtures(); }

    static SklearnFixture fixture(String name) { return SklearnFixture.load(IcaEngineTest.class, "ica_" + name); }

    private Params paramsOf(SklearnFixture expected) {
        return factory.defaults().with("nComponents", (int) expected.number("n_components"))
                .with("fun", expected.text("fun")).with("algorithm", expected.text("algorithm"))
                .with("tol", expected.number("tol")).with("maxIter", (int) expected.number("max_iter"));
    }

    private Engine<IcaSnapshot> engineOf(SklearnFixture expected) {
        double[][] start = expected.matrix("w_init");
        double[] wInit = new double[start.length * start.length];
        for (int a = 0; a < start.length; a++) {
            System.arraycopy(start[a], 0, wInit, a * start.length, start.length);
        }
        return factory.create(PcaEngineTest.dataOf(expected), paramsOf(expected), wInit);
    }

    private static IcaSnapshot runToEnd(Engine<IcaSnapshot> engine) {
        StepResult result = StepResult.CONTINUE;
        int steps = 0;
        while (!result.isFinal()) {
            result = engine.step();
            assertThat(++steps).isLessThanOrEqualTo(10_000);
        }
        return engine.snapshot();
    }

    /** The whitening matrix K is whitening_, and X₁ has identity covariance. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"signals", "signals_cube_two", "iris"})
    void whitensAsScikitLearn(String name) {
        SklearnFixture expected = fixture(name);
        IcaWhitening whitening = engineOf(expected).snapshot().whitening();
        double[][] k = expected.matrix("whitening");
        for (int j = 0; j < k.length; j++) {
            for (int f = 0; f < k[j].length; f++) {
                assertThat(whitening.whitening(j, f)).as("K[%d][%d]", j, f).isCloseTo(k[j][f],
                        org.assertj.core.api.Assertions.within(CLOSE * Math.abs(k[0][0]) + CLOSE));
            }
        }
        int n = whitening.samples();
        for (int a = 0; a < k.length; a++) {
            for (int b = 0; b < k.length; b++) {
                double sum = 0;
                for (int i = 0; i < n; i++) {
                    sum += whitening.whitened(a, i) * whitening.whitened(b, i);
                }
                assertThat(sum / n).isCloseTo(a == b ? 1 : 0, org.assertj.core.api.Assertions.within(1e-10));
            }
        }
    }

    /** From the same w_init, each parallel iterate is _ica_par's after as many iterations. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"signals", "signals_cube_two", "iris"})
    void parallelIteratesAreScikitLearns(String name) {
        SklearnFixture expected = fixture(name);
        Engine<IcaSnapshot> engine = engineOf(expected);
        double[][][] iterates = expected.matrices("iterations");
        for (int t = 0; t < iterates.length; t++) {
            IcaSnapshot snapshot = engine.snapshot();
            if (t > 0 && snapshot.status().isFinal()) {
                break;
            }
            assertMatrix("W after " + t + " iterations", snapshot, iterates[t]);
            engine.step();
        }
    }

    /** Deflation's first unit, iteration by iteration, is _ica_def's first row. */
    @Test
    void deflationIteratesAreScikitLearns() {
        SklearnFixture expected = fixture("signals_exp_deflation");
        Engine<IcaSnapshot> engine = engineOf(expected);
        double[][] rows = expected.matrix("iterations");
        for (double[] row : rows) {
            engine.step();
            IcaSnapshot snapshot = engine.snapshot();
            for (int c = 0; c < row.length; c++) {
                assertThat(snapshot.unmixing(0, c)).isCloseTo(row[c], org.assertj.core.api.Assertions.within(CLOSE));
            }
            if (snapshot.unit() > 0) {
                break;
            }
        }
    }

    /**
     * Run to its end at scikit-learn's tol, the run stops at the same n_iter (the same stopping
     * rule) with FastICA's components_, mixing_, mean_ and sources, signs and order included.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"signals", "signals_tight", "signals_exp_deflation", "signals_cube_two", "iris"})
    void fitIsScikitLearns(String name) {
        SklearnFixture expected = fixture(name);
        IcaSnapshot end = runToEnd(engineOf(expected));
        assertThat(end.status()).isEqualTo(StepResult.CONVERGED);
        Metrics metrics = end.metrics();
        assertThat(metrics.scalar("n_iter")).isEqualTo(expected.number("n_iter"));
        for (String matrix : List.of("components", "mixing")) {
            double[][] ours = (double[][]) metrics.values().get(matrix);
            double[][] theirs = expected.matrix(matrix);
            assertThat(ours.length).isEqualTo(theirs.length);
            for (int r = 0; r < ours.length; r++) {
                for (int c = 0; c < ours[r].length; c++) {
                    assertThat(ours[r][c]).as("%s[%d][%d]", matrix, r, c).isCloseTo(theirs[r][c],
                            org.assertj.core.api.Assertions.within(CLOSE * (1 + Math.abs(theirs[r][c]))));
                }
            }
        }
        double[] mean = (double[]) metrics.values().get("mean");
        double[] expectedMean = expected.vector("mean");
        for (int f = 0; f < mean.length; f++) {
            assertThat(mean[f]).isCloseTo(expectedMean[f], org.assertj.core.api.Assertions.within(1e-12));
        }
        double[][] sources = expected.matrix("sources");
        for (int i = 0; i < sources.length; i++) {
            for (int a = 0; a < sources[i].length; a++) {
                assertThat(end.result().source(i, a)).isCloseTo(sources[i][a],
                        org.assertj.core.api.Assertions.within(CLOSE * 10));
            }
        }
    }

    /** W stays orthonormal at every parallel step (symmetric decorrelation), and rows have unit length in deflation. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"parallel", "deflation"})
    void unmixingStaysOrthonormal(String algorithm) {
        Engine<IcaSnapshot> engine = factory.create(data(), factory.defaults().with("algorithm", algorithm), 5);
        StepResult result = StepResult.CONTINUE;
        while (!result.isFinal()) {
            result = engine.step();
            IcaSnapshot s = engine.snapshot();
            int k = s.components();
            // Deflation: the units found, and the one being found once it has taken an iteration.
            int upTo = s.parallel() ? k : s.unit() + (s.unitIterations(s.unit()) > 0 ? 1 : 0);
            for (int a = 0; a < upTo; a++) {
                for (int b = 0; b < upTo; b++) {
                    double dot = 0;
                    for (int c = 0; c < k; c++) {
                        dot += s.unmixing(a, c) * s.unmixing(b, c);
                    }
                    assertThat(dot).isCloseTo(a == b ? 1 : 0, org.assertj.core.api.Assertions.within(1e-10));
                }
            }
        }
        assertThat(result).isEqualTo(StepResult.CONVERGED);
    }

    /** The lesson's own data: the estimates are the sources, each up to sign and order, to a correlation above 0.99. */
    @Test
    void defaultsRecoverTheSources() {
        Dataset data = data();
        IcaSnapshot end = runToEnd(factory.create(data, factory.defaults(), 0));
        assertThat(end.status()).isEqualTo(StepResult.CONVERGED);
        double[][] sources = IcaSignals.sources();
        for (int j = 0; j < sources[0].length; j++) {
            double best = 0;
            for (int a = 0; a < end.components(); a++) {
                best = Math.max(best, Math.abs(end.result().correlation(a, sources, j)));
            }
            assertThat(best).as(IcaSignals.SOURCE_NAMES.get(j)).isGreaterThan(0.99);
        }
    }

    /** The correlation the panel labels estimates with: ±1 with an estimate's own values, scaled or turned over. */
    @Test
    void correlationIsPearsons() {
        IcaSnapshot end = runToEnd(factory.create(data(), factory.defaults(), 0));
        IcaUnmixing result = end.result();
        int n = end.whitening().samples();
        double[][] own = new double[n][2];
        for (int i = 0; i < n; i++) {
            own[i][0] = 3 * result.source(i, 0) + 1;
            own[i][1] = -result.source(i, 0);
        }
        assertThat(result.correlation(0, own, 0)).isCloseTo(1, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(result.correlation(0, own, 1)).isCloseTo(-1, org.assertj.core.api.Assertions.within(1e-12));
        // The two estimates are uncorrelated (W is orthonormal on whitened data).
        double[][] other = new double[n][1];
        for (int i = 0; i < n; i++) {
            other[i][0] = result.source(i, 1);
        }
        assertThat(result.correlation(0, other, 0)).isCloseTo(0, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void refusesMoreComponentsThanMixtures() {
        assertThatThrownBy(() -> factory.create(data(), factory.defaults().with("nComponents", 4), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("More components than mixtures");
    }

    @Test
    void stopsWithAReasonOnRankDeficientData() {
        Dataset digits = BuiltInDatasets.load("digits");
        Engine<IcaSnapshot> engine = factory.create(digits, factory.defaults(), 0);
        StepResult result = engine.step();
        assertThat(result.status()).isEqualTo(StepResult.Status.STOPPED);
        assertThat(result.reason()).contains("independent direction").contains("nComponents");
    }

    @Test
    void stopsAtMaxIterWhenNotConverged() {
        Engine<IcaSnapshot> engine = factory.create(data(), factory.defaults().with("maxIter", 1).with("tol", 1e-15), 0);
        StepResult result = engine.step();
        assertThat(result.status()).isEqualTo(StepResult.Status.STOPPED);
        assertThat(result.reason()).contains("maxIter = 1");
    }

    private static void assertMatrix(String what, IcaSnapshot snapshot, double[][] expected) {
        for (int a = 0; a < expected.length; a++) {
            for (int c = 0; c < expected[a].length; c++) {
                assertThat(snapshot.unmixing(a, c)).as("%s [%d][%d]", what, a, c).isCloseTo(expected[a][c],
                        org.assertj.core.api.Assertions.within(CLOSE));
            }
        }
    }
}
