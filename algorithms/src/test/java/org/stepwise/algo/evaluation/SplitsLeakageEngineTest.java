package org.stepwise.algo.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stepwise.algo.EngineContractTest;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.StepResult;
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
}
