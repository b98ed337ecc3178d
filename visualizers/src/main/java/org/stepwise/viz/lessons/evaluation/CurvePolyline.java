package org.stepwise.viz.lessons.evaluation;

import org.stepwise.algo.evaluation.ModelCurves;
import org.stepwise.algo.evaluation.PrecisionRecallCurve;
import org.stepwise.algo.evaluation.RocCurve;

/**
 * A classifier's curve as the points to draw, in the order a falling threshold traces them: the
 * ROC curve's points as {@code roc_curve} gives them (from (0, 0)); the precision–recall curve's
 * from its (recall 0, precision 1) end, in steps (each recall interval at the precision of its
 * right end, the area average precision sums). {@link #tracedCount} says how many points the
 * thresholds of at least t have drawn. The arrays are not to be modified.
 */
record CurvePolyline(double[] xs, double[] ys, ModelCurves curves, boolean roc) {

    static CurvePolyline of(TracedCurvePlot.Kind kind, ModelCurves curves) {
        if (kind == TracedCurvePlot.Kind.ROC) {
            RocCurve roc = curves.roc();
            return new CurvePolyline(roc.fpr(), roc.tpr(), curves, true);
        }
        PrecisionRecallCurve pr = curves.precisionRecall();
        int m = pr.thresholds().length;
        double[] xs = new double[2 * m + 1];
        double[] ys = new double[2 * m + 1];
        xs[0] = pr.recall()[m];
        ys[0] = pr.precision()[m];
        for (int k = 1; k <= m; k++) {
            // From the point of the next higher threshold straight up (or down) to this precision, then across.
            xs[2 * k - 1] = pr.recall()[m - k + 1];
            ys[2 * k - 1] = pr.precision()[m - k];
            xs[2 * k] = pr.recall()[m - k];
            ys[2 * k] = pr.precision()[m - k];
        }
        return new CurvePolyline(xs, ys, curves, false);
    }

    /**
     * The threshold that puts the operating point on point i of the polyline, at most 1 (the
     * {@code threshold} parameter's range): the curve's own threshold there; NaN for a corner of
     * the precision–recall steps, which is no operating point. The first point, which no score
     * reaches, gets 1 (the same point unless a row scores 1).
     */
    double thresholdOf(int i) {
        if (i == 0) {
            return 1.0;
        }
        if (roc) {
            return Math.min(1.0, curves.roc().thresholds()[i]);
        }
        int m = curves.precisionRecall().thresholds().length;
        return i % 2 == 1 ? Double.NaN : Math.min(1.0, curves.precisionRecall().thresholds()[m - i / 2]);
    }

    /** The number of leading points that thresholds of at least t have traced (at least the first). */
    int tracedCount(double t) {
        return roc ? curves.rocPointsAtLeast(t) : 1 + 2 * curves.precisionRecallPointsAtLeast(t);
    }
}
