package org.stepwise.algo.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

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

class CalibrationEngineTest extends EngineContractTest<CalibrationSnapshot> {

    private final CalibrationFactory factory = new CalibrationFactory();

    @Override
    protected EngineFactory<CalibrationSnapshot> factory() { return factory; }

    @Override
    protected Dataset data() { return BuiltInDatasets.load("breast_cancer"); }

    @Override
    protected boolean snapshotsPredictTheirRows() { return false; }

    private List<CalibrationSnapshot> run(Params params) {
        return EvaluationFixtures.everySnapshot(factory.create(data(), params, 4));
    }

    @Test
    void theStagesComeInOrderBinsThenPlattThenIsotonic() {
        List<CalibrationSnapshot> run = run(factory.defaults());
        CalibrationSnapshot last = run.get(run.size() - 1);
        assertThat(last.status()).isEqualTo(StepResult.CONVERGED);
        assertThat(last.stage()).isEqualTo(CalibrationStage.DONE);
        int bins = last.raw().curve().counts().length;
        assertThat(run.get(0).stage()).isEqualTo(CalibrationStage.SCORED);
        for (int i = 1; i <= bins; i++) {
            assertThat(run.get(i).stage()).isEqualTo(CalibrationStage.BINNED);
            assertThat(run.get(i).binsShown()).isEqualTo(i);
        }
        List<CalibrationStage> stages = run.stream().map(CalibrationSnapshot::stage).toList();
        assertThat(stages.lastIndexOf(CalibrationStage.SIGMOID)).isLessThan(stages.indexOf(CalibrationStage.ISOTONIC));
        assertThat(last.metrics().values()).containsKeys("brier_score", "log_loss", "prob_true", "prob_pred", "a", "b",
                "sigmoid_brier_score", "isotonic_brier_score", "x_thresholds", "y_thresholds");
    }

    @Test
    void theCalibratorsAreTheLibrarysFitsOfTheHeldOutScores() {
        CalibrationSnapshot last = last(factory.defaults());
        double[] ab = PlattScaling.fit(last.scores(), last.labels());
        SigmoidState sigmoid = last.sigmoid().orElseThrow();
        assertThat(sigmoid.a()).isEqualTo(ab[0]);
        assertThat(sigmoid.b()).isEqualTo(ab[1]);
        double[] isotonic = IsotonicCalibration.fit(last.scores(), last.labels()).predict(last.scores());
        assertThat(last.isotonic().orElseThrow().result().orElseThrow().probabilities()).containsExactly(isotonic);
        CalibrationCurve curve = Calibration.curve(last.labels(), last.scores(), 10, Calibration.Strategy.UNIFORM);
        assertThat(last.raw().curve().probTrue()).containsExactly(curve.probTrue());
        assertThat(last.scalar("brier_score")).isEqualTo(ProbabilityMetrics.brierScore(last.labels(), last.scores()));
    }

    @Test
    void naiveBayesOnCorrelatedFeaturesIsOverConfidentAndBothCalibratorsHelp() {
        CalibrationSnapshot last = last(factory.defaults());
        long extreme = java.util.Arrays.stream(last.scores()).filter(p -> p < 0.01 || p > 0.99).count();
        assertThat(extreme).as("most probabilities pushed to 0 or 1").isGreaterThan(last.scores().length / 2);
        double before = last.scalar("log_loss");
        assertThat(last.scalar("sigmoid_log_loss")).isLessThan(before / 2);
        assertThat(last.scalar("isotonic_brier_score")).isLessThan(last.scalar("brier_score"));
        assertThat(last.scalar("sigmoid_brier_score")).isLessThan(last.scalar("brier_score"));
    }

    @Test
    void theForestIsUnderConfidentSoPlattSharpensIt() {
        SigmoidState platt = last(factory.defaults().with("model", "random-forest")).sigmoid().orElseThrow();
        assertThat(platt.probability(0.8)).as("a forest's 0.8 means more than 0.8").isGreaterThan(0.85);
        assertThat(platt.probability(0.2)).isLessThan(0.15);
    }

    @Test
    void isotonicPoolsUntilTheFitIsNonDecreasingAndKeepsTheShareOfPositives() {
        List<CalibrationSnapshot> run = run(factory.defaults().with("method", "isotonic"));
        CalibrationSnapshot last = run.get(run.size() - 1);
        assertThat(last.sigmoid()).isEmpty();
        IsotonicState iso = last.isotonic().orElseThrow();
        double[] fitted = iso.fitted();
        for (int i = 1; i < fitted.length; i++) {
            assertThat(fitted[i]).isGreaterThanOrEqualTo(fitted[i - 1]);
        }
        double sum = 0;
        for (double p : iso.result().orElseThrow().probabilities()) {
            sum += p;
        }
        assertThat(sum).as("pooling keeps the count of positives").isCloseTo(last.positives(), within(1e-9));
        long poolingSteps = run.stream().filter(s -> s.stage() == CalibrationStage.ISOTONIC).count();
        assertThat(poolingSteps).as("one step a pooling; the step that finds none left ends the run")
                .isEqualTo(iso.poolings()).isPositive();
        assertThat(last.stage()).isEqualTo(CalibrationStage.DONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"uniform", "quantile"})
    void everyBinOfTheChosenStrategyIsFilledOneAStep(String strategy) {
        CalibrationSnapshot last = last(factory.defaults().with("strategy", strategy).with("nBins", 5)
                .with("method", "sigmoid"));
        CalibrationCurve curve = Calibration.curve(last.labels(), last.scores(), 5,
                Calibration.Strategy.valueOf(strategy.toUpperCase()));
        assertThat(last.binsShown()).isEqualTo(curve.counts().length);
        assertThat(last.raw().curve().probPred()).containsExactly(curve.probPred());
        assertThat(last.isotonic()).isEmpty();
    }

    @Test
    void dataOfOneClassIsRefusedWithWhatIsUndefined() {
        assertThatThrownBy(() -> factory.create(EvaluationFixtures.oneClass(data()), factory.defaults(), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("only class").hasMessageContaining("log loss is undefined");
    }

    private CalibrationSnapshot last(Params params) {
        List<CalibrationSnapshot> run = run(params);
        return run.get(run.size() - 1);
    }
}
