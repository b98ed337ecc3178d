package org.stepwise.algo.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stepwise.algo.EngineContractTest;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.Params;
import org.stepwise.algo.StepResult;
import org.stepwise.data.BuiltInDatasets;
import org.stepwise.data.Dataset;
import org.stepwise.data.GeneratorOptions;
import org.stepwise.data.Generators;

class ConfusionMatrixEngineTest extends EngineContractTest<ConfusionMatrixSnapshot> {

    private final ConfusionMatrixFactory factory = new ConfusionMatrixFactory();

    @Override
    protected EngineFactory<ConfusionMatrixSnapshot> factory() { return factory; }

    @Override
    protected Dataset data() { return Generators.generate("moons", new GeneratorOptions(200, 0.35, 2, 0)); }

    @Override
    protected boolean snapshotsPredictTheirRows() { return false; }

    private List<ConfusionMatrixSnapshot> run(Dataset data, Params params) {
        return EvaluationFixtures.everySnapshot(factory.create(data, params, 4));
    }

    @Test
    void theThresholdSweepsOneNotchAStepFromZeroToTheChosenThreshold() {
        List<ConfusionMatrixSnapshot> run = run(data(), factory.defaults().with("threshold", 0.75).with("notches", 10));
        assertThat(run).as("steps 0.1 .. 0.7, then 0.75").hasSize(9);
        assertThat(run.get(0).threshold()).isZero();
        assertThat(run.get(0).recall().value()).as("threshold 0: every row predicted positive").isEqualTo(1.0);
        assertThat(run.get(3).threshold()).isEqualTo(0.3);
        ConfusionMatrixSnapshot last = run.get(run.size() - 1);
        assertThat(last.threshold()).isEqualTo(0.75);
        assertThat(last.status()).isEqualTo(StepResult.CONVERGED);
        for (int i = 1; i < run.size(); i++) {
            assertThat(run.get(i).recall().value()).as("recall never rises as the threshold rises")
                    .isLessThanOrEqualTo(run.get(i - 1).recall().value());
            assertThat(run.get(i).specificity().value()).isGreaterThanOrEqualTo(run.get(i - 1).specificity().value());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"logistic-regression", "knn", "naive-bayes"})
    void metricsAreTheLibrarysOnThePredictionsTheRuleMakes(String model) {
        List<ConfusionMatrixSnapshot> run = run(data(), factory.defaults().with("model", model).with("threshold", 0.35));
        ConfusionMatrixSnapshot s = run.get(run.size() - 1);
        assertThat(s.threshold()).isEqualTo(0.35);
        ScoredRows rows = s.rows();
        int[] predicted = new int[rows.size()];
        for (int i = 0; i < predicted.length; i++) {
            predicted[i] = rows.score(i) >= 0.35 ? 1 : 0;
        }
        ConfusionMatrix expected = ConfusionMatrix.of(rows.labels(), predicted, 2);
        assertThat(s.matrix().counts()).isDeepEqualTo(expected.counts());
        assertThat(s.scalar("precision")).isEqualTo(ClassificationMetrics.precision(expected, Average.BINARY, 1).value());
        assertThat(s.scalar("f1")).isEqualTo(ClassificationMetrics.f1(expected, Average.BINARY, 1).value());
        assertThat(s.scalar("matthews_corrcoef")).isEqualTo(ClassificationMetrics.matthewsCorrcoef(expected).value());
        assertThat(s.scalar("roc_auc")).isBetween(0.7, 1.0);
        assertThat(rows.size()).as("30 % of 200 rows held out").isEqualTo(60);
    }

    @Test
    void moreClassesThresholdThePositiveClassOneVsRestAndFallBackToTheMostProbableOther() {
        Dataset iris = BuiltInDatasets.load("iris");
        List<ConfusionMatrixSnapshot> run = run(iris, factory.defaults().with("positiveClass", 2).with("threshold", 0.8));
        ConfusionMatrixSnapshot s = run.get(run.size() - 1);
        ScoredRows rows = s.rows();
        assertThat(s.matrix().classes()).isEqualTo(3);
        for (int i = 0; i < rows.size(); i++) {
            int rule = rows.score(i) >= 0.8 ? 2 : (rows.probability(i, 0) >= rows.probability(i, 1) ? 0 : 1);
            assertThat(rows.predict(i, 0.8)).isEqualTo(rule);
        }
        assertThat(s.metrics().values()).containsKeys("precision_per_class", "confusion_matrix", "f1_macro");
    }

    @Test
    void nothingPredictedPositiveMakesPrecisionIllDefinedWithASentence() {
        List<ConfusionMatrixSnapshot> high = run(data(), factory.defaults().with("threshold", 1.0));
        ConfusionMatrixSnapshot s = high.get(high.size() - 1);
        assertThat(s.matrix().predicted(1)).as("no logistic probability reaches 1 on moons").isZero();
        assertThat(s.precision().value()).isZero();
        assertThat(s.problems()).anyMatch(p -> p.startsWith("precision is ill-defined for class 1"));
        assertThat(s.narration()).contains("Precision is ill-defined");
        ConfusionMatrixSnapshot low = high.get(0);
        assertThat(low.specificity().value()).as("threshold 0: no row predicted negative").isZero();
    }

    @Test
    void oneClassOrAPositiveClassTheDataLacksIsRefusedWithASentence() {
        Dataset moons = data();
        assertThatThrownBy(() -> factory.create(moons, factory.defaults().with("positiveClass", 4), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positiveClass must name one of");
        Dataset oneClass = EvaluationFixtures.oneClass(moons);
        assertThatThrownBy(() -> factory.create(oneClass, factory.defaults(), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("A confusion matrix needs rows of at least two classes");
    }
}
