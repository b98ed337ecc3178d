package org.stepwise.algo.decomposition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
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

class PcaEngineTest extends EngineContractTest<PcaSnapshot> {

    /** Every fitted attribute against scikit-learn's, relative to its largest value. */
    private static final double RELATIVE = 1e-10;

    private final PcaFactory factory = new PcaFactory();

    @Override
    protected EngineFactory<PcaSnapshot> factory() { return factory; }

    @Override
    protected Dataset data() { return BuiltInDatasets.load("iris"); }

    static SklearnFixture fixture(String name) { return SklearnFixture.load(PcaEngineTest.class, "pca_" + name); }

    /** The fixture's data: a built-in set by name, or its own x. */
    static Dataset dataOf(SklearnFixture fixture) {
        if (fixture.has("dataset")) {
            return BuiltInDatasets.load(fixture.text("dataset"));
        }
        double[][] x = fixture.matrix("x");
        List<String> names = new ArrayList<>();
        for (int f = 0; f < x[0].length; f++) {
            names.add("x" + (f + 1));
        }
        return Dataset.regression(fixture.name(), x, new double[x.length], names, "y");
    }

    private PcaSnapshot runToEnd(Dataset data, Params params) {
        Engine<PcaSnapshot> engine = factory.create(data, params, 0);
        StepResult result = StepResult.CONTINUE;
        int steps = 0;
        while (!result.isFinal()) {
            result = engine.step();
            steps++;
            assertThat(steps).isLessThanOrEqualTo(1000);
        }
        return engine.snapshot();
    }

    /**
     * Run to its end, every attribute is PCA(svd_solver="full")'s to 1e-10 of its largest value:
     * components up to sign, and only those of non-zero singular value (the rest are arbitrary).
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"iris", "iris_whiten2", "wine", "digits", "digits_10", "blobs5_whiten", "wide"})
    void agreesWithScikitLearn(String name) {
        SklearnFixture expected = fixture(name);
        Dataset data = dataOf(expected);
        Params params = factory.defaults().with("nComponents", (int) expected.number("n_components"))
                .with("whiten", expected.number("whiten") != 0);
        PcaSnapshot end = runToEnd(data, params);
        assertThat(end.status()).isEqualTo(StepResult.CONVERGED);
        Metrics metrics = end.metrics();
        for (String vector : List.of("explained_variance_ratio", "explained_variance", "singular_values", "mean")) {
            assertClose(vector, (double[]) metrics.values().get(vector), expected.vector(vector));
        }
        double[][] components = (double[][]) metrics.values().get("components");
        double[][] reference = expected.matrix("components");
        assertThat(components.length).isEqualTo(reference.length);
        int rank = (int) expected.number("rank");
        for (int j = 0; j < Math.min(rank, reference.length); j++) {
            double sign = Math.signum(dot(components[j], reference[j]));
            double[] flipped = components[j].clone();
            for (int f = 0; f < flipped.length; f++) {
                flipped[f] *= sign;
            }
            assertClose("component " + j, flipped, reference[j]);
        }
        double scale = end.fit().reconstructionError(0);
        assertThat(metrics.scalar("reconstruction_error"))
                .isCloseTo(expected.number("reconstruction_error"), within(RELATIVE * scale));
    }

    /** transform(X), whitened or not: each found component's column, up to that component's sign. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"iris", "iris_whiten2", "blobs5_whiten", "digits_10"})
    void projectionIsTransform(String name) {
        SklearnFixture expected = fixture(name);
        Dataset data = dataOf(expected);
        Params params = factory.defaults().with("nComponents", (int) expected.number("n_components"))
                .with("whiten", expected.number("whiten") != 0);
        PcaSnapshot end = runToEnd(data, params);
        double[][] transformed = expected.matrix("transformed");
        int rank = (int) expected.number("rank");
        for (int j = 0; j < Math.min(rank, transformed[0].length); j++) {
            double[] ours = new double[data.size()];
            double[] theirs = new double[data.size()];
            for (int i = 0; i < data.size(); i++) {
                ours[i] = end.projection(i, j);
                theirs[i] = transformed[i][j];
            }
            double sign = Math.signum(dot(ours, theirs));
            for (int i = 0; i < ours.length; i++) {
                ours[i] *= sign;
            }
            assertClose("column " + j, ours, theirs);
        }
    }

    /** Components are orthonormal: V Vᵀ = I over every component of every fixture's data. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"iris", "wine", "digits", "wide"})
    void componentsAreOrthonormal(String name) {
        PcaFit fit = runToEnd(dataOf(fixture(name)), factory.defaults()).fit();
        for (int a = 0; a < fit.rank(); a++) {
            for (int b = 0; b < fit.rank(); b++) {
                double dot = 0;
                for (int f = 0; f < fit.features(); f++) {
                    dot += fit.component(a, f) * fit.component(b, f);
                }
                assertThat(dot).as("v%d·v%d", a, b).isCloseTo(a == b ? 1 : 0, within(1e-12));
            }
        }
    }

    /** One component a step: the scree grows by one bar, the explained share never falls, the error never rises. */
    @Test
    void eachStepAddsOneComponent() {
        Engine<PcaSnapshot> engine = factory.create(BuiltInDatasets.load("wine"), factory.defaults(), 0);
        double share = 0;
        double error = engine.snapshot().scalar("reconstruction_error");
        for (int k = 1; k <= 13; k++) {
            StepResult result = engine.step();
            PcaSnapshot s = engine.snapshot();
            assertThat(s.componentCount()).isEqualTo(k);
            assertThat(((double[]) s.metrics().values().get("explained_variance_ratio"))).hasSize(k);
            assertThat(s.cumulativeRatio()).isGreaterThanOrEqualTo(share);
            assertThat(s.scalar("reconstruction_error")).isLessThanOrEqualTo(error);
            assertThat(s.narration()).startsWith("component " + k + " of 13");
            assertThat(result).isEqualTo(k == 13 ? StepResult.CONVERGED : StepResult.CONTINUE);
            share = s.cumulativeRatio();
            error = s.scalar("reconstruction_error");
        }
        assertThat(share).isCloseTo(1, within(1e-12));
        assertThat(error).isCloseTo(0, within(1e-9));
    }

    /** Rebuilt from all its components, a row is itself; from none, the mean. */
    @Test
    void reconstructionFromEveryComponentIsTheRow() {
        Dataset iris = BuiltInDatasets.load("iris");
        PcaFit fit = runToEnd(iris, factory.defaults()).fit();
        for (int f = 0; f < 4; f++) {
            assertThat(fit.reconstruct(17, 4, f)).isCloseTo(iris.feature(17, f), within(1e-12));
            assertThat(fit.reconstruct(17, 0, f)).isEqualTo(fit.mean(f));
        }
    }

    @Test
    void stepsAllocateNothing() {
        assertStepsAllocateNothing(factory.create(BuiltInDatasets.load("digits"), factory.defaults(), 0), 5, 50);
    }

    @Test
    void tooManyComponentsAreRefusedInOneSentence() {
        assertThatThrownBy(() -> factory.create(BuiltInDatasets.load("iris"),
                factory.defaults().with("nComponents", 5), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The number of components (nComponents) must be at most min(rows, columns) = min(150, 4)"
                        + " = 4; got 5.");
    }

    @Test
    void oneColumnIsRefusedSayingWhatToDo() {
        Dataset one = BuiltInDatasets.load("iris").selectFeatures(2);
        assertThatThrownBy(() -> factory.create(one, factory.defaults(), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PCA needs at least two columns").hasMessageContaining("--features all");
    }

    @Test
    void dataWithoutVarianceStopsWithAReason() {
        double[][] same = {{1, 2}, {1, 2}, {1, 2}};
        Dataset flat = Dataset.regression("flat", same, new double[3], List.of("a", "b"), "y");
        Engine<PcaSnapshot> engine = factory.create(flat, factory.defaults(), 0);
        StepResult result = engine.step();
        assertThat(result.status()).isEqualTo(StepResult.Status.STOPPED);
        assertThat(result.reason()).contains("no variance");
    }

    /** Beyond the data's rank a component explains nothing, and the narration says its direction is arbitrary. */
    @Test
    void aComponentOfNoVarianceIsNamedSo() {
        PcaSnapshot end = runToEnd(BuiltInDatasets.load("digits"), factory.defaults());
        assertThat(end.componentCount()).isEqualTo(64);
        assertThat(end.narration()).contains("explains no variance");
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static void assertClose(String what, double[] actual, double[] expected) {
        assertThat(actual).as(what).hasSameSizeAs(expected);
        double largest = 0;
        for (double e : expected) {
            largest = Math.max(largest, Math.abs(e));
        }
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual[i]).as("%s[%d]", what, i).isCloseTo(expected[i], within(RELATIVE * Math.max(largest, 1e-300)));
        }
    }
}
