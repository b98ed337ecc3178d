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
import org.stepwise.data.GeneratorOptions;
import org.stepwise.data.Generators;

class RocPrEngineTest extends EngineContractTest<RocPrSnapshot> {

    private final RocPrFactory factory = new RocPrFactory();

    @Override
    protected EngineFactory<RocPrSnapshot> factory() { return factory; }

    @Override
    protected Dataset data() { return Generators.generate("moons", new GeneratorOptions(200, 0.35, 2, 0)); }

    @Override
    protected boolean snapshotsPredictTheirRows() { return false; }

    private List<RocPrSnapshot> run(Dataset data, Params params) {
        return EvaluationFixtures.everySnapshot(factory.create(data, params, 4));
    }

    @Test
    void theThresholdFallsOneNotchAStepFromOneToTheChosenThreshold() {
        List<RocPrSnapshot> run = run(data(), factory.defaults().with("threshold", 0.25).with("notches", 10));
        assertThat(run).as("1.0, 0.9 .. 0.3, then 0.25").hasSize(9);
        assertThat(run.get(0).threshold()).isEqualTo(1.0);
        assertThat(run.get(2).threshold()).isEqualTo(0.8);
        RocPrSnapshot last = run.get(run.size() - 1);
        assertThat(last.threshold()).isEqualTo(0.25);
        assertThat(last.status()).isEqualTo(StepResult.CONVERGED);
        for (int i = 1; i < run.size(); i++) {
            assertThat(run.get(i).point().tpr()).as("TPR never falls as the threshold falls")
                    .isGreaterThanOrEqualTo(run.get(i - 1).point().tpr());
            assertThat(run.get(i).point().fpr()).isGreaterThanOrEqualTo(run.get(i - 1).point().fpr());
        }
    }

    @Test
    void theDefaultRunTracesBothCurvesWholeToEveryRowPredictedPositive() {
        List<RocPrSnapshot> run = run(data(), factory.defaults());
        RocPrSnapshot last = run.get(run.size() - 1);
        assertThat(last.threshold()).isZero();
        assertThat(last.point().fpr()).isEqualTo(1.0);
        assertThat(last.point().tpr()).isEqualTo(1.0);
        assertThat(last.point().precision().value()).as("precision at t = 0 is the prevalence").isEqualTo(0.5);
        assertThat(last.curves().rocPointsAtLeast(0)).isEqualTo(last.curves().roc().fpr().length);
        assertThat(last.metrics().values()).containsKeys("compared_roc_auc", "compared_average_precision",
                "roc_curve_fpr", "precision_recall_curve_thresholds");
    }

    @ParameterizedTest
    @ValueSource(strings = {"logistic-regression", "knn", "naive-bayes"})
    void theCurvesAreTheLibrarysAndTheAreasTheirs(String model) {
        RocPrSnapshot s = run(data(), factory.defaults().with("model", model)).get(0);
        ScoredRows rows = s.curves().rows();
        int[] positive = new int[rows.size()];
        double[] scores = new double[rows.size()];
        for (int i = 0; i < positive.length; i++) {
            positive[i] = rows.label(i) == 1 ? 1 : 0;
            scores[i] = rows.score(i);
        }
        RankedScores ranked = RankedScores.of(positive, scores, 1);
        RocCurve roc = ThresholdCurves.roc(ranked, true);
        PrecisionRecallCurve pr = ThresholdCurves.precisionRecall(ranked);
        assertThat(s.curves().roc().fpr()).containsExactly(roc.fpr());
        assertThat(s.curves().roc().tpr()).containsExactly(roc.tpr());
        assertThat(s.curves().roc().thresholds()).containsExactly(roc.thresholds());
        assertThat(s.curves().precisionRecall().precision()).containsExactly(pr.precision());
        assertThat(s.curves().precisionRecall().recall()).containsExactly(pr.recall());
        assertThat(s.scalar("roc_auc")).isEqualTo(ThresholdCurves.rocAuc(ranked));
        assertThat(s.scalar("average_precision")).isEqualTo(ThresholdCurves.averagePrecision(ranked));
    }

    @ParameterizedTest
    @ValueSource(strings = {"logistic-regression", "knn", "naive-bayes"})
    void theTracedPointAtEveryThresholdLiesOnBothCurves(String model) {
        for (RocPrSnapshot s : run(data(), factory.defaults().with("model", model).with("notches", 50))) {
            OperatingPoint p = s.point();
            RocCurve roc = s.curves().roc();
            assertThat(onPolyline(roc.fpr(), roc.tpr(), p.fpr(), p.tpr()))
                    .as(model + " (FPR, TPR) at t = " + s.threshold()).isTrue();
            PrecisionRecallCurve pr = s.curves().precisionRecall();
            if (p.truePositives() + p.falsePositives() > 0) {
                assertThat(isVertex(pr.recall(), pr.precision(), p.recall(), p.precision().value()))
                        .as(model + " (recall, precision) at t = " + s.threshold()).isTrue();
            } else {
                assertThat(p.precision().isWellDefined()).isFalse();
            }
            OperatingPoint brute = bruteForce(s.curves().rows(), s.threshold());
            assertThat(p.truePositives()).isEqualTo(brute.truePositives());
            assertThat(p.falsePositives()).isEqualTo(brute.falsePositives());
        }
    }

    @Test
    void theTracedPartsCountTheCurvesPointsAtOrAboveTheThreshold() {
        RocPrSnapshot s = run(data(), factory.defaults().with("model", "knn").with("threshold", 0.6)).get(0);
        ModelCurves c = s.curves();
        for (double t : new double[] {1.0, 0.8, 0.6, 0.4, 0.2, 0.0}) {
            assertThat(c.rocPointsAtLeast(t)).isEqualTo(countAtLeast(c.roc().thresholds(), t));
            assertThat(c.precisionRecallPointsAtLeast(t)).isEqualTo(countAtLeast(c.precisionRecall().thresholds(), t));
        }
    }

    @Test
    void withoutASecondModelNoComparedMetricIsReported() {
        RocPrSnapshot s = run(data(), factory.defaults().with("compareWith", "none")).get(0);
        assertThat(s.comparedCurves()).isEmpty();
        assertThat(s.metrics().values()).doesNotContainKey("compared_roc_auc");
        assertThat(s.narration()).doesNotContain("k-NN").startsWith("Threshold 1.000 passes logistic regression's 0 of the 30");
    }

    @Test
    void aThresholdAboveEveryScoreLeavesPrecisionIllDefinedWithASentence() {
        RocPrSnapshot first = run(data(), factory.defaults().with("compareWith", "none")).get(0);
        assertThat(first.point().truePositives() + first.point().falsePositives())
                .as("no logistic probability on moons reaches 1").isZero();
        assertThat(first.scalar("precision")).isZero();
        assertThat(first.narration()).contains("precision 0/0 as nothing is predicted positive, reported 0");
    }

    @Test
    void moreClassesAreOneVsRestForThePositiveClass() {
        Dataset iris = BuiltInDatasets.load("iris");
        RocPrSnapshot s = run(iris, factory.defaults().with("positiveClass", 2).with("threshold", 0.5)).get(0);
        ScoredRows rows = s.curves().rows();
        int[] y = rows.labels();
        double[][] proba = new double[y.length][3];
        for (int i = 0; i < y.length; i++) {
            for (int k = 0; k < 3; k++) {
                proba[i][k] = rows.probability(i, k);
            }
        }
        int[] virginica = java.util.Arrays.stream(y).map(c -> c == 2 ? 1 : 0).toArray();
        double[] column = java.util.Arrays.stream(proba).mapToDouble(r -> r[2]).toArray();
        assertThat(s.scalar("roc_auc")).isCloseTo(ThresholdCurves.rocAuc(RankedScores.of(virginica, column, 1)),
                within(1e-15));
    }

    @Test
    void badInputIsRefusedWithOneSentence() {
        Dataset moons = data();
        assertThatThrownBy(() -> factory.defaults().with("threshold", 1.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'threshold'");
        assertThatThrownBy(() -> factory.defaults().with("threshold", -0.1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'threshold'");
        Dataset oneClass = EvaluationFixtures.oneClass(moons);
        assertThatThrownBy(() -> factory.create(oneClass, factory.defaults(), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("ROC and precision-recall curves need rows of at least two classes");
    }

    /** True when (x, y) lies on a segment of the polyline (to rounding). */
    static boolean onPolyline(double[] xs, double[] ys, double x, double y) {
        for (int i = 1; i < xs.length; i++) {
            double dx = xs[i] - xs[i - 1];
            double dy = ys[i] - ys[i - 1];
            boolean within = x >= Math.min(xs[i - 1], xs[i]) - 1e-12 && x <= Math.max(xs[i - 1], xs[i]) + 1e-12
                    && y >= Math.min(ys[i - 1], ys[i]) - 1e-12 && y <= Math.max(ys[i - 1], ys[i]) + 1e-12;
            if (within && Math.abs(dx * (y - ys[i - 1]) - dy * (x - xs[i - 1])) < 1e-12) {
                return true;
            }
        }
        return false;
    }

    private static boolean isVertex(double[] xs, double[] ys, double x, double y) {
        for (int i = 0; i < xs.length; i++) {
            if (Math.abs(xs[i] - x) < 1e-15 && Math.abs(ys[i] - y) < 1e-15) {
                return true;
            }
        }
        return false;
    }

    private static OperatingPoint bruteForce(ScoredRows rows, double t) {
        double tp = 0;
        double fp = 0;
        double positives = 0;
        for (int i = 0; i < rows.size(); i++) {
            boolean positive = rows.label(i) == rows.positiveClass();
            positives += positive ? 1 : 0;
            if (rows.score(i) >= t) {
                tp += positive ? 1 : 0;
                fp += positive ? 0 : 1;
            }
        }
        return new OperatingPoint(t, tp, fp, positives, rows.size() - positives);
    }

    private static int countAtLeast(double[] values, double t) {
        return (int) java.util.Arrays.stream(values).filter(v -> v >= t).count();
    }
}
