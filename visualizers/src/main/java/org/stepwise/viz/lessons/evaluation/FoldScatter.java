package org.stepwise.viz.lessons.evaluation;

import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import org.stepwise.algo.evaluation.CrossValidationSnapshot;
import org.stepwise.algo.evaluation.Split;
import org.stepwise.data.Dataset;
import org.stepwise.viz.view.ColorMaps;
import org.stepwise.viz.view.OverlayPen;
import org.stepwise.viz.view.XYChartView;

/**
 * The data on its first two features, coloured and shaped by class (drawn once per run, on the base
 * canvas), and on the top canvas the current fold: its validation rows ringed, those the fold's
 * model got wrong crossed, and the rows no fold of a time-series split has reached yet faded out.
 * The training rows are the others, left as they are. With the group scheme, the bands of the first
 * feature are drawn as faint vertical lines, so a fold's validation rows are seen to be whole bands.
 */
final class FoldScatter {

    /** The ring of a validation row: vermillion, apart from the class colours. */
    static final Color VALIDATION = ColorMaps.classColor(3);

    private final XYChartView view = new XYChartView();
    private Dataset shown;

    Node node() { return view; }

    XYChartView plot() { return view; }

    void setDark(boolean dark) { view.setDark(dark); }

    void show(CrossValidationSnapshot s, Dataset data) {
        view.change(() -> {
            if (data != shown) {
                shown = data;
                showClasses(view, data);
            }
            view.setOverlay(pen -> draw(pen, s, data));
        });
    }

    /** The data's rows on its first two features (the second at 0 when there is one), by class colour and shape. */
    static void showClasses(XYChartView view, Dataset data) {
        double[] xs = new double[data.size()];
        double[] ys = new double[data.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = data.feature(i, 0);
            ys[i] = y(data, i);
        }
        view.setPoints(xs, ys, data.featureNames().get(0), data.featureCount() > 1 ? data.featureNames().get(1) : "");
        view.points().setAssignments(data.labels());
        view.points().setShapes(true);
    }

    private static void draw(OverlayPen pen, CrossValidationSnapshot s, Dataset data) {
        Split fold = s.folds().get(s.currentFold());
        if (s.scheme().equals("group")) {
            drawBands(pen, s, data);
        }
        boolean[] used = new boolean[data.size()];
        for (int i : fold.train()) {
            used[i] = true;
        }
        for (int i : fold.test()) {
            used[i] = true;
            pen.ring(data.feature(i, 0), y(data, i), 10, VALIDATION, 3);
        }
        // Rows no fold has reached yet (a time-series split's later rows): veiled in the paper's colour.
        var g = pen.graphics();
        g.setFill(pen.paper().deriveColor(0, 1, 1, 0.8));
        double r = 8 * pen.scale();
        int unused = 0;
        for (int i = 0; i < used.length; i++) {
            if (!used[i]) {
                unused++;
                g.fillOval(pen.transform().toPixelX(data.feature(i, 0)) - r, pen.transform().toPixelY(y(data, i)) - r,
                        2 * r, 2 * r);
            }
        }
        if (s.done() > 0) {
            for (int i : s.wrong()) {
                pen.cross(data.feature(i, 0), y(data, i), 14, pen.ink(), 3);
            }
        }
        String state = s.done() == 0 ? "next" : "scored";
        String first = String.format(Locale.ROOT, "fold %d of %d (%s): %d training rows", s.currentFold() + 1,
                s.folds().size(), state, fold.train().length);
        String second = String.format(Locale.ROOT, "ringed: its %d validation rows%s", fold.test().length,
                s.done() > 0 ? ", ✕ wrong" : "");
        if (unused > 0) {
            pen.caption(15, first, second, String.format(Locale.ROOT, "veiled: %d later rows, unused", unused));
        } else {
            pen.caption(15, first, second);
        }
    }

    /** The group scheme's band edges on the first feature. */
    private static void drawBands(OverlayPen pen, CrossValidationSnapshot s, Dataset data) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        int bands = 0;
        for (int i = 0; i < data.size(); i++) {
            low = Math.min(low, data.feature(i, 0));
            high = Math.max(high, data.feature(i, 0));
            bands = Math.max(bands, s.groups()[i] + 1);
        }
        var d = pen.transform().domain();
        Color faint = pen.ink().deriveColor(0, 1, 1, 0.35);
        for (int b = 1; b < bands; b++) {
            double x = low + (high - low) * b / bands;
            pen.dashedSegment(x, d.yMin(), x, d.yMax(), faint, 1.5);
        }
    }

    static double y(Dataset data, int i) { return data.featureCount() > 1 ? data.feature(i, 1) : 0; }
}
