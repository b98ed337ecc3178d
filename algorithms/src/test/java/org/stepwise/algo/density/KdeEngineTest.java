package org.stepwise.algo.density;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.stepwise.algo.Engine;
import org.stepwise.algo.EngineContractTest;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.Params;
import org.stepwise.algo.SklearnFixture;
import org.stepwise.algo.StepResult;
import org.stepwise.data.Dataset;

/** The estimate against scikit-learn 1.2.1's KernelDensity (fixtures by tools/reference/kde.py), and its steps. */
class KdeEngineTest extends EngineContractTest<KdeSnapshot> {

    /** Log-densities against scikit-learn's, absolute. */
    private static final double LOG_DENSITY_TOLERANCE = 1e-9;

    private final KdeFactory factory = new KdeFactory();

    @Override
    protected EngineFactory<KdeSnapshot> factory() { return factory; }

    @Override
    protected Dataset data() { return dataset(fixture("blobs_1d")); }

    static SklearnFixture fixture(String name) { return SklearnFixture.load(KdeEngineTest.class, name); }

    /** The fixture's points as a data set (the target is not read). */
    static Dataset dataset(SklearnFixture fixture) {
        double[][] x = fixture.matrix("x");
        List<String> names = new ArrayList<>();
        for (int j = 0; j < x[0].length; j++) {
            names.add("x" + (j + 1));
        }
        return Dataset.regression(fixture.name(), x, new double[x.length], names, "y");
    }

    static KdeSnapshot runToEnd(Engine<KdeSnapshot> engine) {
        StepResult result = StepResult.CONTINUE;
        while (!result.isFinal()) {
            result = engine.step();
        }
        return engine.snapshot();
    }

    private KdeSnapshot fit(Dataset data, String kernel, String bandwidth) {
        Params params = factory.defaults().withText("kernel", kernel).withText("bandwidth", bandwidth)
                .withText("dimensions", data.featureCount() == 1 ? "1" : "2");
        return runToEnd(factory.create(data, params, 0));
    }

    static Stream<Arguments> references() {
        List<Arguments> cases = new ArrayList<>();
        for (String data : List.of("blobs_1d", "blobs_2d", "iris_2d", "iris_4d")) {
            for (int i = 0; i < fixture(data).number("fit_count"); i++) {
                cases.add(Arguments.of(data, i));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} fit{1}")
    @MethodSource("references")
    void logDensitiesEqualScikitLearn(String data, int index) {
        SklearnFixture fixture = fixture(data);
        SklearnFixture reference = fixture.fits().get(index);
        Object bandwidth = reference.has("bandwidth") && !(reference.isNull("bandwidth")) ? bandwidthText(reference) : "";
        KdeSnapshot end = fit(dataset(fixture), reference.text("kernel"), (String) bandwidth);

        assertThat(end.status()).isEqualTo(StepResult.CONVERGED);
        assertThat(end.bandwidth()).isCloseTo(reference.number("bandwidth_"), within(1e-15 * reference.number("bandwidth_")));
        double[] expected = reference.vector("log_density");
        double[] actual = (double[]) end.metrics().values().get("log_density");
        assertThat(actual).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual[i]).as("%s point %d", reference.name(), i).isCloseTo(expected[i], within(LOG_DENSITY_TOLERANCE));
        }
        double[][] queries = fixture.matrix("queries");
        int[] rows = reference.integers("query_rows");
        double[] queryExpected = reference.vector("query_log_density");
        for (int q = 0, r = 0; q < queries.length; q++) {
            double log = end.model().logDensity(queries[q], 0);
            if (r < rows.length && rows[r] == q) {
                assertThat(log).as("%s query %d", reference.name(), q).isCloseTo(queryExpected[r], within(LOG_DENSITY_TOLERANCE));
                r++;
            } else {
                assertThat(log).as("%s query %d has density 0", reference.name(), q).isEqualTo(Double.NEGATIVE_INFINITY);
            }
        }
    }

    /** The fixture's bandwidth as the parameter's text: "scott", "silverman" or the number. */
    private static String bandwidthText(SklearnFixture reference) {
        try {
            return reference.text("bandwidth");
        } catch (ClassCastException number) {
            return Double.toString(reference.number("bandwidth"));
        }
    }

    @Test
    void addsOneKernelPerStepThenSweepsTheBandwidthAndReturnsToTheChosenOne() {
        Dataset data = data();
        int n = data.size();
        Engine<KdeSnapshot> engine = factory.create(data, factory.defaults(), 0);
        for (int k = 1; k <= n; k++) {
            assertThat(engine.step()).isEqualTo(StepResult.CONTINUE);
            KdeSnapshot s = engine.snapshot();
            assertThat(s.kernelsAdded()).isEqualTo(k);
            assertThat(s.lastAdded()).isEqualTo(k - 1);
            assertThat(s.complete()).isEqualTo(k == n);
        }
        double chosen = engine.snapshot().chosenBandwidth();
        assertThat(chosen).isEqualTo(BandwidthRule.scott(n, 1));
        double previous = 0;
        for (int t = 0; t < KdeSnapshot.sweepNotches(); t++) {
            assertThat(engine.step()).isEqualTo(StepResult.CONTINUE);
            KdeSnapshot s = engine.snapshot();
            assertThat(s.sweepNotch()).isEqualTo(t);
            assertThat(s.bandwidth()).isGreaterThan(previous);
            previous = s.bandwidth();
        }
        assertThat(engine.step()).isEqualTo(StepResult.CONVERGED);
        KdeSnapshot end = engine.snapshot();
        assertThat(end.step()).isEqualTo(n + KdeSnapshot.sweepNotches() + 1);
        assertThat(end.bandwidth()).isEqualTo(chosen);
        assertThat(KdeEngine.sweepBandwidth(chosen, KdeSnapshot.sweepNotches() / 2)).isCloseTo(chosen, within(1e-15 * chosen));
        assertThat(end.sweepLow()).isCloseTo(chosen / 10, within(1e-15));
        assertThat(end.sweepHigh()).isCloseTo(chosen * 10, within(1e-13));
    }

    @Test
    void theRunningCurveIsTheSumOfTheKernelsAddedAndEndsAtTheEstimate() {
        Dataset data = data();
        int n = data.size();
        for (String kernel : DensityKernel.NAMES) {
            Engine<KdeSnapshot> engine = factory.create(data, factory.defaults().withText("kernel", kernel), 0);
            for (int k = 1; k <= n; k++) {
                engine.step();
                KdeSnapshot s = engine.snapshot();
                if (k % 30 == 0 || k == n) {
                    double[] xs = new double[s.gridSize()];
                    double[] direct = new double[xs.length];
                    for (int g = 0; g < xs.length; g++) {
                        xs[g] = s.gridX(g);
                    }
                    s.model().densities(xs, xs.length, direct);
                    for (int g = 0; g < xs.length; g++) {
                        assertThat(s.curve(g)).as("%s after %d kernels at %d", kernel, k, g).isCloseTo(direct[g], within(1e-12));
                        assertThat(s.curve(g)).isGreaterThanOrEqualTo(0);
                    }
                    // The running mean log-density is that of the points added so far under the partial sum.
                    double total = 0;
                    for (int i = 0; i < k; i++) {
                        total += s.model().logDensity(new double[] {data.feature(i, 0)}, 0);
                    }
                    double expected = total / k;
                    assertThat(s.meanLogDensity()).as("%s after %d kernels", kernel, k).isCloseTo(expected, within(1e-12));
                    // The newest kernel's bump is 1/n of a density: at its own point it is the peak.
                    double x = s.model().point(k - 1, 0);
                    assertThat(s.kernelAt(k - 1, x)).isCloseTo(s.model().kernelPeak(), within(1e-15));
                }
            }
        }
    }

    @Test
    void theLeaveOneOutScoreIsTheMeanLogDensityOfEachPointWithoutItself() {
        SklearnFixture fixture = fixture("blobs_2d");
        Dataset data = dataset(fixture);
        double[][] x = fixture.matrix("x");
        int n = x.length;
        for (String kernel : List.of("gaussian", "epanechnikov")) {
            Engine<KdeSnapshot> engine = factory.create(data, factory.defaults().withText("kernel", kernel)
                    .withText("bandwidth", "1.5").withText("dimensions", "2"), 0);
            for (int k = 0; k <= n + KdeSnapshot.sweepNotches() / 2; k++) {
                engine.step();
            }
            KdeSnapshot middle = engine.snapshot();
            assertThat(middle.bandwidth()).isCloseTo(1.5, within(1e-14));
            double total = 0;
            for (int i = 0; i < n; i++) {
                double[] others = new double[(n - 1) * 2];
                for (int j = 0, r = 0; j < n; j++) {
                    if (j != i) {
                        others[r++] = x[j][0];
                        others[r++] = x[j][1];
                    }
                }
                KernelDensityModel without = new KernelDensityModel(others, n - 1, n - 1, 2, 1.5, DensityKernel.of(kernel));
                total += without.logDensity(x[i], 0);
            }
            assertThat(middle.leaveOneOut()).isCloseTo(total / n, within(1e-10));
            assertThat(middle.scalar("loo_log_likelihood")).isEqualTo(middle.leaveOneOut());
        }
    }

    /** With dimensions 1 the estimate is of the first feature alone, whatever else the data holds. */
    @Test
    void oneDimensionTakesTheFirstFeatureAlone() {
        SklearnFixture plane = fixture("blobs_2d");
        SklearnFixture line = fixture("blobs_1d");
        KdeSnapshot end = runToEnd(factory.create(dataset(plane), factory.defaults(), 0));
        assertThat(end.featureCount()).isEqualTo(1);
        double[] expected = line.fits().get(0).vector("log_density");
        double[] actual = (double[]) end.metrics().values().get("log_density");
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual[i]).isCloseTo(expected[i], within(LOG_DENSITY_TOLERANCE));
        }
    }

    @Test
    void theTophatCountsOnlyPointsStrictlyCloserThanTheBandwidth() {
        Dataset two = Dataset.regression("two", new double[][] {{0}, {1}}, new double[2], List.of("x"), "y");
        KdeSnapshot end = fit(two, "tophat", "1");
        // Each point sees only itself (the other is at r = h exactly): p = 1 / (n · 2h) = 1/4.
        double[] log = (double[]) end.metrics().values().get("log_density");
        assertThat(log[0]).isCloseTo(Math.log(0.25), within(1e-15));
        assertThat(log[1]).isCloseTo(Math.log(0.25), within(1e-15));
        assertThat(end.leaveOneOut()).isNaN();
    }

    @Test
    void badBandwidthsAreRefusedByName() {
        for (String bad : List.of("0", "-1", "NaN", "-0.5", "wide")) {
            assertThatThrownBy(() -> factory.defaults().withText("bandwidth", bad))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'bandwidth'");
        }
        Dataset fourD = dataset(fixture("iris_4d"));
        assertThatThrownBy(() -> factory.create(fourD, factory.defaults().withText("kernel", "cosine")
                .withText("dimensions", "2"), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cosine kernel has no valid normalisation in 4 dimensions");
        Dataset one = Dataset.regression("one", new double[][] {{0}}, new double[1], List.of("x"), "y");
        assertThatThrownBy(() -> factory.create(one, factory.defaults(), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least two points");
    }
}
