package org.stepwise.algo.linear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stepwise.algo.Engine;
import org.stepwise.algo.EngineContractTest;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.Params;
import org.stepwise.algo.SklearnFixture;
import org.stepwise.algo.StepResult;
import org.stepwise.data.Dataset;

class RegularizationEngineTest extends EngineContractTest<RegularizationSnapshot> {

    private final RegularizationFactory factory = new RegularizationFactory();

    @Override
    protected EngineFactory<RegularizationSnapshot> factory() { return factory; }

    @Override
    protected Dataset data() { return fixture("two").dataset(); }

    private static SklearnFixture fixture(String name) {
        return SklearnFixture.load(RegularizationEngineTest.class, "regularization_" + name);
    }

    private static RegularizationSnapshot runToEnd(Engine<RegularizationSnapshot> engine) {
        StepResult result = StepResult.CONTINUE;
        int guard = 0;
        while (!result.isFinal() && guard++ < 1_000_000) {
            result = engine.step();
        }
        return engine.snapshot();
    }

    /** Parses "lasso_a0.5_t0.0001", "elasticnet_a0.1_r0.2_t1e-10" or "ridge_a10.0" into parameters. */
    private Params params(String key) {
        String[] parts = key.split("_");
        Params params = factory.defaults().with("penalty", parts[0]);
        for (int k = 1; k < parts.length; k++) {
            double value = Double.parseDouble(parts[k].substring(1));
            params = params.with(switch (parts[k].charAt(0)) {
                case 'a' -> "alpha";
                case 'r' -> "l1Ratio";
                default -> "tol";
            }, value);
        }
        return params;
    }

    /**
     * At the default tol the same sweeps as scikit-learn, so the same coefficients up to rounding
     * (1e-9 of the largest); at tol 1e-10 both are at the optimum (the same to 1e-6 relative).
     */
    @ParameterizedTest
    @CsvSource({
            "diabetes, ridge_a0.1", "diabetes, ridge_a1.0", "diabetes, ridge_a10.0",
            "two, ridge_a0.1", "two, ridge_a10.0", "two, ridge_a100.0",
            "diabetes, lasso_a0.05_t0.0001", "diabetes, lasso_a0.5_t0.0001", "diabetes, lasso_a1.0_t0.0001",
            "diabetes, lasso_a5.0_t0.0001", "diabetes, elasticnet_a0.01_r0.5_t0.0001",
            "diabetes, elasticnet_a0.1_r0.2_t0.0001", "diabetes, elasticnet_a0.001_r0.9_t0.0001",
            "diabetes, lasso_a0.05_t1e-10", "diabetes, lasso_a0.5_t1e-10", "diabetes, lasso_a1.0_t1e-10",
            "diabetes, lasso_a5.0_t1e-10", "diabetes, elasticnet_a0.01_r0.5_t1e-10",
            "diabetes, elasticnet_a0.1_r0.2_t1e-10", "diabetes, elasticnet_a0.001_r0.9_t1e-10",
            "two, lasso_a0.1_t0.0001", "two, lasso_a0.5_t0.0001", "two, lasso_a1.0_t0.0001",
            "two, elasticnet_a0.1_r0.5_t0.0001", "two, elasticnet_a1.0_r0.3_t0.0001",
            "two, lasso_a0.1_t1e-10", "two, lasso_a0.5_t1e-10", "two, lasso_a1.0_t1e-10",
            "two, elasticnet_a0.1_r0.5_t1e-10", "two, elasticnet_a1.0_r0.3_t1e-10"})
    void agreesWithScikitLearn(String data, String key) {
        SklearnFixture fixture = fixture(data);
        SklearnFixture expected = fixture.part(key);
        RegularizationSnapshot fitted = runToEnd(factory.create(fixture.dataset(), params(key), 0));
        assertThat(fitted.status()).isEqualTo(StepResult.CONVERGED);
        assertThat(fitted.nIter()).as("n_iter").isEqualTo((int) expected.number("n_iter"));
        double relative = key.endsWith("e-10") ? 1e-6 : 1e-9;
        double[] coef = expected.vector("coef");
        double largest = Math.abs(expected.number("intercept"));
        for (double c : coef) {
            largest = Math.max(largest, Math.abs(c));
        }
        for (int j = 0; j < coef.length; j++) {
            assertThat(fitted.coef(j)).as("coef[%d]", j).isCloseTo(coef[j], within(relative * largest));
            if (coef[j] == 0) {
                assertThat(fitted.coef(j)).as("lasso's exact zero at coef[%d]", j).isZero();
            }
        }
        assertThat(fitted.intercept()).isCloseTo(expected.number("intercept"), within(relative * largest));
        assertThat(fitted.r2()).isCloseTo(expected.number("r2"), within(1e-8));
        if (!key.startsWith("ridge")) {
            double gap = expected.number("dual_gap");
            assertThat(fitted.dualGap()).as("dual_gap").isCloseTo(gap, within(1e-6 * Math.max(gap, 1e-3) + 1e-9));
            assertThat(fitted.metrics().scalar("dual_gap")).isEqualTo(fitted.dualGap());
        } else {
            assertThat(fitted.step()).isEqualTo(1);
        }
    }

    @Test
    void aStepUpdatesOneCoordinateAndASweepIsOneIteration() {
        Dataset data = fixture("diabetes").dataset();
        Engine<RegularizationSnapshot> engine = factory.create(data, factory.defaults(), 0);
        for (int j = 0; j < data.featureCount(); j++) {
            engine.step();
            RegularizationSnapshot s = engine.snapshot();
            assertThat(s.updated()).isEqualTo(j);
            for (int k = 0; k < data.featureCount(); k++) {
                if (k != j) {
                    assertThat(s.coef(k)).isEqualTo(s.previousCoef(k));
                }
            }
            assertThat(s.nIter()).isEqualTo(j == data.featureCount() - 1 ? 1 : 0);
        }
        assertThat(engine.snapshot().narration()).contains("sweep 1 done").contains("soft-threshold");
    }

    @Test
    void theInterceptIsTheMeanLessTheCentredPrediction() {
        Dataset data = fixture("two").dataset();
        RegularizationSnapshot fitted = runToEnd(factory.create(data, factory.defaults(), 0));
        double[] rows = data.featuresRowMajor();
        double meanPrediction = 0;
        double meanY = 0;
        for (int i = 0; i < data.size(); i++) {
            meanPrediction += fitted.predict(rows, i * 2);
            meanY += data.targets()[i];
        }
        assertThat(meanPrediction / data.size()).isCloseTo(meanY / data.size(), within(1e-10));
    }

    @Test
    void stopsAtMaxIterWithAReason() {
        Params params = factory.defaults().with("alpha", 0.001).with("maxIter", 3).with("tol", 1e-12);
        RegularizationSnapshot s = runToEnd(factory.create(fixture("diabetes").dataset(), params, 0));
        assertThat(s.status().status()).isEqualTo(StepResult.Status.STOPPED);
        assertThat(s.status().reason()).contains("maxIter = 3");
        assertThat(s.nIter()).isEqualTo(3);
        assertThat(s.step()).isEqualTo(30);
    }

    @Test
    void aConstantTargetConvergesAtZero() {
        Dataset flat = Dataset.regression("flat", new double[][] {{1}, {2}, {3}}, new double[] {4, 4, 4},
                java.util.List.of("x"), "y");
        RegularizationSnapshot s = runToEnd(factory.create(flat, factory.defaults(), 0));
        assertThat(s.status()).isEqualTo(StepResult.CONVERGED);
        assertThat(s.coef(0)).isZero();
        assertThat(s.intercept()).isEqualTo(4);
    }

    @Test
    void badInputIsRefusedWithOneSentence() {
        Dataset two = fixture("two").dataset();
        assertThatThrownBy(() -> factory.create(two, factory.defaults().with("alpha", 0.0), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("alpha = 0");
        assertThatThrownBy(() -> factory.defaults().with("l1Ratio", 1.5)).isInstanceOf(IllegalArgumentException.class);
        Dataset classes = Dataset.classification("blobs", new double[][] {{0, 0}, {1, 1}}, new int[] {0, 1},
                java.util.List.of("a", "b"), java.util.List.of("A", "B"));
        assertThatThrownBy(() -> factory.create(classes, factory.defaults(), 0))
                .hasMessageContaining("real-valued target");
        // Ridge with alpha 0 is ordinary least squares.
        RegularizationSnapshot ols = runToEnd(factory.create(two, factory.defaults().with("penalty", "ridge")
                .with("alpha", 0.0), 0));
        assertThat(ols.status()).isEqualTo(StepResult.CONVERGED);
    }

    @Test
    void twoFeaturesCarryTheLossBowlAndTheStaircase() {
        Dataset two = fixture("two").dataset();
        Engine<RegularizationSnapshot> engine = factory.create(two, factory.defaults().with("alpha", 0.1), 0);
        for (int k = 0; k < 5; k++) {
            engine.step();
        }
        RegularizationSnapshot s = engine.snapshot();
        assertThat(s.pathLength()).isEqualTo(6);
        assertThat(s.pathW1(5)).isEqualTo(s.coef(0));
        assertThat(s.pathW2(5)).isEqualTo(s.coef(1));
        // Each step moves along one axis only.
        for (int k = 1; k < 6; k++) {
            boolean alongW1 = s.pathW2(k) == s.pathW2(k - 1);
            boolean alongW2 = s.pathW1(k) == s.pathW1(k - 1);
            assertThat(alongW1 || alongW2).as("step %d moves along one axis", k).isTrue();
        }
        // The bowl's minimum is the unpenalised fit: ridge with alpha 0.
        RegularizationSnapshot ols = runToEnd(factory.create(two, factory.defaults().with("penalty", "ridge")
                .with("alpha", 0.0), 0));
        double[] minimum = s.bowl().minimum();
        assertThat(minimum[0]).isCloseTo(ols.coef(0), within(1e-9));
        assertThat(minimum[1]).isCloseTo(ols.coef(1), within(1e-9));
        double[] gradient = new double[2];
        s.bowl().gradient(minimum[0], minimum[1], gradient);
        assertThat(Math.hypot(gradient[0], gradient[1])).isLessThan(1e-9);
        assertThat(factory.create(fixture("diabetes").dataset(), factory.defaults(), 0).snapshot().bowl()).isNull();
    }

    /** Lasso on Diabetes at a tight tolerance runs thousands of coordinate updates: 500 are measured. */
    @org.junit.jupiter.api.Test
    void aCoordinateUpdateAllocatesNothing() {
        Dataset diabetes = org.stepwise.data.BuiltInDatasets.load("diabetes");
        assertStepsAllocateNothing(factory.create(diabetes, factory.defaults().with("penalty", "lasso")
                .with("alpha", 0.01).with("tol", 1e-12).with("maxIter", 100_000), 0), 100, 500);
    }

    /** A narrow narration box gets a shorter form with the step, the coefficient moved and R², never a cut one. */
    @org.junit.jupiter.api.Test
    void aNarrowBudgetGetsAShorterNarrationWithTheSameNumbers() {
        Dataset diabetes = org.stepwise.data.BuiltInDatasets.load("diabetes");
        Engine<RegularizationSnapshot> engine = factory.create(diabetes, factory.defaults(), 0);
        for (int i = 0; i < 23; i++) {
            engine.step();
        }
        RegularizationSnapshot s = engine.snapshot();
        String full = s.narration();
        String medium = s.narration(80);
        String terse = s.narration(40);

        assertThat(s.narration(full.length())).isEqualTo(full);
        assertThat(medium).hasSizeLessThanOrEqualTo(80).startsWith("step 23 (sweep 3, bmi): w ").contains("R² 0.3602");
        assertThat(terse).hasSizeLessThanOrEqualTo(40).startsWith("step 23: w_bmi ").contains("R² 0.360");
    }
}
