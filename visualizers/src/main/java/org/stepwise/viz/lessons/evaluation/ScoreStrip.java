package org.stepwise.viz.lessons.evaluation;

import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.canvas.GraphicsContext;
import org.stepwise.algo.Domain;
import org.stepwise.algo.evaluation.ConfusionMatrixSnapshot;
import org.stepwise.algo.evaluation.ScoredRows;
import org.stepwise.viz.view.OverlayPen;
import org.stepwise.viz.view.PlotTransform;
import org.stepwise.viz.view.XYChartView;

/**
 * The scored rows along the probability line: each held-out row at x = P(positive class), in the
 * upper lane when it truly is of the positive class and the lower lane when not (spread a little
 * within its lane so that rows of close scores stay apart), coloured by its true class. The
 * threshold is a vertical line with the predicted-positive side shaded; rows it gets wrong are
 * crossed (false negatives left of it in the upper lane, false positives right of it in the lower).
 * The points are drawn once per run; a step moves only the overlay, on the plot's top canvas.
 */
final class ScoreStrip {

    private static final double SPREAD = 0.32;
    /**
     * Above this many rows the mistakes are not crossed one by one (thousands of crosses cost the
     * renderer several frames each time the learner drags the threshold); the two lanes' wrong
     * sides are shaded instead: with two classes, exactly where the mistakes lie.
     */
    static final int CROSSED_ROWS = 5000;

    private final XYChartView view = new XYChartView();
    private ScoredRows shown;

    Node node() { return view; }

    XYChartView plot() { return view; }

    void setDark(boolean dark) { view.setDark(dark); }

    /**
     * Where the learner puts the threshold on the strip: under the pointer, to the thousandth (the
     * precision it is written with); the arrow keys move it to the next hundredth.
     */
    ThresholdDrag.Target target() {
        return new ThresholdDrag.Target() {
            @Override
            public double thresholdAt(double x, double y) {
                PlotTransform t = view.transform();
                return t == null ? Double.NaN : Math.round(t.toDataX(x) * 1000) / 1000.0;
            }

            @Override
            public double next(double t, int direction) {
                double hundredths = direction > 0 ? Math.floor(t * 100 + 1e-9) + 1 : Math.ceil(t * 100 - 1e-9) - 1;
                return hundredths / 100;
            }
        };
    }

    void show(ConfusionMatrixSnapshot snapshot) {
        view.change(() -> {
            ScoredRows rows = snapshot.rows();
            if (rows != shown) {
                shown = rows;
                showRows(rows);
            }
            view.setOverlay(pen -> draw(pen, snapshot));
        });
    }

    private void showRows(ScoredRows rows) {
        int n = rows.size();
        double[] xs = new double[n];
        double[] ys = new double[n];
        int[] classes = new int[n];
        for (int i = 0; i < n; i++) {
            xs[i] = rows.score(i);
            ys[i] = laneY(rows, i);
            classes[i] = rows.label(i);
        }
        String positiveName = rows.classNames().get(rows.positiveClass());
        String mistakes = n > CROSSED_ROWS ? "shaded = wrong side" : "✕ = wrong at this threshold";
        view.setPoints(xs, ys, "P(" + positiveName + ")   " + mistakes + " · drag the line",
                "true: other (0) · " + positiveName + " (1)");
        view.points().setAssignments(classes);
        view.setDomain(new Domain(-0.03, 1.03, -0.55, 1.55));
    }

    /**
     * Row i's height: its lane (1 truly positive, 0 not), spread within ±{@value #SPREAD} by a
     * low-discrepancy sequence (the golden ratio), so that the same row sits at the same height every run.
     */
    private static double laneY(ScoredRows rows, int i) {
        boolean positive = rows.label(i) == rows.positiveClass();
        return (positive ? 1 : 0) + SPREAD * (2 * ((i * 0.6180339887498949) % 1) - 1);
    }

    /** The upper lane left of t (false negatives) and the lower lane right of it (false positives), in red. */
    private static void shadeWrongSides(OverlayPen pen, double t) {
        PlotTransform transform = pen.transform();
        Domain d = transform.domain();
        GraphicsContext g = pen.graphics();
        g.setFill(javafx.scene.paint.Color.rgb(214, 39, 40, 0.16));
        double x0 = transform.toPixelX(d.xMin());
        double xt = transform.toPixelX(Math.max(t, d.xMin()));
        double x1 = transform.toPixelX(d.xMax());
        double upperTop = transform.toPixelY(1 + SPREAD + 0.05);
        double upperBottom = transform.toPixelY(1 - SPREAD - 0.05);
        double lowerTop = transform.toPixelY(SPREAD + 0.05);
        double lowerBottom = transform.toPixelY(-SPREAD - 0.05);
        g.fillRect(x0, upperTop, xt - x0, upperBottom - upperTop);
        g.fillRect(xt, lowerTop, x1 - xt, lowerBottom - lowerTop);
    }

    /** The threshold, the shaded predicted-positive side, the crossed mistakes and the caption. */
    static void draw(OverlayPen pen, ConfusionMatrixSnapshot snapshot) {
        ScoredRows rows = snapshot.rows();
        double t = snapshot.threshold();
        PlotTransform transform = pen.transform();
        Domain d = transform.domain();
        GraphicsContext g = pen.graphics();
        double left = transform.toPixelX(Math.max(t, d.xMin()));
        double right = transform.toPixelX(d.xMax());
        g.setFill(pen.ink().deriveColor(0, 1, 1, 0.07));
        g.fillRect(left, transform.toPixelY(d.yMax()), right - left, transform.toPixelY(d.yMin()) - transform.toPixelY(d.yMax()));
        pen.segment(t, d.yMin(), t, d.yMax(), pen.ink(), 3);
        // The handle the learner takes hold of, above the upper lane.
        pen.dot(t, d.yMax() - 0.1, 9, pen.ink());
        if (rows.size() > CROSSED_ROWS) {
            shadeWrongSides(pen, t);
        } else {
            for (int i = 0; i < rows.size(); i++) {
                boolean positive = rows.label(i) == rows.positiveClass();
                boolean predictedPositive = rows.score(i) >= t;
                if (positive != predictedPositive) {
                    pen.cross(rows.score(i), laneY(rows, i), 7, pen.ink(), 2);
                }
            }
        }
        String label = String.format(Locale.ROOT, "t = %.3f", t);
        pen.label(t < 0.75 ? t : t - 0.22, d.yMin() + 0.02, label, pen.ink(), 15);
    }
}
