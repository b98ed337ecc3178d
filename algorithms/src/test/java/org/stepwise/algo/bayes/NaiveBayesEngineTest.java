package org.stepwise.algo.bayes;

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
import org.junit.jupiter.params.provider.ValueSource;
import org.stepwise.algo.Engine;
import org.stepwise.algo.EngineContractTest;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.Params;
import org.stepwise.algo.SklearnFixture;
import org.stepwise.algo.StepResult;
import org.stepwise.data.Dataset;

class NaiveBayesEngineTest extends EngineContractTest<NaiveBayesSnapshot> {

    /** predict_proba against scikit-learn's, absolute. */
    private static final double PROBABILITY_TOLERANCE = 1e-9;
    /** Fitted estimates, relative to the largest entry of the array compared (Wine's proline is near 1000). */
    private static final double ESTIMATE_TOLERANCE = 1e-12;

    private final NaiveBayesFactory factory = new NaiveBayesFactory();

    @Override
    protected EngineFactory<NaiveBayesSnapshot> factory() { return factory; }

    @Override
    protected Dataset data() { return fixture("blobs_2d").dataset(); }

    private static SklearnFixture fixture(String name) { return SklearnFixture.load(NaiveBayesEngineTest.class, name); }

    private static NaiveBayesSnapshot runToEnd(Engine<NaiveBayesSnapshot> engine) {
        StepResult result = StepResult.CONTINUE;
        while (!result.isFinal()) {
            result = engine.step();
        }
        return engine.snapshot();
    }

    private NaiveBayesSnapshot fit(Dataset data, String model, double regParam) {
        Params params = factory.defaults().with("model", model).with("regParam", regParam);
        return runToEnd(factory.create(data, params, 0));
    }

    static Stream<Arguments> references() {
        List<Arguments> cases = new ArrayList<>();
        for (String data : List.of("iris_2d", "iris_4d", "iris_binary_2d", "wine_2d", "wine_13d", "blobs_2d")) {
            for (String model : List.of("gaussian-nb", "lda", "qda", "qda_r0.1")) {
                cases.add(Arguments.of(data, model));
            }
        }
        cases.add(Arguments.of("digits_200", "gaussian-nb"));
        cases.add(Arguments.of("digits_200", "lda"));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("references")
    void agreesWithScikitLearn(String data, String key) {
        SklearnFixture fixture = fixture(data);
        SklearnFixture reference = fixture.part(key);
        String model = key.startsWith("qda") ? "qda" : key;
        NaiveBayesSnapshot fitted = fit(fixture.dataset(), model, key.equals("qda_r0.1") ? 0.1 : 0);
        int classes = fixture.dataset().classCount();
        assertThat(fitted.status()).isEqualTo(StepResult.CONVERGED);
        assertThat(fitted.step()).isEqualTo(classes + 1);

        assertVectorClose("class_prior", (double[]) fitted.metrics().values().get("class_prior"),
                reference.vector("class_prior"));
        assertMatrixClose("theta", (double[][]) fitted.metrics().values().get("theta"), reference.matrix("theta"));
        switch (key) {
            case "gaussian-nb" -> {
                assertMatrixClose("var", (double[][]) fitted.metrics().values().get("var"), reference.matrix("var"));
                assertThat(fitted.epsilon()).isCloseTo(reference.number("epsilon"),
                        within(ESTIMATE_TOLERANCE * reference.number("epsilon")));
                assertVectorClose("class_count", (double[]) fitted.metrics().values().get("class_count"),
                        reference.vector("class_count"));
            }
            case "lda" -> assertMatrixClose("covariance", (double[][]) fitted.metrics().values().get("covariance"),
                    reference.matrix("covariance"));
            // scikit-learn's list of K d × d matrices, each flattened to a row as the metric holds them.
            default -> assertMatrixClose("covariance", (double[][]) fitted.metrics().values().get("covariance"),
                    reference.matrix("covariance"));
        }

        double[][] x = fixture.matrix("x");
        assertProbabilitiesClose(fitted, x, reference.matrix("proba"));
        assertProbabilitiesClose(fitted, fixture.matrix("queries"), reference.matrix("query_proba"));
        assertThat(fitted.accuracy()).isEqualTo(reference.number("accuracy"));
        assertThat(fitted.logLoss()).isCloseTo(reference.number("log_loss"), within(PROBABILITY_TOLERANCE));
    }

    private static void assertProbabilitiesClose(NaiveBayesSnapshot fitted, double[][] points, double[][] expected) {
        int d = points[0].length;
        int classes = fitted.classCount();
        double[] rows = new double[points.length * d];
        for (int i = 0; i < points.length; i++) {
            System.arraycopy(points[i], 0, rows, i * d, d);
        }
        double[] out = new double[points.length * classes];
        fitted.predictProbabilities(rows, points.length, out);
        for (int i = 0; i < points.length; i++) {
            double sum = 0;
            for (int k = 0; k < classes; k++) {
                assertThat(out[i * classes + k]).as("P(%d | point %d)", k, i)
                        .isCloseTo(expected[i][k], within(PROBABILITY_TOLERANCE));
                sum += out[i * classes + k];
            }
            assertThat(sum).isCloseTo(1, within(1e-12));
        }
    }

    private static void assertVectorClose(String name, double[] actual, double[] expected) {
        assertThat(actual).as(name).hasSameSizeAs(expected);
        double scale = 1;
        for (double v : expected) {
            scale = Math.max(scale, Math.abs(v));
        }
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual[i]).as("%s[%d]", name, i).isCloseTo(expected[i], within(ESTIMATE_TOLERANCE * scale));
        }
    }

    private static void assertMatrixClose(String name, double[][] actual, double[][] expected) {
        assertThat(actual).as(name).hasDimensions(expected.length, expected[0].length);
        double scale = 1;
        for (double[] row : expected) {
            for (double v : row) {
                scale = Math.max(scale, Math.abs(v));
            }
        }
        for (int i = 0; i < expected.length; i++) {
            for (int j = 0; j < expected[i].length; j++) {
                assertThat(actual[i][j]).as("%s[%d][%d]", name, i, j)
                        .isCloseTo(expected[i][j], within(ESTIMATE_TOLERANCE * scale));
            }
        }
    }
}
