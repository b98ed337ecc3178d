package org.stepwise.algo.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.stepwise.algo.Engine;
import org.stepwise.algo.EngineContractTest;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.Params;
import org.stepwise.algo.SklearnFixture;
import org.stepwise.algo.StepResult;
import org.stepwise.data.Dataset;
import org.stepwise.data.GeneratorOptions;
import org.stepwise.data.Generators;

class GmmEngineTest extends EngineContractTest<GmmSnapshot> {

    private static final double TOLERANCE = 1e-9;
    private static final List<String> CASES = List.of("gmm_blobs", "gmm_iris");

    private final GmmFactory factory = new GmmFactory();

    @Override
    protected EngineFactory<GmmSnapshot> factory() { return factory; }

    @Override
    protected Dataset data() { return SklearnFixture.load(GmmEngineTest.class, "gmm_blobs").dataset(); }

    static Stream<FixtureFit> fits() {
        return FixtureFit.all(GmmEngineTest.class, CASES);
    }

    static Stream<FixtureFit> steppedFits() {
        return fits().filter(fit -> fit.fit().has("steps") && !fit.fit().parts("steps").isEmpty());
    }

    static GmmSnapshot runToEnd(Engine<GmmSnapshot> engine) {
        StepResult result = StepResult.CONTINUE;
        while (!result.isFinal()) {
            result = engine.step();
        }
        return engine.snapshot();
    }

    private Params paramsOf(SklearnFixture fit) {
        return factory.defaults().with("init", "first").with("nComponents", (int) fit.number("n_components"))
                .with("covarianceType", fit.text("covariance_type")).with("regCovar", fit.number("reg_covar"))
                .with("tol", fit.number("tol")).with("maxIter", (int) fit.number("max_iter"));
    }

    /**
     * From the same weights, means and precisions, each E-step gives scikit-learn's
     * log_prob_norm and responsibilities, and each M-step its weights_, means_ and covariances_.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("steppedFits")
    void eachHalfStepAgreesWithScikitLearn(FixtureFit fit) {
        Engine<GmmSnapshot> engine = factory.create(fit.data().dataset(), paramsOf(fit.fit()), 0);
        List<SklearnFixture> steps = fit.fit().parts("steps");
        for (int s = 0; s < steps.size(); s++) {
            SklearnFixture expected = steps.get(s);
            engine.step();
            GmmSnapshot e = engine.snapshot();
            assertThat(e.half()).isEqualTo(EmStep.EXPECT);
            assertThat(e.lowerBound()).as("log-likelihood of iteration %d", s + 1)
                    .isCloseTo(expected.number("log_likelihood"), within(TOLERANCE));
            double[][] resp = expected.matrix("resp");
            for (int i = 0; i < resp.length; i++) {
                for (int c = 0; c < resp[i].length; c++) {
                    assertThat(e.responsibility(i, c)).as("γ of point %d, component %d, iteration %d", i, c, s + 1)
                            .isCloseTo(resp[i][c], within(TOLERANCE));
                }
            }
            engine.step();
            assertParameters(engine.snapshot(), expected, "M-step " + (s + 1));
        }
    }

    /**
     * Run to its end, it stops where fit_predict stops, by the same rule: n_iter, lower_bound
     * (from the parameters before the last M-step), the parameters and the final E-step's labels.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("fits")
    void endsWhereScikitLearnEnds(FixtureFit fit) {
        GmmSnapshot end = runToEnd(factory.create(fit.data().dataset(), paramsOf(fit.fit()), 0));
        assertThat(end.nIter()).isEqualTo((int) fit.fit().number("n_iter"));
        assertThat(end.status().status()).isEqualTo(fit.fit().bool("converged")
                ? StepResult.Status.CONVERGED : StepResult.Status.STOPPED);
        assertThat(end.half()).isEqualTo(EmStep.FINAL_EXPECT);
        assertThat(end.lowerBound()).isCloseTo(fit.fit().number("lower_bound"), within(TOLERANCE));
        assertThat(end.scalar("lower_bound")).isEqualTo(end.lowerBound());
        assertParameters(end, fit.fit(), "the end");
        assertThat(end.labels()).containsExactly(fit.fit().integers("labels"));
    }

    private static void assertParameters(GmmSnapshot s, SklearnFixture expected, String when) {
        double[] weights = expected.vector("weights");
        for (int c = 0; c < weights.length; c++) {
            assertThat(s.weight(c)).as("weight %d at %s", c, when).isCloseTo(weights[c], within(TOLERANCE));
        }
        double[][] means = expected.matrix("means");
        for (int c = 0; c < means.length; c++) {
            for (int j = 0; j < means[c].length; j++) {
                assertThat(s.mean(c, j)).as("mean %d feature %d at %s", c, j, when)
                        .isCloseTo(means[c][j], within(TOLERANCE));
            }
        }
        double[] covariances = expected.vector("covariances");
        double[] ours = s.covariancesFlat();
        assertThat(ours).hasSameSizeAs(covariances);
        for (int a = 0; a < ours.length; a++) {
            assertThat(ours[a]).as("covariance entry %d at %s", a, when).isCloseTo(covariances[a], within(TOLERANCE));
        }
    }

    /** EM never lowers the log-likelihood (regCovar 0, so nothing but EM moves it), whatever the start and shape. */
    @ParameterizedTest
    @ValueSource(strings = {"full", "tied", "diag", "spherical"})
    void logLikelihoodNeverFalls(String covarianceType) {
        for (String init : List.of("first", "random", "kmeans")) {
            for (int seed = 0; seed < 3; seed++) {
                Dataset data = Generators.generate("blobs", new GeneratorOptions(300, 1.5, 4, seed));
                GmmSnapshot end = runToEnd(factory.create(data, factory.defaults().with("nComponents", 4)
                        .with("covarianceType", covarianceType).with("init", init).with("regCovar", 0.0)
                        .with("tol", 1e-12).with("maxIter", 200), seed));
                for (int i = 1; i < end.nIter(); i++) {
                    assertThat(end.logLikelihood(i)).as("%s, %s, seed %d, iteration %d", covarianceType, init, seed, i + 1)
                            .isGreaterThanOrEqualTo(end.logLikelihood(i - 1) - 1e-12);
                }
                assertThat(end.nIter()).isGreaterThan(2);
            }
        }
    }

    /** Steps alternate E, M, ..., and a run ends on the final E-step; responsibilities sum to 1. */
    @Test
    void halfStepsAlternateAndResponsibilitiesSumToOne() {
        Engine<GmmSnapshot> engine = factory.create(data(), factory.defaults(), 0);
        assertThat(engine.snapshot().half()).isEqualTo(EmStep.START);
        assertThat(engine.snapshot().lowerBound()).isNaN();
        List<EmStep> halves = new ArrayList<>();
        while (!engine.step().isFinal()) {
            halves.add(engine.snapshot().half());
        }
        for (int i = 0; i < halves.size(); i++) {
            assertThat(halves.get(i)).isEqualTo(i % 2 == 0 ? EmStep.EXPECT : EmStep.MAXIMIZE);
        }
        GmmSnapshot end = engine.snapshot();
        assertThat(end.status()).isEqualTo(StepResult.CONVERGED);
        assertThat(end.narration()).contains("Final E-step");
        for (int i = 0; i < end.pointCount(); i++) {
            double sum = 0;
            for (int c = 0; c < end.componentCount(); c++) {
                sum += end.responsibility(i, c);
            }
            assertThat(sum).isCloseTo(1, within(1e-12));
        }
        assertThat(java.util.Arrays.stream(end.weights()).sum()).isCloseTo(1, within(1e-12));
    }

    /** The default parameters converge on every generator's default-sized set, whatever the seed. */
    @ParameterizedTest
    @ValueSource(strings = {"blobs", "moons", "circles", "xor", "spirals"})
    void defaultsConverge(String generator) {
        Dataset data = Generators.generate(generator, new GeneratorOptions(300, 0.2, Generators.takesClasses(generator) ? 3 : 2, 1));
        for (int seed = 0; seed < 3; seed++) {
            assertThat(runToEnd(factory.create(data, factory.defaults(), seed)).status())
                    .as("seed %d", seed).isEqualTo(StepResult.CONVERGED);
        }
    }

    @Test
    void refusesMoreComponentsThanPoints() {
        Dataset data = Generators.generate("blobs", new GeneratorOptions(5, 0.5, 2, 0));
        assertThatThrownBy(() -> factory.create(data, factory.defaults().with("nComponents", 6), 0))
                .hasMessage("The number of components k (nComponents) must be at most the number of points (5); got 6.");
    }

    /** A component on a single point has no spread: without regCovar the run cannot start, and says so. */
    @Test
    void namesRegCovarForASingularCovariance() {
        Dataset data = Generators.generate("blobs", new GeneratorOptions(30, 0.5, 2, 0));
        Params params = factory.defaults().with("nComponents", 30).with("init", "first").with("regCovar", 0.0);
        assertThatThrownBy(() -> factory.create(data, params, 0)).hasMessageContaining("regCovar");
        GmmSnapshot end = runToEnd(factory.create(data, params.with("regCovar", 1e-6), 0));
        assertThat(end.status().isFinal()).isTrue();
    }

    @Test
    void stepsAllocateNothing() {
        Dataset data = Generators.generate("blobs", new GeneratorOptions(2000, 2.0, 8, 0));
        assertStepsAllocateNothing(factory.create(data, factory.defaults().with("nComponents", 8).with("tol", 0.0)
                .with("init", "random"), 0), 6, 20);
    }
}
