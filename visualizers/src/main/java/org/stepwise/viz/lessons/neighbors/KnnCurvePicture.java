package org.stepwise.viz.lessons.neighbors;

import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.stepwise.algo.neighbors.KnnRegressionSnapshot;
import org.stepwise.algo.neighbors.KnnRegressor;
import org.stepwise.data.Dataset;
import org.stepwise.viz.view.ColorMaps;
import org.stepwise.viz.view.CurvePlotView;
import org.stepwise.viz.view.OverlayPen;
import org.stepwise.viz.view.PlotTransform;
import org.stepwise.viz.view.PointEditListener;

/**
 * k-NN regression on one feature ({@code task=regress}), on the shared {@link CurvePlotView}: the
 * training points (editable), the k-NN curve of the fitted regressor (a step function: it changes
 * only where the set of k nearest changes), and the step's query: its neighbourhood as a band of
 * the x it spans, dashed lines to its k neighbours (each ringed), their mean as a bar across the
 * band with the query's prediction on it, and the residual from the point to it. The caption
 * gives the numbers and the R² so far.
 *
 * <p>The regressor is one object for a whole run: the curve is handed to the view once per run;
 * a step redraws the picture (one canvas, a few hundred points: well within a frame).
 */
final class KnnCurvePicture {

    /** The neighbours' mean, in a colour of its own beside the points' and the curve's. */
    private static final Color MEAN = ColorMaps.classColor(2);

    private final CurvePlotView view = new CurvePlotView();
    private Dataset shownData;
    private KnnRegressor shownModel;

    KnnCurvePicture() {
        view.setEditable(true);
    }

    Node node() { return view; }

    CurvePlotView plot() { return view; }

    void setDark(boolean dark) { view.setDark(dark); }

    void setPointEditListener(PointEditListener listener) { view.setPointEditListener(listener); }

    void show(KnnRegressionSnapshot snapshot, Dataset data) {
        view.change(() -> {
            KnnRegressor model = snapshot.model();
            boolean oneFeature = model.featureCount() == 1;
            if (data != shownData) {
                shownData = data;
                // Held-out rows drawn hollow; the model holds only the training rows, and the overlay draws from it.
                view.setFeatureAgainstTarget(data);
            }
            if (model != shownModel) {
                shownModel = model;
                view.setCurves(oneFeature ? model::predictAt : null, null);
            }
            view.setOverlay(oneFeature ? pen -> draw(pen, snapshot) : null);
        });
    }

    /** The step's query, its neighbours and their mean; the caption. */
    static void draw(OverlayPen pen, KnnRegressionSnapshot snapshot) {
        KnnRegressor model = snapshot.model();
        int q = snapshot.query();
        String score = String.format(Locale.ROOT, "R² so far %s   MSE %s", number(snapshot.r2(), "%.3f"),
                number(snapshot.mse(), "%.4g"));
        if (q < 0) {
            pen.caption(17, "k = " + model.nNeighbors() + ": each point predicted by its neighbours' mean", score);
            return;
        }
        Color ink = pen.ink();
        double x = model.feature(q, 0);
        double y = model.target(q);
        double predicted = snapshot.prediction(q);
        int k = snapshot.neighbourCount();
        double radius = snapshot.distance(k - 1);
        band(pen, x - radius, x + radius);
        for (int i = 0; i < k; i++) {
            int n = snapshot.neighbour(i);
            double nx = model.feature(n, 0);
            double ny = model.target(n);
            if (n != q) {
                pen.dashedSegment(x, y, nx, ny, ink, 2);
            }
            pen.ring(nx, ny, 11, ink, 2);
        }
        // The mean across the band, the prediction on it, and the residual from the point.
        pen.segment(x - radius, predicted, x + radius, predicted, MEAN, 4);
        pen.segment(x, y, x, predicted, MEAN, 2);
        pen.ring(x, y, 20, ink, 4.5);
        pen.dot(x, predicted, 8, MEAN);
        // OverlayPen.label keeps the canvas's alignment, which the axes' tick labels leave centred.
        pen.graphics().setTextAlign(TextAlignment.LEFT);
        pen.label(x + radius, predicted, (model.distanceWeights() ? "weighted mean " : "mean ")
                + String.format(Locale.ROOT, "%.3g", predicted), MEAN, 17);
        pen.caption(17, String.format(Locale.ROOT, "point %d: y = %.3g, its %d nearest → ŷ = %.3g", q, y, k,
                predicted), score);
    }

    /** The x the neighbours span, shaded faintly from the plot's top to its bottom. */
    private static void band(OverlayPen pen, double from, double to) {
        PlotTransform t = pen.transform();
        GraphicsContext g = pen.graphics();
        double left = t.toPixelX(from);
        double right = t.toPixelX(to);
        g.setFill(pen.ink().deriveColor(0, 1, 1, 0.08));
        g.fillRect(left, t.top(), Math.max(right - left, 1), t.height());
        g.setStroke(pen.ink().deriveColor(0, 1, 1, 0.35));
        g.setLineWidth(1.5 * pen.scale());
        g.strokeLine(left, t.top(), left, t.top() + t.height());
        g.strokeLine(right, t.top(), right, t.top() + t.height());
    }

    private static String number(double value, String format) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, format, value) : "–";
    }
}
