package org.stepwise.algo.bayes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stepwise.algo.Engine;
import org.stepwise.algo.Params;
import org.stepwise.algo.SklearnFixture;
import org.stepwise.algo.StepResult;
import org.stepwise.data.Dataset;

/** What each step fits and shows, the invariants of the posterior, and the data each model refuses. */
class NaiveBayesStepsTest {

    private final NaiveBayesFactory factory = new NaiveBayesFactory();

    private static Dataset blobs() {
        return SklearnFixture.load(NaiveBayesEngineTest.class, "blobs_2d").dataset();
    }

    private Engine<NaiveBayesSnapshot> engine(Dataset data, String model, double regParam) {
        return factory.create(data, factory.defaults().with("model", model).with("regParam", regParam), 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"gaussian-nb", "lda", "qda"})
    void eachStepFitsOneClassAndTheLastFormsThePosterior(String model) {
        Engine<NaiveBayesSnapshot> engine = engine(blobs(), model, 0);
        NaiveBayesSnapshot start = engine.snapshot();
        assertThat(start.hasPosterior()).isFalse();
        assertThat(start.narration()).isEmpty();
        assertThat(start.accuracy()).isNaN();
        for (int k = 0; k < 3; k++) {
            assertThat(engine.step()).isEqualTo(StepResult.CONTINUE);
            NaiveBayesSnapshot s = engine.snapshot();
            assertThat(s.lastFittedClass()).isEqualTo(k);
            for (int j = 0; j < 3; j++) {
                assertThat(s.isFitted(j)).as("class %d fitted after step %d", j, k + 1).isEqualTo(j <= k);
            }
            assertThat(s.hasPosterior()).isFalse();
            assertThat(s.scalar("classes_fitted")).isEqualTo(k + 1);
            assertThat(s.prior(k)).isEqualTo(50 / 150.0);
            assertThat(s.narration()).startsWith("step " + (k + 1) + " of 4: class '" + s.classNames().get(k) + "', 50 of 150 points, prior π = 0.333");
            assertThat(Double.isFinite(s.covariance(k, 0, 1))).isTrue();
            assertThat(s.narration(1000)).isEqualTo(s.narration());
            assertThat(s.narration(60)).startsWith("step " + (k + 1) + " of 4: class '" + s.classNames().get(k)
                    + "', π = 0.333, mean (").hasSizeLessThan(s.narration().length());
            assertThatThrownBy(() -> s.predictProbabilities(new double[] {0}, new double[] {0}, 1, new double[3]))
                    .isInstanceOf(IllegalStateException.class);
        }
        assertThat(engine.step()).isEqualTo(StepResult.CONVERGED);
        NaiveBayesSnapshot end = engine.snapshot();
        assertThat(end.step()).isEqualTo(4);
        assertThat(end.hasPosterior()).isTrue();
        assertThat(end.accuracy()).isGreaterThan(0.9);
        assertThat(end.narration()).startsWith("step 4: ").contains("accuracy ").contains("least certain point #");
        assertThat(end.narration(60)).startsWith("step 4: posterior formed, accuracy ");
        assertThat(end.probeRow()).isBetween(0, 149);
        double sum = 0;
        for (int k = 0; k < 3; k++) {
            sum += end.probeProbability(k);
        }
        assertThat(sum).isCloseTo(1, within(1e-12));
    }

    @Test
    void naiveBayesEllipsesAreAxisAlignedWithTheVariances() {
        NaiveBayesSnapshot end = run(engine(blobs(), "gaussian-nb", 0));
        for (int k = 0; k < 3; k++) {
            assertThat(end.covariance(k, 0, 1)).isZero();
            assertThat(end.covariance(k, 0, 0)).isEqualTo(end.variance(k, 0));
        }
        assertThat(end.narration()).contains("P(k|x) ∝ π_k·N(x; μ_k, Σ_k)");
    }

    @Test
    void ldaShowsEachClassesOwnCovarianceThenPoolsThem() {
        Engine<NaiveBayesSnapshot> engine = engine(blobs(), "lda", 0);
        engine.step();
        engine.step();
        NaiveBayesSnapshot two = engine.snapshot();
        assertThat(two.covariance(0, 0, 0)).isNotEqualTo(two.covariance(1, 0, 0));
        assertThat(two.narration()).contains("joins the pool");
        assertThat(two.metrics().has("covariance")).isFalse();
        NaiveBayesSnapshot end = run(engine);
        for (int k = 1; k < 3; k++) {
            for (int i = 0; i < 2; i++) {
                for (int j = 0; j < 2; j++) {
                    assertThat(end.covariance(k, i, j)).isEqualTo(end.covariance(0, i, j));
                }
            }
        }
        double[][] pooled = (double[][]) end.metrics().values().get("pooled_covariance");
        double[][] sklearn = (double[][]) end.metrics().values().get("covariance");
        assertThat(pooled[0][1]).isCloseTo(sklearn[0][1] * 150 / 147, within(1e-12));
        assertThat(end.narration()).startsWith("step 4: pooled covariance = Σ scatter ÷ (n − K) = ÷ 147");
    }

    @Test
    void qdaRegularisationBlendsWithTheIdentity() {
        NaiveBayesSnapshot plain = run(engine(blobs(), "qda", 0));
        NaiveBayesSnapshot blended = run(engine(blobs(), "qda", 0.25));
        for (int k = 0; k < 3; k++) {
            for (int i = 0; i < 2; i++) {
                for (int j = 0; j < 2; j++) {
                    double expected = 0.75 * plain.covariance(k, i, j) + (i == j ? 0.25 : 0);
                    assertThat(blended.covariance(k, i, j)).isCloseTo(expected, within(1e-12));
                }
            }
        }
        assertThat(blended.narration()).isNotEmpty();
    }

    /** The charted log-likelihood against the 2 × 2 Gaussian density written out, class by class. */
    @ParameterizedTest
    @ValueSource(strings = {"gaussian-nb", "lda", "qda"})
    void logLikelihoodIsTheMeanLogDensityOfTheFittedPoints(String model) {
        Dataset data = blobs();
        Engine<NaiveBayesSnapshot> engine = engine(data, model, 0);
        assertThat(engine.snapshot().logLikelihood()).isNaN();
        double sum = 0;
        int points = 0;
        for (int step = 1; step <= 4; step++) {
            engine.step();
            NaiveBayesSnapshot s = engine.snapshot();
            if (step <= 3) {
                sum += logDensities(s, data, step - 1);
                points += 50;
                assertThat(s.logLikelihood()).as("step %d", step).isCloseTo(sum / points, within(1e-12));
            } else {
                double all = 0;
                for (int k = 0; k < 3; k++) {
                    all += logDensities(s, data, k);
                }
                assertThat(s.logLikelihood()).isCloseTo(all / 150, within(1e-12));
            }
        }
    }

    private static double logDensities(NaiveBayesSnapshot s, Dataset data, int k) {
        double a = s.covariance(k, 0, 0);
        double b = s.covariance(k, 0, 1);
        double c = s.covariance(k, 1, 1);
        double det = a * c - b * b;
        double sum = 0;
        for (int i = 0; i < data.size(); i++) {
            if (data.label(i) == k) {
                double u = data.feature(i, 0) - s.mean(k, 0);
                double v = data.feature(i, 1) - s.mean(k, 1);
                double q = (c * u * u - 2 * b * u * v + a * v * v) / det;
                sum += -Math.log(2 * Math.PI) - 0.5 * Math.log(det) - 0.5 * q;
            }
        }
        return sum;
    }

    @Test
    void aClassWithoutPointsGetsNoStepAndProbabilityZero() {
        Dataset data = Dataset.classification("two of three", new double[][] {{0, 0}, {1, 0.5}, {0.5, 1}, {4, 4},
                {5, 4.2}, {4.4, 5}}, new int[] {0, 0, 0, 2, 2, 2}, List.of("x", "y"), List.of("a", "b", "c"));
        Engine<NaiveBayesSnapshot> engine = engine(data, "gaussian-nb", 0);
        engine.step();
        engine.step();
        assertThat(engine.snapshot().lastFittedClass()).isEqualTo(2);
        assertThat(engine.step()).isEqualTo(StepResult.CONVERGED);
        NaiveBayesSnapshot end = engine.snapshot();
        assertThat(end.step()).isEqualTo(3);
        double[] out = new double[3];
        end.predictProbabilities(new double[] {2.5}, new double[] {2.5}, 1, out);
        assertThat(out[1]).isZero();
        assertThat(out[0] + out[2]).isCloseTo(1, within(1e-12));
        assertThat(end.prior(1)).isNaN();
    }

    @Test
    void oneClassIsRefused() {
        Dataset data = Dataset.classification("one", new double[][] {{0, 0}, {1, 1}, {2, 0}}, new int[] {1, 1, 1},
                List.of("x", "y"), List.of("a", "b"));
        assertThatThrownBy(() -> factory.create(data, factory.defaults(), 0))
                .hasMessage("Gaussian naive Bayes needs points of at least two classes; the data has only class 'b'.");
    }

    @Test
    void ldaNeedsMorePointsThanClasses() {
        Dataset data = Dataset.classification("two", new double[][] {{0, 0}, {1, 1}}, new int[] {0, 1},
                List.of("x", "y"), List.of("a", "b"));
        assertThatThrownBy(() -> engine(data, "lda", 0)).hasMessageContaining("more points (2) than classes (2)");
        assertThat(run(engine(data, "gaussian-nb", 0)).status()).isEqualTo(StepResult.CONVERGED);
    }

    @Test
    void qdaRefusesAClassOfTooFewPoints() {
        Dataset data = Dataset.classification("few", new double[][] {{0, 0}, {1, 1}, {3, 0}, {4, 1}, {3.5, 2}},
                new int[] {0, 0, 1, 1, 1}, List.of("x", "y"), List.of("left", "right"));
        assertThatThrownBy(() -> engine(data, "qda", 0.5))
                .hasMessage("Class 'left' has 2 points for 2 features: QDA estimates a covariance per class and "
                        + "needs at least 3 points in each class.");
    }

    @Test
    void qdaRefusesCollinearPointsUnlessRegularised() {
        Dataset data = Dataset.classification("line", new double[][] {{0, 0}, {1, 1}, {2, 2}, {3, 3}, {5, 0}, {6, 1},
                {5.5, 2}, {7, 0.5}}, new int[] {0, 0, 0, 0, 1, 1, 1, 1}, List.of("x", "y"), List.of("diagonal", "cloud"));
        assertThatThrownBy(() -> engine(data, "qda", 0))
                .hasMessage("The covariance of class 'diagonal' is singular (its points are collinear, or a feature is "
                        + "constant within it), so QDA cannot invert it; set regParam above 0 (for example 0.1) to "
                        + "blend it with the identity.");
        NaiveBayesSnapshot end = run(engine(data, "qda", 0.1));
        assertThat(end.status()).isEqualTo(StepResult.CONVERGED);
        assertThat(end.accuracy()).isEqualTo(1.0);
        // LDA pools the scatter, whose sum is not singular here.
        assertThat(run(engine(data, "lda", 0)).status()).isEqualTo(StepResult.CONVERGED);
    }

    @Test
    void naiveBayesRefusesConstantData() {
        Dataset data = Dataset.classification("flat", new double[][] {{1, 2}, {1, 2}, {1, 2}, {1, 2}},
                new int[] {0, 0, 1, 1}, List.of("x", "y"), List.of("a", "b"));
        assertThatThrownBy(() -> engine(data, "gaussian-nb", 0)).hasMessageContaining("every variance is 0");
    }

    @Test
    void varSmoothingWidensEveryVarianceByTheSameEpsilon() {
        Params smooth = factory.defaults().with("varSmoothing", 0.5);
        NaiveBayesSnapshot plain = run(engine(blobs(), "gaussian-nb", 0));
        NaiveBayesSnapshot smoothed = run(factory.create(blobs(), smooth, 0));
        double epsilon = smoothed.epsilon();
        assertThat(epsilon).isCloseTo(plain.epsilon() * 0.5e9, within(1e-9 * epsilon));
        for (int k = 0; k < 3; k++) {
            for (int j = 0; j < 2; j++) {
                assertThat(smoothed.variance(k, j) - plain.variance(k, j))
                        .isCloseTo(epsilon - plain.epsilon(), within(1e-12));
            }
        }
    }

    private static NaiveBayesSnapshot run(Engine<NaiveBayesSnapshot> engine) {
        StepResult result = StepResult.CONTINUE;
        while (!result.isFinal()) {
            result = engine.step();
        }
        return engine.snapshot();
    }
}
