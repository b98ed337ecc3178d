package org.stepwise.algo.svm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.stepwise.algo.Engine;
import org.stepwise.algo.EngineContractTest;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.Metrics;
import org.stepwise.algo.SklearnFixture;
import org.stepwise.algo.StepResult;
import org.stepwise.data.Dataset;

class SvmEngineTest extends EngineContractTest<SvmSnapshot> {

    private final SvcFactory factory = new SvcFactory();

    @Override
    protected EngineFactory<SvmSnapshot> factory() { return factory; }

    @Override
    protected Dataset data() { return SvmFixtures.load("svm_moons").dataset(); }

    static Stream<SvmFixtures.Fit> classifierFits() { return SvmFixtures.fits(SvmFixtures.CLASSIFIERS); }

    static Stream<SvmFixtures.Fit> regressorFits() { return SvmFixtures.fits(SvmFixtures.REGRESSORS); }

    static SvmSnapshot runToEnd(Engine<SvmSnapshot> engine) {
        StepResult result = StepResult.CONTINUE;
        int steps = 0;
        while (!result.isFinal()) {
            result = engine.step();
            assertThat(++steps).as("steps").isLessThan(1_000_000);
        }
        assertThat(result).isEqualTo(StepResult.CONVERGED);
        return engine.snapshot();
    }

    /**
     * Run to its end, the classifier is scikit-learn's: at tol 1e-3 the same support set and
     * predictions; at tol 1e-6 (both) also dual_coef_ and intercept_ within 1e-4.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("classifierFits")
    void classifiesAsScikitLearn(SvmFixtures.Fit fit) {
        assertSameFit(runToEnd(factory.create(fit.dataset(), fit.params(factory.defaults()), 0)), fit, "accuracy");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("regressorFits")
    void regressesAsScikitLearn(SvmFixtures.Fit fit) {
        SvrFactory regressor = new SvrFactory();
        assertSameFit(runToEnd(regressor.create(fit.dataset(), fit.params(regressor.defaults()), 0)), fit, "r2");
    }

    private static void assertSameFit(SvmSnapshot end, SvmFixtures.Fit fit, String score) {
        SklearnFixture expected = fit.fit();
        Metrics metrics = end.metrics();
        assertThat(end.model().kernel().gamma()).as("gamma").isCloseTo(expected.number("gamma_value"), within(1e-12));
        assertThat(((double[]) metrics.values().get("support"))).as("support_").containsExactly(expected.vector("support"));
        assertThat(((double[]) metrics.values().get("n_support"))).as("n_support_").containsExactly(expected.vector("n_support"));
        Dataset data = fit.dataset();
        double[] predictions = expected.vector("predictions");
        for (int i = 0; i < data.size(); i++) {
            double predicted = end.predict(data.featuresRowMajor(), i * data.featureCount());
            if (data.isClassification()) {
                assertThat(predicted).as("prediction of row %d", i).isEqualTo(predictions[i]);
            } else {
                assertThat(predicted).as("prediction of row %d", i).isCloseTo(predictions[i], within(fit.tol() * 10));
            }
        }
        assertThat(metrics.scalar(score)).as(score).isCloseTo(expected.number("score"), within(fit.tol() * 10));
        if (fit.tol() <= 1e-6) {
            double[][] dual = expected.matrix("dual_coef");
            double[][] ours = ((double[][]) metrics.values().get("dual_coef"));
            assertThat(ours.length).isEqualTo(dual.length);
            for (int k = 0; k < dual.length; k++) {
                for (int s = 0; s < dual[k].length; s++) {
                    assertThat(ours[k][s]).as("dual_coef_[%d][%d]", k, s).isCloseTo(dual[k][s], within(1e-4));
                }
            }
            double[] intercept = expected.vector("intercept");
            double[] oursIntercept = ((double[]) metrics.values().get("intercept"));
            for (int p = 0; p < intercept.length; p++) {
                assertThat(oursIntercept[p]).as("intercept_[%d]", p).isCloseTo(intercept[p], within(1e-4));
            }
        }
    }

    @Test
    void theDualObjectiveNeverRises() {
        Engine<SvmSnapshot> engine = factory.create(SvmFixtures.load("svm_iris2_jittered").dataset(), factory.defaults(), 0);
        double before = engine.snapshot().objective();
        assertThat(before).isZero();
        while (!engine.step().isFinal()) {
            double now = engine.snapshot().objective();
            assertThat(now).as("objective at step %d", engine.snapshot().step()).isLessThanOrEqualTo(before + 1e-9);
            before = now;
        }
    }

    @Test
    void anSmoStepAllocatesNothing() {
        assertStepsAllocateNothing(factory.create(data(), factory.defaults().with("tol", 1e-9), 0), 60, 40);
    }

    @Test
    void oneClassIsRefusedWithOneSentence() {
        Dataset one = Dataset.classification("one", new double[][] {{0, 0}, {1, 1}}, new int[] {0, 0},
                java.util.List.of("x1", "x2"), java.util.List.of("a", "b"));
        assertThatThrownBy(() -> factory.create(one, factory.defaults(), 0))
                .hasMessage("A support vector classifier needs points of at least two classes to separate;"
                        + " the data has only class 'a'.");
    }

    @Test
    void gammaTakesScaleAutoOrAPositiveNumber() {
        assertThat(factory.defaults().withText("gamma", "0.5").choice("gamma")).isEqualTo("0.5");
        assertThat(factory.defaults().withText("gamma", "auto").choice("gamma")).isEqualTo("auto");
        assertThatThrownBy(() -> factory.defaults().withText("gamma", "0"))
                .hasMessage("The 'gamma' parameter must be one of scale, auto or a number above 0; got '0'.");
        assertThatThrownBy(() -> factory.defaults().withText("C", "0")).hasMessageContaining("'C' parameter");
        assertThatThrownBy(() -> factory.defaults().withText("epsilon", "-0.1")).hasMessageContaining("'epsilon'");
    }

    @Test
    void theStepThatSolvesAPairStartsTheNext() {
        Engine<SvmSnapshot> engine = factory.create(SvmFixtures.load("svm_blobs3").dataset(), factory.defaults(), 0);
        int problem = 0;
        while (!engine.step().isFinal()) {
            SvmSnapshot s = engine.snapshot();
            if (s.problem() != problem) {
                assertThat(s.event()).isEqualTo(SvmSnapshot.Event.NEXT_PAIR);
                assertThat(s.update().updated()).isTrue();
                assertThat(s.narration()).contains(" solved; now pair " + (s.problem() + 1) + " of 3");
                problem = s.problem();
            }
        }
        assertThat(problem).isEqualTo(2);
        assertThat(engine.snapshot().event()).isEqualTo(SvmSnapshot.Event.SOLVED);
    }
}
