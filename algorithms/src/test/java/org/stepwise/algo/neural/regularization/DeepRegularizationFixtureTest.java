package org.stepwise.algo.neural.regularization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stepwise.algo.Params;
import org.stepwise.algo.SklearnFixture;
import org.stepwise.algo.StepResult;
import org.stepwise.algo.neural.BatchNorm;
import org.stepwise.data.Dataset;

/** The lesson against scikit-learn 1.2.1 and numpy (fixtures by tools/reference/deep_regularization.py). */
class DeepRegularizationFixtureTest {

    private static final SklearnFixture FIXTURE = SklearnFixture.load(DeepRegularizationFixtureTest.class,
            "deep_regularization");

    private final DeepRegularizationFactory factory = new DeepRegularizationFactory();

    /**
     * From MLPClassifier's starting weights and on its validation rows, the early-stopped network
     * scores the same validation accuracy each epoch, stops after the same epoch and keeps the same
     * best epoch's weights. Adam's ε sits in a slightly different place in scikit-learn
     * (α·√(1−β₂ᵗ)/(1−β₁ᵗ)·m/(√v + ε) against Kingma and Ba's m̂/(√v̂ + ε)), so the losses agree to
     * 1e-5 and the weights to 1e-3, not to the last bit: where a weight's gradient is as small as ε
     * the two move it by different fractions of η (the largest gap here is 1.2e-4). The accuracies,
     * counts of whole rows, agree exactly, and so do the epochs.
     */
    @Test
    void earlyStoppingStopsAndKeepsTheBestEpochAsMlpClassifier() {
        SklearnFixture es = FIXTURE.part("early_stopping");
        Params params = factory.defaults().with("technique", "early_stopping").with("hidden", "16,16")
                .with("learningRate", es.number("learning_rate")).with("maxIter", (int) es.number("max_iter"))
                .with("nIterNoChange", (int) es.number("n_iter_no_change")).with("tol", es.number("tol"));
        DeepRegularizationEngine engine = factory.create(rows(es, "train"), rows(es, "val"), params, 0,
                es.mlpParameters("start"));
        int nIter = (int) es.number("n_iter");
        for (int epoch = 0; epoch < nIter; epoch++) {
            assertThat(engine.step()).isEqualTo(StepResult.CONTINUE);
        }
        DeepRegularizationSnapshot s = engine.snapshot();
        assertThat(s.stoppedAt()).as("stopped after the epoch scikit-learn stopped after").isEqualTo(nIter);
        assertThat(s.bestEpoch()).isEqualTo((int) es.number("best_epoch"));
        assertThat(s.valAccuracy(true)).containsExactly(es.vector("validation_scores"), offset(1e-12));
        assertThat(s.valAccuracy()).isEqualTo(es.number("best_validation_score"));
        assertThat(s.trainLoss(true)).containsExactly(es.vector("loss_curve"), offset(1e-5));
        assertThat(largestGap(engine.regularized().network().parameters(), es.mlpParameters("best")))
                .as("the kept weights").isLessThan(1e-3);
        assertThat(s.trainLoss(false)).as("the baseline trains on").hasSize(nIter);
        engine.step();
        assertThat(engine.snapshot().trainLoss(true)).as("the stopped network sits the next epoch out").hasSize(nIter);
        assertThat(engine.snapshot().trainLoss(false)).hasSize(nIter + 1);
    }

    /** After one full-batch epoch, each batch-norm layer's running mean and variance are numpy's. */
    @Test
    void batchNormsRunningStatisticsAreNumpys() {
        SklearnFixture es = FIXTURE.part("early_stopping");
        SklearnFixture expected = FIXTURE.part("batchnorm");
        Params params = factory.defaults().with("technique", "batchnorm").with("hidden", "16,16");
        DeepRegularizationEngine engine = factory.create(rows(es, "train"), rows(es, "val"), params, 0,
                es.mlpParameters("start"));
        engine.step();
        List<BatchNorm> norms = NetLayout.batchNorms(engine.regularized().network());
        double[][] means = expected.matrix("running_mean");
        double[][] variances = expected.matrix("running_var");
        assertThat(norms).hasSize(2);
        for (int l = 0; l < norms.size(); l++) {
            for (int j = 0; j < 16; j++) {
                assertThat(norms.get(l).runningMean(j)).as("layer %d mean %d", l, j).isCloseTo(means[l][j], offset(1e-12));
                assertThat(norms.get(l).runningVariance(j)).as("layer %d var %d", l, j)
                        .isCloseTo(variances[l][j], offset(1e-12));
            }
        }
    }

    private static double largestGap(double[] actual, double[] expected) {
        assertThat(actual).hasSameSizeAs(expected);
        double gap = 0;
        for (int i = 0; i < actual.length; i++) {
            gap = Math.max(gap, Math.abs(actual[i] - expected[i]));
        }
        return gap;
    }

    private static Dataset rows(SklearnFixture fixture, String part) {
        return Dataset.classification(part, fixture.matrix("x_" + part), fixture.integers("y_" + part),
                List.of("x1", "x2"), List.of("0", "1"));
    }
}
