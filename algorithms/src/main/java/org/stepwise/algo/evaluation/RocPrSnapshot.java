package org.stepwise.algo.evaluation;

import java.util.Optional;
import org.stepwise.algo.Metrics;
import org.stepwise.algo.Scalars;
import org.stepwise.algo.Snapshot;
import org.stepwise.algo.StepResult;

/**
 * One threshold's operating point on the ROC and precision–recall curves of one classifier (and of
 * a second, compared, when there is one), under scikit-learn's names: {@code threshold}, the
 * current point's {@code fpr}, {@code tpr}, {@code precision} and {@code recall}, and the
 * threshold-free {@code roc_auc} and {@code average_precision}; the compared classifier's under the
 * same names with {@code compared_} before them; and the first classifier's curves as
 * {@code roc_curve_fpr}, {@code roc_curve_tpr}, {@code roc_curve_thresholds},
 * {@code precision_recall_curve_precision}, {@code precision_recall_curve_recall} and
 * {@code precision_recall_curve_thresholds} (the arrays scikit-learn returns). Immutable.
 */
public final class RocPrSnapshot implements Snapshot {

    private static final Scalars<RocPrSnapshot> SCALARS = Scalars.<RocPrSnapshot>builder()
            .scalar("threshold", RocPrSnapshot::threshold)
            .scalar("fpr", s -> s.point.fpr())
            .scalar("tpr", s -> s.point.tpr())
            .scalar("precision", s -> s.point.precision().value())
            .scalar("recall", s -> s.point.recall())
            .scalar("roc_auc", s -> s.curves.rocAuc())
            .scalar("average_precision", s -> s.curves.averagePrecision())
            .count("true_positives", s -> s.point.truePositives())
            .count("false_positives", s -> s.point.falsePositives())
            .count("n_scored", s -> s.curves.rows().size())
            .scalarWhileDefined("compared_fpr", s -> s.compared(OperatingPoint::fpr))
            .scalarWhileDefined("compared_tpr", s -> s.compared(OperatingPoint::tpr))
            .scalarWhileDefined("compared_precision", s -> s.compared(p -> p.precision().value()))
            .scalarWhileDefined("compared_recall", s -> s.compared(OperatingPoint::recall))
            .scalarWhileDefined("compared_roc_auc", s -> s.compared(p -> s.comparedCurves.rocAuc()))
            .scalarWhileDefined("compared_average_precision", s -> s.compared(p -> s.comparedCurves.averagePrecision()))
            .build();

    private final int step;
    private final StepResult status;
    private final double threshold;
    private final double notch;
    private final ModelCurves curves;
    private final OperatingPoint point;
    private final ModelCurves comparedCurves;
    private final OperatingPoint comparedPoint;

    RocPrSnapshot(int step, StepResult status, double threshold, double notch, ModelCurves curves,
                  OperatingPoint point, ModelCurves comparedCurves, OperatingPoint comparedPoint) {
        this.step = step;
        this.status = status;
        this.threshold = threshold;
        this.notch = notch;
        this.curves = curves;
        this.point = point;
        this.comparedCurves = comparedCurves;
        this.comparedPoint = comparedPoint;
    }

    @Override
    public int step() { return step; }

    @Override
    public StepResult status() { return status; }

    @Override
    public String narration() { return RocPrNarration.of(this); }

    /** The threshold on P(positive class) at this step. */
    public double threshold() { return threshold; }

    /**
     * This step's curves at another threshold, as a learner dragging the current point sees them:
     * each classifier's operating point at {@code t} by a binary search of its ranking (no sort).
     * It equals the snapshot a run whose {@code threshold} parameter is t ends with.
     */
    public RocPrSnapshot atThreshold(double t) {
        return new RocPrSnapshot(step, status, t, notch, curves, curves.at(t), comparedCurves,
                comparedCurves == null ? null : comparedCurves.at(t));
    }

    /** How far a step lowers the threshold: 1 / notches. */
    public double notch() { return notch; }

    /** The first classifier's scores and curves. */
    public ModelCurves curves() { return curves; }

    /** The first classifier's point at this threshold. */
    public OperatingPoint point() { return point; }

    /** The compared classifier's curves, when there is one. */
    public Optional<ModelCurves> comparedCurves() { return Optional.ofNullable(comparedCurves); }

    /** The compared classifier's point at this threshold, when there is one. */
    public Optional<OperatingPoint> comparedPoint() { return Optional.ofNullable(comparedPoint); }

    /** The positive class's name. */
    public String positiveName() { return curves.rows().classNames().get(curves.rows().positiveClass()); }

    /** A value of the compared classifier's point, NaN when there is none (so the metric is left out). */
    private double compared(java.util.function.ToDoubleFunction<OperatingPoint> value) {
        return comparedPoint == null ? Double.NaN : value.applyAsDouble(comparedPoint);
    }

    @Override
    public Metrics metrics() {
        RocCurve roc = curves.roc();
        PrecisionRecallCurve pr = curves.precisionRecall();
        return SCALARS.addTo(Metrics.builder(), this)
                .vector("roc_curve_fpr", roc.fpr())
                .vector("roc_curve_tpr", roc.tpr())
                .vector("roc_curve_thresholds", roc.thresholds())
                .vector("precision_recall_curve_precision", pr.precision())
                .vector("precision_recall_curve_recall", pr.recall())
                .vector("precision_recall_curve_thresholds", pr.thresholds())
                .build();
    }

    @Override
    public double scalar(String name) { return SCALARS.value(this, name); }
}
