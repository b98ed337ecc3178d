package org.stepwise.algo.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.stepwise.algo.EngineContractTest;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.StepResult;
import org.stepwise.data.BuiltInDatasets;
import org.stepwise.data.Dataset;

class SplitsLeakageEngineTest extends EngineContractTest<SplitsLeakageSnapshot> {

    private final SplitsLeakageFactory factory = new SplitsLeakageFactory();

    @Override
    protected EngineFactory<SplitsLeakageSnapshot> factory() { return factory; }

    /** Pure noise: 50 rows of 200 standard normal features, random labels (tools/reference/splits_leakage.py). */
    @Override
    protected Dataset data() { return EvaluationFixtures.load("splits_leakage_noise").dataset(); }

    @Override
    protected boolean snapshotsPredictTheirRows() { return false; }

    /** On noise, selection before the split scores well above the honest pipeline, which the test score joins. */
    @Test
    void theLeakyScoreIsOptimisticOnNoise() {
        List<SplitsLeakageSnapshot> run = EvaluationFixtures.everySnapshot(factory.create(data(), factory.defaults(), 0));
        SplitsLeakageSnapshot end = run.get(run.size() - 1);
        assertThat(end.status()).isEqualTo(StepResult.CONVERGED);
        assertThat(end.stage()).isEqualTo(SplitsLeakageSnapshot.Stage.TEST);
        assertThat(end.chosen()).hasSize(10);
        assertThat(end.testSplit().test()).hasSize(10);
        assertThat(end.scalar("leaky_score")).isGreaterThan(end.scalar("honest_score") + 0.15);
        assertThat(end.scalar("leaky_score")).isGreaterThan(0.65);
        assertThat(end.scalar("test_score")).isBetween(0.0, 1.0);
        assertThat(run.get(1).metrics().values()).doesNotContainKey("leaky_score");
    }

    @Test
    void badInputIsRefusedWithOneSentence() {
        assertThatThrownBy(() -> factory.create(data(), factory.defaults().with("k", 500), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Features kept k must be at most the 200 features of the data; got 500.");
        assertThatThrownBy(() -> factory.create(data(), factory.defaults().with("folds", 20), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("With 40 development rows, 20 folds");
    }

    /** k's default is 10, or every column of data with fewer, so the defaults run on Iris's four. */
    @Test
    void theFeaturesKeptFollowTheData() {
        Dataset iris = BuiltInDatasets.load("iris");
        assertThat(factory.defaults(data()).integer("k")).isEqualTo(10);
        assertThat(factory.defaults(iris).integer("k")).isEqualTo(4);
        assertThat(factory.defaults(iris).with("k", 2).forData(data()).integer("k")).as("a value the learner set stays")
                .isEqualTo(2);
        SplitsLeakageSnapshot end = EvaluationFixtures.everySnapshot(factory.create(iris, factory.defaults(iris), 0))
                .stream().reduce((a, b) -> b).orElseThrow();
        assertThat(end.chosen()).containsExactly(0, 1, 2, 3);
        assertThat(end.scalar("leaky_score")).as("selection of every column leaks nothing")
                .isEqualTo(end.scalar("honest_score"));
    }

    /**
     * The development rows keep the permutation's order, as train_test_split's: on Iris, stored
     * class by class, an ascending order would give the unshuffled KFold folds of one class.
     */
    @Test
    void theSplitIsDisjointAndTheDevelopmentRowsKeepTheDrawnOrder() {
        Split split = SplitsLeakageFactory.trainTestSplit(150, 0.2, 0);
        assertThat(split.test()).hasSize(30).isSorted();
        assertThat(split.train()).hasSize(120).isNotEqualTo(Arrays.stream(split.train()).sorted().toArray());
        assertThat(IntStream.concat(Arrays.stream(split.train()), Arrays.stream(split.test())).sorted().toArray())
                .isEqualTo(IntStream.range(0, 150).toArray());
        assertThat(SplitsLeakageFactory.trainTestSplit(150, 0.2, 0).train()).isEqualTo(split.train());
    }
}
