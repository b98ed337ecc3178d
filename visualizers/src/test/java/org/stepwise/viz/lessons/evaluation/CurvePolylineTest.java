package org.stepwise.viz.lessons.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.stepwise.algo.evaluation.ModelCurves;
import org.stepwise.algo.evaluation.RocPrFactory;
import org.stepwise.data.GeneratorOptions;
import org.stepwise.data.Generators;

/**
 * A curve of many thousand points is drawn thinned: each kept point is the whole curve's point it
 * came from, no dropped point lies farther than a step from the kept one before it, and the traced
 * part ends where the whole curve's traced part ends, within a step.
 */
class CurvePolylineTest {

    private final ModelCurves curves = new RocPrFactory().create(
            Generators.generate("moons", new GeneratorOptions(20_000, 0.35, 2, 0)),
            new RocPrFactory().defaults().with("compareWith", "none"), 0).snapshot().curves();

    @Test
    void aLongCurveIsThinnedToPointsOfTheWholeCurveAndTracesToTheSamePlace() {
        for (TracedCurvePlot.Kind kind : TracedCurvePlot.Kind.values()) {
            CurvePolyline thin = CurvePolyline.of(kind, curves);
            double[] wholeXs = kind == TracedCurvePlot.Kind.ROC ? curves.roc().fpr() : null;
            int wholeLength = kind == TracedCurvePlot.Kind.ROC ? wholeXs.length : 2 * curves.precisionRecall().thresholds().length + 1;
            if (kind == TracedCurvePlot.Kind.PRECISION_RECALL) {
                assertThat(wholeLength).as("6,000 held-out rows' steps").isGreaterThan(CurvePolyline.THIN_FROM);
            }
            if (wholeLength <= CurvePolyline.THIN_FROM) {
                // The ROC curve without its intermediate points may be short enough to draw whole.
                assertThat(thin.source()).isNull();
                continue;
            }
            assertThat(thin.xs().length).isLessThan(CurvePolyline.THIN_FROM * 3);
            for (int i = 1; i < thin.source().length; i++) {
                assertThat(thin.source()[i]).isGreaterThan(thin.source()[i - 1]);
            }
            if (wholeXs != null) {
                for (int i = 0; i < thin.xs().length; i++) {
                    assertThat(thin.xs()[i]).isEqualTo(wholeXs[thin.source()[i]]);
                    assertThat(thin.thresholdOf(i)).isEqualTo(Math.min(1.0, curves.roc().thresholds()[thin.source()[i]]));
                }
            }
            for (double t : new double[] {0.0, 0.2, 0.5, 0.8, 0.99}) {
                int traced = thin.tracedCount(t);
                int whole = kind == TracedCurvePlot.Kind.ROC ? curves.rocPointsAtLeast(t)
                        : 1 + 2 * curves.precisionRecallPointsAtLeast(t);
                assertThat(thin.source()[traced - 1]).as("%s at t = %s", kind, t).isLessThan(whole);
                if (traced < thin.source().length) {
                    assertThat(thin.source()[traced]).isGreaterThanOrEqualTo(whole);
                }
            }
        }
    }

    @Test
    void aShortCurveIsDrawnWhole() {
        ModelCurves small = new RocPrFactory().create(new ConfusionMatrixLesson().defaultData(),
                new RocPrFactory().defaults(), 0).snapshot().curves();
        assertThat(CurvePolyline.of(TracedCurvePlot.Kind.ROC, small).source()).isNull();
        assertThat(CurvePolyline.of(TracedCurvePlot.Kind.ROC, small).xs()).isEqualTo(small.roc().fpr());
    }
}
