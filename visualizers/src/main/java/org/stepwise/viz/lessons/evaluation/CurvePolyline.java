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
 *
 * <p>A curve of many thousand points (hundreds of thousands of scored rows) is thinned to the
 * points that move at least a 1500th of the plot ({@link #STEP}) from the last one kept, about a
 * pixel of the widest plot: the traced part is redrawn each frame while the learner drags, and a path
 * of every point would cost the renderer more than a frame. {@code source[i]} is point i's index
 * in the whole curve (null when nothing was thinned).
 */
record CurvePolyline(double[] xs, double[] ys, ModelCurves curves, boolean roc, int[] source) {

    /** Curves of up to this many points are drawn whole. */
    static final int THIN_FROM = 4000;
    /** The least move, as a share of the unit square, of a point kept when thinning. */
    static final double STEP = 1.0 / 1500;

    static CurvePolyline of(TracedCurvePlot.Kind kind, ModelCurves curves) {
        if (kind == TracedCurvePlot.Kind.ROC) {
            RocCurve roc = curves.roc();
            return thinned(roc.fpr(), roc.tpr(), curves, true);
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
        return thinned(xs, ys, curves, false);
    }

    private static CurvePolyline thinned(double[] xs, double[] ys, ModelCurves curves, boolean roc) {
        int n = xs.length;
        if (n <= THIN_FROM) {
            return new CurvePolyline(xs, ys, curves, roc, null);
        }
        int[] kept = new int[n];
        int count = 1;
        for (int i = 1; i < n; i++) {
            int last = kept[count - 1];
            if (i == n - 1 || Math.abs(xs[i] - xs[last]) >= STEP || Math.abs(ys[i] - ys[last]) >= STEP) {
                kept[count++] = i;
            }
        }
        double[] keptXs = new double[count];
        double[] keptYs = new double[count];
        for (int k = 0; k < count; k++) {
            keptXs[k] = xs[kept[k]];
            keptYs[k] = ys[kept[k]];
        }
        return new CurvePolyline(keptXs, keptYs, curves, roc, java.util.Arrays.copyOf(kept, count));
    }

    /**
     * The threshold that puts the operating point on point i of the polyline, at most 1 (the
     * {@code threshold} parameter's range): the curve's own threshold there; NaN for a corner of
     * the precision–recall steps, which is no operating point. The first point, which no score
     * reaches, gets 1 (the same point unless a row scores 1).
     */
    double thresholdOf(int point) {
        int i = source == null ? point : source[point];
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
        int whole = roc ? curves.rocPointsAtLeast(t) : 1 + 2 * curves.precisionRecallPointsAtLeast(t);
        if (source == null) {
            return whole;
        }
        // The kept points among the first `whole`: those whose index in the curve is below it.
        int low = 0;
        int high = source.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (source[mid] < whole) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return Math.max(1, low);
    }
}
