package org.stepwise.algo.manifold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stepwise.algo.EngineContractTest;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.SklearnFixture;
import org.stepwise.algo.StepResult;
import org.stepwise.data.BuiltInDatasets;
import org.stepwise.data.Dataset;

class TsneEngineTest extends EngineContractTest<TsneSnapshot> {

    private final TsneFactory factory = new TsneFactory();

    @Override
    protected EngineFactory<TsneSnapshot> factory() { return factory; }

    @Override
    protected Dataset data() { return BuiltInDatasets.load("iris"); }

    /**
     * From scikit-learn's initial embedding, the exact method's first 10 iterations (gains,
     * momentum 0.5, P × 12) are _gradient_descent's to 1e-9 (their sums differ in the last bit,
     * and each iteration amplifies that: 1e-14 after three, 1e-8 after twenty).
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"iris", "blobs10", "digits200"})
    void exactStepsEqualScikitLearns(String name) {
        SklearnFixture fixture = TsneFixtures.load(name);
        TsneEngine engine = exactEngine(fixture, 300);
        for (int s = 0; s < 10; s++) {
            engine.step();
        }
        TsneSnapshot after = engine.snapshot();
        double[][] expected = fixture.matrix("steps10");
        for (int i = 0; i < expected.length; i++) {
            assertThat(after.x(i)).as("x of %d", i).isCloseTo(expected[i][0], within(1e-9));
            assertThat(after.y(i)).as("y of %d", i).isCloseTo(expected[i][1], within(1e-9));
        }
    }

    /**
     * The whole run, TSNE(method="exact", init=y0, n_iter=300): the same n_iter_ and, since the
     * exaggerated phase amplifies rounding (the two runs agree to 1e-13 after three iterations and
     * part after a few dozen), a KL divergence within 10% of scikit-learn's.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"iris", "blobs10"})
    void exactRunEndsAsScikitLearns(String name) {
        SklearnFixture fixture = TsneFixtures.load(name);
        TsneEngine engine = exactEngine(fixture, 300);
        while (!engine.step().isFinal()) {
            assertThat(engine.snapshot().step()).isLessThanOrEqualTo(300);
        }
        TsneSnapshot end = engine.snapshot();
        assertThat(end.status()).isEqualTo(StepResult.CONVERGED);
        assertThat(end.scalar("n_iter")).isEqualTo(fixture.number("run_n_iter"));
        double expected = fixture.number("run_kl_divergence");
        assertThat(end.klDivergence()).isCloseTo(expected, within(0.1 * expected));
    }

    private static TsneEngine exactEngine(SklearnFixture fixture, int nIter) {
        Dataset data = TsneFixtures.dataOf(fixture);
        int n = data.size();
        double[] betas = new double[n];
        ExactKl kl = new ExactKl(TsneAffinities.jointExact(data.featuresRowMajor(), n, data.featureCount(),
                fixture.number("perplexity"), betas), n);
        TsneSchedule schedule = new TsneSchedule(12, TsneSchedule.autoLearningRate(n, 12), nIter);
        return new TsneEngine(kl, schedule, new TsneInput(data.featuresRowMajor(), n, data.featureCount(), betas,
                new int[0], 0), null, TsneFixtures.flat(fixture.matrix("y0")));
    }

    /** After the exaggeration the error is a true KL divergence: never negative, and lower than at its start. */
    @Test
    void barnesHutRunOnIrisReachesItsEnd() {
        var engine = factory.create(data(), factory.defaults(), 0);
        double afterExaggeration = Double.NaN;
        while (!engine.step().isFinal()) {
            TsneSnapshot s = engine.snapshot();
            if (s.step() == s.explorationEnd() + 1) {
                afterExaggeration = s.klDivergence();
            }
            if (s.step() > s.explorationEnd()) {
                assertThat(s.klDivergence()).isGreaterThanOrEqualTo(0);
            }
        }
        TsneSnapshot end = engine.snapshot();
        assertThat(end.status()).isEqualTo(StepResult.CONVERGED);
        assertThat(end.scalar("n_iter")).isEqualTo(999);
        assertThat(end.klDivergence()).isLessThan(afterExaggeration).isLessThan(0.5);
    }

    @Test
    void refusesAPerplexityNotBelowThePointCount() {
        Dataset iris = data();
        assertThatThrownBy(() -> factory.create(iris, factory.defaults().with("perplexity", 150.0), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("perplexity (150) must be less than the number of points (150)");
    }

    @Test
    void learningRateAutoIsScikitLearns() {
        assertThat(TsneSchedule.autoLearningRate(10_000, 12)).isCloseTo(10_000 / 48.0, within(1e-12));
        assertThat(TsneSchedule.autoLearningRate(1797, 12)).isEqualTo(50);
        assertThat(TsneSchedule.autoLearningRate(150, 12)).isEqualTo(50);
    }
}
