package org.stepwise.algo.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stepwise.algo.EngineContractTest;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.Metrics;
import org.stepwise.algo.Params;
import org.stepwise.algo.SklearnFixture;
import org.stepwise.algo.StepResult;
import org.stepwise.algo.Surface;
import org.stepwise.data.BuiltInDatasets;
import org.stepwise.data.Dataset;

class FeatureScalingEngineTest extends EngineContractTest<FeatureScalingSnapshot> {

    private final FeatureScalingFactory factory = new FeatureScalingFactory();

    @Override
    protected EngineFactory<FeatureScalingSnapshot> factory() { return factory; }

    @Override
    protected Dataset data() { return wine(); }

    /** Its accuracy is k-NN's cross-validated one, not the fitted rows' score. */
    @Override
    protected boolean snapshotsPredictTheirRows() { return false; }

    /** Wine's proline (hundreds to 1,680) and hue (0.48 to 1.71). */
    static Dataset wine() {
        Dataset wine = BuiltInDatasets.load("wine");
        return wine.selectFeatures(wine.featureNames().indexOf("proline"), wine.featureNames().indexOf("hue"));
    }

    private List<FeatureScalingSnapshot> run(Dataset data, Params params) {
        return EvaluationFixtures.everySnapshot(factory.create(data, params, 0));
    }

    /**
     * Every scaler's fitted attributes and transformed rows equal scikit-learn's to 1e-12, and k-NN's
     * fold accuracies on the scaled columns equal cross_val_score's for make_pipeline(scaler,
     * KNeighborsClassifier(k)) with StratifiedKFold(5) exactly.
     */
    @ParameterizedTest
    @ValueSource(strings = {"feature_scaling_wine", "feature_scaling_moons_outlier", "feature_scaling_constant"})
    void scalersAndScoresEqualScikitLearns(String name) {
        SklearnFixture f = EvaluationFixtures.load(name);
        Dataset data = f.dataset();
        Params params = factory.defaults().with("nNeighbors", (int) f.number("n_neighbors"));
        List<FeatureScalingSnapshot> run = run(data, params);
        assertThat(run).hasSize(1 + ScalerKind.values().length);
        List<SklearnFixture> scalers = f.parts("scalers");
        for (int i = 0; i < scalers.size(); i++) {
            SklearnFixture expected = scalers.get(i);
            FeatureScalingSnapshot s = run.get(i + 1);
            String what = name + " " + expected.text("scaler");
            assertThat(s.scaler()).isEqualTo(expected.text("scaler"));
            Metrics metrics = s.metrics();
            for (String attribute : List.of("mean", "scale", "data_min", "data_max", "min", "center")) {
                assertThat(metrics.has(attribute)).as(what + " " + attribute).isEqualTo(expected.has(attribute));
                if (expected.has(attribute)) {
                    EvaluationFixtures.assertArrayClose(expected.vector(attribute),
                            (double[]) metrics.values().get(attribute), what + " " + attribute);
                }
            }
            double[][] transformed = expected.matrix("transformed");
            for (int r = 0; r < transformed.length; r++) {
                EvaluationFixtures.assertArrayClose(transformed[r], s.scaledData().row(r), what + " row " + r);
            }
            assertThat(s.cvScores()).as(what + " cv_scores").containsExactly(expected.vector("cv_scores"));
            EvaluationFixtures.assertClose(java.util.Arrays.stream(expected.vector("cv_scores")).average().orElseThrow(),
                    s.scalar("accuracy"), what + " accuracy");
        }
        assertThat(run.get(run.size() - 1).status()).isEqualTo(StepResult.CONVERGED);
    }

    /** The run applies the scalers in order and ends with the one named. */
    @Test
    void theRunEndsWithTheScalerNamed() {
        List<FeatureScalingSnapshot> run = run(wine(), factory.defaults().with("scaler", "standard"));
        assertThat(run.stream().map(FeatureScalingSnapshot::scaler).toList())
                .containsExactly("none", "none", "standard");
        assertThat(run.get(0).applied()).isFalse();
        assertThat(run.get(1).applied()).isTrue();
        assertThat(run.get(run.size() - 1).status()).isEqualTo(StepResult.CONVERGED);
    }

    /**
     * Unscaled, proline's spread is about 1,400 times hue's, so the loss bowl's condition number is
     * near two million and gradient descent takes tens of millions of steps; scaled, a few dozen.
     * Each run reaches the bowl's least-squares bottom, and its loss never rises (α = 1/λ_max).
     */
    @Test
    void scalingTurnsMillionsOfDescentStepsIntoDozens() {
        List<FeatureScalingSnapshot> run = run(wine(), factory.defaults());
        FeatureScalingSnapshot none = run.get(1);
        assertThat(none.scalar("condition_number")).isGreaterThan(1e6);
        assertThat(none.scalar("gd_steps")).isGreaterThan(1e7);
        for (FeatureScalingSnapshot scaled : run.subList(2, run.size())) {
            assertThat(scaled.scalar("condition_number")).as(scaled.scaler()).isLessThan(3);
            assertThat(scaled.scalar("gd_steps")).as(scaled.scaler()).isBetween(5.0, 100.0);
            assertThat(scaled.accuracy(ScalerKind.named(scaled.scaler()).ordinal()))
                    .isGreaterThan(none.accuracy(0) + 0.1);
        }
        for (FeatureScalingSnapshot s : run.subList(1, run.size())) {
            assertThat(s.descentConverged()).as(s.scaler()).isTrue();
            Surface bowl = s.bowl();
            double[] bottom = s.bowlMinimum();
            int end = s.pathLength() - 1;
            double gap = bowl.value(s.pathX(end), s.pathY(end)) - bowl.value(bottom[0], bottom[1]);
            double start = bowl.value(0, 0) - bowl.value(bottom[0], bottom[1]);
            assertThat(gap).as(s.scaler() + ": the loss left at the end").isLessThan(1e-5 * start);
            for (int i = 1; i <= end; i++) {
                assertThat(bowl.value(s.pathX(i), s.pathY(i)))
                        .as(s.scaler() + " loss at kept point " + i).isLessThanOrEqualTo(
                                bowl.value(s.pathX(i - 1), s.pathY(i - 1)) * (1 + 1e-12));
            }
        }
    }

    /** A constant column gets scale 1 from every scaler; its loss bowl has no single bottom, so no descent is run. */
    @Test
    void aConstantColumnIsScaledByOneAndHasNoDescent() {
        List<FeatureScalingSnapshot> run = run(EvaluationFixtures.load("feature_scaling_constant").dataset(),
                factory.defaults().with("nNeighbors", 3));
        for (FeatureScalingSnapshot s : run.subList(2, run.size())) {
            assertThat(((double[]) s.metrics().values().get("scale"))[1]).as(s.scaler()).isEqualTo(1.0);
            assertThat(s.bowl()).isNull();
            assertThat(s.metrics().has("gd_steps")).isFalse();
            assertThat(s.narration()).contains("no single bottom");
        }
    }

    @Test
    void refusesDataItCannotUseInOneSentence() {
        Dataset wine = BuiltInDatasets.load("wine");
        assertThatThrownBy(() -> factory.create(wine, factory.defaults(), 0))
                .hasMessageContaining("two columns").hasMessageContaining("13");
        assertThatThrownBy(() -> factory.create(EvaluationFixtures.oneClass(wine()), factory.defaults(), 0))
                .hasMessageContaining("at least two classes");
        Dataset sixty = wine().selectRows(java.util.stream.IntStream.range(0, 90).filter(i -> i % 90 < 30 || i >= 60)
                .toArray());
        assertThatThrownBy(() -> factory.create(sixty, factory.defaults().with("nNeighbors", 50), 0))
                .hasMessageContaining("nNeighbors").hasMessageContaining("(48 of 60").hasMessageContaining("got 50");
        Dataset few = wine().selectRows(new int[] {0, 1, 2, 3, 4, 60, 61, 62});
        assertThatThrownBy(() -> factory.create(few, factory.defaults(), 0))
                .hasMessageContaining("at least 5 rows").hasMessageContaining("has 3");
    }
}
