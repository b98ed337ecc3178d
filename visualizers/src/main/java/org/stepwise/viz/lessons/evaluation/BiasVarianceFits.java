package org.stepwise.viz.lessons.evaluation;

import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import org.stepwise.algo.Domain;
import org.stepwise.algo.evaluation.BiasVarianceSnapshot;
import org.stepwise.viz.view.ColorMaps;
import org.stepwise.viz.view.OverlayPen;
import org.stepwise.viz.view.PlotTransform;
import org.stepwise.viz.view.XYChartView;
import org.stepwise.viz.lessons.evaluation.SwatchKey.Entry;
import org.stepwise.viz.lessons.evaluation.SwatchKey.Swatch;

/**
 * The chosen degree's fits: every set's fit faint (the latest {@link #FAINT_CURVES}, so a long
 * run stays one frame), their mean bold, the true function dashed, and the set just drawn as
 * points. Everything here changes each step, so all of it is the top canvas's overlay; the axes,
 * fixed for the run (the function's range and three noise deviations, room for the key below), are the base canvas's.
 */
final class BiasVarianceFits {

    /** At most this many fits drawn faint (the mean is over every set). */
    static final int FAINT_CURVES = 100;
    static final Color FIT = ColorMaps.classColor(0);
    static final Color MEAN = XYChartView.CURVE;
    static final Color POINTS = ColorMaps.classColor(1);

    private final XYChartView view = new XYChartView();

    BiasVarianceFits() {
        view.setPoints(new double[0], new double[0], "x", "y");
    }

    Node node() { return view; }

    XYChartView plot() { return view; }

    void setDark(boolean dark) { view.setDark(dark); }

    void show(BiasVarianceSnapshot s) {
        double reach = Math.max(2.2, 1.2 + 3 * s.sigma());
        view.change(() -> {
            view.setDomain(new Domain(-1.05, 1.05, -reach, reach));
            view.setOverlay(pen -> draw(pen, s));
        });
    }

    private static void draw(OverlayPen pen, BiasVarianceSnapshot s) {
        int grid = BiasVarianceSnapshot.gridSize();
        if (s.drawn() > 0) {
            drawFaintFits(pen, s);
        }
        GraphicsContext g = pen.graphics();
        g.setLineDashes(9 * pen.scale(), 7 * pen.scale());
        pen.curve(BiasVarianceSnapshot::truth, pen.ink(), 3);
        g.setLineDashes((double[]) null);
        if (s.drawn() > 0) {
            double[] xs = new double[grid];
            double[] ys = new double[grid];
            for (int j = 0; j < grid; j++) {
                xs[j] = BiasVarianceSnapshot.gridX(j);
                ys[j] = s.meanCurve(j);
            }
            pen.path(xs, ys, grid, MEAN, 4.5);
            double[] px = s.lastXs();
            double[] py = s.lastYs();
            for (int i = 0; i < px.length; i++) {
                pen.mark(px[i], py[i], 0, 5, POINTS, false);
            }
            int d = s.degree();
            pen.caption(15, String.format(Locale.ROOT, "degree %d, %d of %d sets", d, s.drawn(), s.sets()),
                    String.format(Locale.ROOT, "bias² %.3f  variance %.3f", s.biasSquared(d), s.variance(d)),
                    String.format(Locale.ROOT, "test MSE %.3f  train %.3f", s.mse(d), s.trainMse(d)));
        } else {
            pen.caption(15, String.format(Locale.ROOT, "degree %d: no set drawn yet", s.degree()));
        }
        SwatchKey.draw(pen, SwatchKey.Corner.BOTTOM_LEFT, new Entry("each set's fit", FIT, Swatch.LINE),
                new Entry("mean of the fits", MEAN, Swatch.LINE),
                new Entry("true function", pen.ink(), Swatch.DASHED),
                new Entry("latest set's points", POINTS, Swatch.BLOCK));
    }

    /** The latest fits as one faint path, so the renderer strokes once however many there are. */
    private static void drawFaintFits(OverlayPen pen, BiasVarianceSnapshot s) {
        GraphicsContext g = pen.graphics();
        PlotTransform t = pen.transform();
        g.setStroke(FIT.deriveColor(0, 1, 1, s.drawn() < 10 ? 0.55 : 0.25));
        g.setLineWidth(1.5 * pen.scale());
        g.setLineCap(StrokeLineCap.BUTT);
        double top = t.top() - t.height();
        double bottom = t.top() + 2 * t.height();
        g.beginPath();
        for (int set = Math.max(0, s.drawn() - FAINT_CURVES); set < s.drawn(); set++) {
            for (int j = 0; j < BiasVarianceSnapshot.gridSize(); j++) {
                double px = t.toPixelX(BiasVarianceSnapshot.gridX(j));
                double py = Math.max(top, Math.min(bottom, t.toPixelY(s.curve(set, j))));
                if (j == 0) {
                    g.moveTo(px, py);
                } else {
                    g.lineTo(px, py);
                }
            }
        }
        g.stroke();
    }
}
