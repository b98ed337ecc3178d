package org.stepwise.algo.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.stepwise.algo.EngineContractTest;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.Params;
import org.stepwise.algo.SklearnFixture;
import org.stepwise.algo.StepResult;
import org.stepwise.data.Dataset;
import org.stepwise.data.GeneratorOptions;
import org.stepwise.data.Generators;

class LearningCurveEngineTest extends EngineContractTest<LearningCurveSnapshot> {

    private final LearningCurveFactory factory = new LearningCurveFactory();

    @Override
    protected EngineFactory<LearningCurveSnapshot> factory() { return factory; }

    @Override
    protected Dataset data() { return Generators.generate("moons", new GeneratorOptions(100, 0.3, 2, 0)); }

    @Override
    protected boolean snapshotsPredictTheirRows() { return false; }

    /**
     * Every tick's fold scores equal scikit-learn's learning_curve and validation_curve of
     * KNeighborsClassifier exactly (k-NN is deterministic and the data has no distance ties), with
     * KFold and StratifiedKFold unshuffled; so do the training sizes.
     */
    @ParameterizedTest
    @ValueSource(strings = {"learning_curves_moons", "learning_curves_iris", "learning_curves_iris_sorted"})
    void scoresEqualScikitLearnsLearningAndValidationCurves(String name) {
        SklearnFixture f = EvaluationFixtures.load(name);
        Dataset data = f.dataset();
        for (SklearnFixture c : f.parts("cases")) {
            Params params = factory.defaults().with("cv", c.word("cv")).with("curve", c.word("curve"))
                    .with("nSplits", (int) f.number("n_splits"));
            List<LearningCurveSnapshot> run = EvaluationFixtures.everySnapshot(factory.create(data, params, 0));
            LearningCurveSnapshot end = run.get(run.size() - 1);
            assertThat(end.status()).isEqualTo(StepResult.CONVERGED);
            String range = c.word("curve").equals("learning") ? "train_sizes" : "param_range";
            assertThat((double[]) end.metrics().values().get(range)).as("%s %s", c.word("cv"), range)
                    .containsExactly(c.vector(range));
            assertThat((double[][]) end.metrics().values().get("train_scores")).as("%s %s train", name, c.word("cv"))
                    .isDeepEqualTo(c.matrix("train_scores"));
            assertThat((double[][]) end.metrics().values().get("test_scores")).as("%s %s test", name, c.word("cv"))
                    .isDeepEqualTo(c.matrix("test_scores"));
        }
    }

    @Test
    void trainSizesAreLinspaceOfTheFirstFoldTruncated() {
        assertThat(LearningCurveFactory.trainSizes(160)).containsExactly(16, 52, 88, 124, 160);
        assertThat(LearningCurveFactory.trainSizes(3)).containsExactly(1, 2, 3);
    }

    @Test
    void oneTickAStep() {
        List<LearningCurveSnapshot> run = EvaluationFixtures.everySnapshot(
                factory.create(data(), factory.defaults(), 0));
        assertThat(run.get(0).done()).isZero();
        assertThat(run.get(0).metrics().has("mean_test_score")).isFalse();
        assertThat(run.get(2).done()).isEqualTo(2);
        assertThat((double[][]) run.get(2).metrics().values().get("test_scores")).hasNumberOfRows(2);
        assertThat(run.get(2).narration()).contains("training rows").contains("validation");
    }

    @Test
    void moreNeighboursThanTheSmallestTrainingSizeIsOneSentence() {
        assertThatThrownBy(() -> factory.create(data(), factory.defaults().with("nNeighbors", 9), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("smallest training size is 8 rows, fewer than the 9 neighbours");
    }
}
