package org.stepwise.algo.linear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.stepwise.algo.Engine;
import org.stepwise.algo.Params;
import org.stepwise.algo.StepResult;
import org.stepwise.data.BuiltInDatasets;
import org.stepwise.data.Dataset;
import org.stepwise.data.GeneratorOptions;
import org.stepwise.data.Generators;
import org.stepwise.data.Standardizer;

/**
 * "Defaults that work": with the defaults for the data ({@code factory.defaults(data)}), every
 * data set the lesson takes, on the two columns it draws and on all, runs to CONVERGED at the
 * optimum of scikit-learn's {@code LogisticRegression()} objective: Newton's method where the
 * columns' scales differ, gradient descent where they do not.
 */
class LogisticRegressionDefaultsTest {

    private final LogisticRegressionFactory factory = new LogisticRegressionFactory();

    /** The rows fitted, as {@code run --dataset NAME --features two|all} chooses them. */
    private static Dataset columns(Dataset data, String columns) {
        return columns.equals("two") ? data.selectFeatures(0, 1) : data;
    }

    private LogisticRegressionSnapshot runToEnd(Dataset data, Params params) {
        Engine<LogisticRegressionSnapshot> engine = factory.create(data, params, 0);
        StepResult result = StepResult.CONTINUE;
        while (!result.isFinal()) {
            result = engine.step();
        }
        return engine.snapshot();
    }

    @ParameterizedTest(name = "{0}, {1} columns: {2}")
    @CsvSource({
        "iris, two, newton", "iris, all, newton", "wine, two, newton", "wine, all, newton",
        "breast_cancer, two, newton", "breast_cancer, all, newton",
        // Digits's first column is blank and its second's mean square 0.92: scaled, so gradient descent.
        "digits, two, gd", "digits, all, newton"})
    void theBuiltInSetsReachScikitLearnsOptimumRaw(String name, String columns, String solver) throws IOException {
        Dataset data = columns(BuiltInDatasets.load(name), columns);
        Params defaults = factory.defaults(data);
        assertThat(defaults.choice("solver")).isEqualTo(solver);
        LogisticRegressionSnapshot end = runToEnd(data, defaults);

        Map<String, Object> reference = reference(name + "_" + columns);
        assertThat(end.status()).isEqualTo(StepResult.CONVERGED);
        // A gradient norm under 1e-6 with curvature at least 1/(Cn) leaves J within n·1e-12/2 of its minimum.
        assertThat(end.loss()).isCloseTo(((Number) reference.get("objective")).doubleValue(), within(1e-9));
        assertThat(end.accuracy()).isEqualTo(((Number) reference.get("accuracy")).doubleValue());
    }

    @Test
    void irisWithAllFourFeaturesConvergesByNewtonAt97Percent() {
        Params defaults = factory.defaults(BuiltInDatasets.load("iris"));
        assertThat(defaults.choice("solver")).isEqualTo("newton");
        assertThat(defaults.why("solver")).startsWith("Newton's method by default here: the features are on very "
                + "different scales (column mean squares from 2.02 for 'petal width (cm)' to 34.8 for 'sepal length "
                + "(cm)', the intercept's 1)").endsWith("and gradient descent is the default");
        LogisticRegressionSnapshot end = runToEnd(BuiltInDatasets.load("iris"), defaults);
        assertThat(end.status()).isEqualTo(StepResult.CONVERGED);
        assertThat(end.step()).isLessThan(15);
        assertThat(end.accuracy()).isCloseTo(0.9733, within(1e-4));
    }

    /** The generators at their command-line defaults: gradient descent, converged at Newton's optimum. */
    @ParameterizedTest
    @ValueSource(strings = {"moons", "circles", "blobs", "xor", "spirals"})
    void theGeneratorsConvergeByGradientDescentAtTheOptimum(String name) {
        Dataset data = Generators.generate(name, GeneratorOptions.defaults());
        Params defaults = factory.defaults(data);
        assertThat(defaults.choice("solver")).isEqualTo("gd");
        assertThat(defaults.why("solver")).isEmpty();
        LogisticRegressionSnapshot end = runToEnd(data, defaults);
        assertThat(end.status()).isEqualTo(StepResult.CONVERGED);
        assertThat(end.step()).isLessThan(defaults.integer("maxSteps"));

        LogisticRegressionSnapshot optimum = runToEnd(data, factory.defaults().with("solver", "newton")
                .with("tolerance", 1e-12));
        // J − J* ≤ ‖∇J‖²/(2μ): about 1e-10 with μ = 1/(Cn) on the weights; the intercept, not penalised, may curve less.
        assertThat(end.loss()).isCloseTo(optimum.loss(), within(1e-9));
        assertThat(end.accuracy()).isEqualTo(optimum.accuracy());
        // ‖θ − θ*‖ ≤ ‖∇J‖ / μ, μ ≥ 1/(Cn) = 1/200 on the weights.
        for (int j = 0; j < 2; j++) {
            assertThat(end.coef()[0][j]).isCloseTo(optimum.coef()[0][j], within(2e-4));
        }
    }

    @Test
    void standardizedColumnsMakeGradientDescentTheDefaultAgain() {
        Dataset iris = Standardizer.standardized(BuiltInDatasets.load("iris"));
        Params defaults = factory.defaults(iris);
        assertThat(defaults.choice("solver")).isEqualTo("gd");
        LogisticRegressionSnapshot end = runToEnd(iris, defaults);
        assertThat(end.status()).isEqualTo(StepResult.CONVERGED);
        assertThat(end.accuracy()).isCloseTo(0.9733, within(1e-4));
    }

    @Test
    void aSolverTheLearnerSetIsKeptWhateverTheData() {
        Params ownGd = factory.defaults(Generators.generate("moons", GeneratorOptions.defaults()))
                .with("solver", "newton").with("solver", "gd");
        // gd is the moons' default, so it follows Iris: only a value other than the data's default is the learner's.
        assertThat(ownGd.forData(BuiltInDatasets.load("iris")).choice("solver")).isEqualTo("newton");
        Params ownGdOnIris = factory.defaults(BuiltInDatasets.load("iris")).with("solver", "gd");
        assertThat(ownGdOnIris.why("solver")).isEmpty();
        assertThat(ownGdOnIris.forData(BuiltInDatasets.load("wine")).choice("solver")).isEqualTo("gd");
        assertThat(ownGdOnIris.forData(null).choice("solver")).isEqualTo("gd");
        assertThat(factory.defaults(BuiltInDatasets.load("iris")).withAllText(Map.of("solver", "gd"))
                .choice("solver")).as("--param solver=gd wins").isEqualTo("gd");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> reference(String key) throws IOException {
        try (InputStream in = LogisticRegressionDefaultsTest.class.getResourceAsStream("lr_raw_defaults.json")) {
            Map<String, Object> cases = (Map<String, Object>) JSON.std.mapFrom(in).get("cases");
            return (Map<String, Object>) cases.get(key);
        }
    }
}
