package org.stepwise.algo.linear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stepwise.algo.Engine;
import org.stepwise.algo.EngineContractTest;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.Params;
import org.stepwise.algo.StepResult;
import org.stepwise.data.Dataset;

class LogisticRegressionEngineTest extends EngineContractTest<LogisticRegressionSnapshot> {

    /** Coefficients agree with scikit-learn's newton-cg fit (gradient norm below 1e-10) to this absolute tolerance. */
    private static final double COEF_TOLERANCE = 1e-5;

    private final LogisticRegressionFactory factory = new LogisticRegressionFactory();

    @Override
    protected EngineFactory<LogisticRegressionSnapshot> factory() { return factory; }

    @Override
    protected Dataset data() { return ReferenceFixture.load("iris_l2_c1").data(); }

    private static LogisticRegressionSnapshot runToEnd(Engine<LogisticRegressionSnapshot> engine) {
        StepResult result = StepResult.CONTINUE;
        while (!result.isFinal()) {
            result = engine.step();
        }
        return engine.snapshot();
    }

    @ParameterizedTest
    @ValueSource(strings = {"iris_l2_c1", "iris_l2_c0.1", "breast_cancer_l2_c1"})
    void agreesWithScikitLearn(String fixtureName) {
        ReferenceFixture fixture = ReferenceFixture.load(fixtureName);
        Params params = factory.defaults().with("C", fixture.c()).with("learningRate", 0.5)
                .with("tolerance", 1e-8).with("maxSteps", 1_000_000);
        LogisticRegressionSnapshot fitted = runToEnd(factory.create(fixture.data(), params, 0));
        assertThat(fitted.status()).isEqualTo(StepResult.CONVERGED);
        double[][] coef = fitted.coef();
        assertThat(coef.length).isEqualTo(fixture.coef().length);
        for (int k = 0; k < coef.length; k++) {
            for (int j = 0; j < coef[k].length; j++) {
                assertThat(coef[k][j]).as("coef[%d][%d]", k, j).isCloseTo(fixture.coef()[k][j], within(COEF_TOLERANCE));
            }
            assertThat(fitted.intercept()[k]).as("intercept[%d]", k)
                    .isCloseTo(fixture.intercept()[k], within(COEF_TOLERANCE));
        }
        assertThat(fitted.accuracy()).isEqualTo(fixture.accuracy());
    }

    @Test
    void fullBatchLossNeverRisesWithASmallLearningRate() {
        Engine<LogisticRegressionSnapshot> engine = factory.create(data(), factory.defaults().with("learningRate", 0.1), 0);
        double previous = engine.snapshot().loss();
        for (int i = 0; i < 300; i++) {
            engine.step();
            double loss = engine.snapshot().loss();
            assertThat(loss).isLessThanOrEqualTo(previous);
            previous = loss;
        }
    }

    @Test
    void probabilitiesSumToOneAndLieInTheOpenInterval() {
        Dataset data = data();
        Engine<LogisticRegressionSnapshot> engine = factory.create(data, factory.defaults(), 0);
        for (int i = 0; i < 50; i++) {
            engine.step();
        }
        double[] out = new double[data.size() * 3];
        engine.snapshot().predictProbabilities(data.featuresRowMajor(), data.size(), out);
        for (int i = 0; i < data.size(); i++) {
            double sum = 0;
            for (int k = 0; k < 3; k++) {
                assertThat(out[i * 3 + k]).isStrictlyBetween(0.0, 1.0);
                sum += out[i * 3 + k];
            }
            assertThat(sum).isCloseTo(1.0, within(1e-12));
        }
    }

    @Test
    void sigmoidIsSymmetricAndSoftplusIsStable() {
        for (double z : new double[] {-40, -3, -0.5, 0, 0.5, 3, 40}) {
            assertThat(LogisticRegressionEngine.sigmoid(-z)).isCloseTo(1 - LogisticRegressionEngine.sigmoid(z), within(1e-15));
        }
        assertThat(LogisticRegressionEngine.sigmoid(0)).isEqualTo(0.5);
        assertThat(LogisticRegressionEngine.softplus(1000)).isEqualTo(1000);
        assertThat(LogisticRegressionEngine.softplus(-1000)).isEqualTo(0);
    }

    @Test
    void twoClassModelGivesSigmoidOfTheLogit() {
        Dataset data = Dataset.classification("two", new double[][] {{0, 0}, {1, 1}, {2, 0}, {3, 1}},
                new int[] {0, 0, 1, 1}, List.of("a", "b"), List.of("no", "yes"));
        Engine<LogisticRegressionSnapshot> engine = factory.create(data, factory.defaults(), 0);
        for (int i = 0; i < 20; i++) {
            engine.step();
        }
        LogisticRegressionSnapshot snapshot = engine.snapshot();
        double[] out = new double[2];
        snapshot.predictProbabilities(new double[] {1.5}, new double[] {0.25}, 1, out);
        double z = snapshot.intercept()[0] + snapshot.coef()[0][0] * 1.5 + snapshot.coef()[0][1] * 0.25;
        assertThat(out[1]).isCloseTo(1 / (1 + Math.exp(-z)), within(1e-15));
        assertThat(out[0] + out[1]).isCloseTo(1, within(1e-15));
        assertThat(snapshot.coef()).hasDimensions(1, 2);
    }

    @Test
    void miniBatchesReplayExactlyFromTheSeed() {
        Params params = factory.defaults().with("batchSize", 16);
        Engine<LogisticRegressionSnapshot> first = factory.create(data(), params, 99);
        Engine<LogisticRegressionSnapshot> second = factory.create(data(), params, 99);
        Engine<LogisticRegressionSnapshot> other = factory.create(data(), params, 100);
        for (int i = 0; i < 40; i++) {
            first.step();
            second.step();
            other.step();
        }
        assertThat(describe(second.snapshot())).isEqualTo(describe(first.snapshot()));
        assertThat(describe(other.snapshot())).isNotEqualTo(describe(first.snapshot()));
    }

    @Test
    void hugeLearningRateOnUnscaledDataStopsWithAMessage() {
        Dataset iris = data();
        double[][] rows = new double[iris.size()][];
        for (int i = 0; i < iris.size(); i++) {
            rows[i] = iris.row(i);
            for (int j = 0; j < rows[i].length; j++) {
                rows[i][j] *= 1000;
            }
        }
        Dataset scaled = Dataset.classification("big", rows, iris.labels(), iris.featureNames(), iris.classNames());
        LogisticRegressionSnapshot end = runToEnd(factory.create(scaled,
                factory.defaults().with("learningRate", 100.0).with("penalty", "none"), 0));
        assertThat(end.status().status()).isEqualTo(StepResult.Status.STOPPED);
        assertThat(end.status().reason()).contains("diverged").contains("learning rate 100.0");
    }

    @Test
    void refusesDataWithOneClassAndOversizedBatches() {
        Dataset oneClass = Dataset.classification("one", new double[][] {{0, 0}, {1, 1}}, new int[] {1, 1},
                List.of("a", "b"), List.of("no", "yes"));
        assertThatThrownBy(() -> factory.create(oneClass, factory.defaults(), 0))
                .hasMessage("Logistic regression needs points of at least two classes; the data has only class 'yes'.");
        assertThatThrownBy(() -> factory.create(data(), factory.defaults().with("batchSize", 400), 0))
                .hasMessage("The batch size must be at most the number of points (150); got 400.");
    }
}
