package org.stepwise.viz.lessons.evaluation;

import javafx.scene.Node;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.stepwise.algo.Domain;
import org.stepwise.algo.evaluation.BiasVarianceSnapshot;
import org.stepwise.viz.lessons.evaluation.SwatchKey.Entry;
import org.stepwise.viz.lessons.evaluation.SwatchKey.Swatch;
import org.stepwise.viz.view.ColorMaps;
import org.stepwise.viz.view.OverlayPen;
import org.stepwise.viz.view.PlotTransform;
import org.stepwise.viz.view.XYChartView;

/**
 * Error against degree: at every degree a bar of noise, bias² and variance stacked, whose top is
 * the test MSE (the line through the tops: the decomposition adds up), and the training MSE as a
 * second line that only falls; the chosen degree's bar outlined (its numbers are the fits plot's
 * caption). The vertical axis is fitted to degree 1's errors: a high degree's test error may
 * leave the chart, its bar running off the top (the number is in the narration).
 */
final class BiasVarianceErrors {

    static final Color BIAS = ColorMaps.classColor(0);
    static final Color VARIANCE = ColorMaps.classColor(1);
    static final Color TEST = XYChartView.CURVE;
    static final Color TRAIN = ColorMaps.classColor(2);
    private static final double HALF_BAR = 0.32;

    private final XYChartView view = new XYChartView();

    BiasVarianceErrors() {
        view.setPoints(new double[0], new double[0], "polynomial degree", "mean squared error");
    }

    Node node() { return view; }

    XYChartView plot() { return view; }

    void setDark(boolean dark) { view.setDark(dark); }

    void show(BiasVarianceSnapshot s) {
        view.change(() -> {
            view.setDomain(new Domain(0.4, s.maxDegree() + 0.6, 0, top(s)));
            view.setOverlay(pen -> draw(pen, s));
        });
    }

    /** The axis's top: degree 1's errors (or twice the noise before any set) with room above for the key. */
    static double top(BiasVarianceSnapshot s) {
        double noise = s.sigma() * s.sigma();
        double first = s.drawn() == 0 ? 0 : Math.max(s.mse(1), s.trainMse(1));
        return 1.6 * Math.max(Math.max(first, 2 * noise), 0.05);
    }

    private static void draw(OverlayPen pen, BiasVarianceSnapshot s) {
        if (s.drawn() == 0) {
            pen.caption(15, "no training set drawn yet");
            return;
        }
        double top = pen.transform().domain().yMax();
        double noise = s.sigma() * s.sigma();
        int degrees = s.maxDegree();
        double[] xs = new double[degrees];
        double[] test = new double[degrees];
        double[] train = new double[degrees];
        for (int k = 1; k <= degrees; k++) {
            xs[k - 1] = k;
            test[k - 1] = Math.min(s.mse(k), top);
            train[k - 1] = Math.min(s.trainMse(k), top);
            stack(pen, k, noise, s.biasSquared(k), s.variance(k), top, k == s.degree());
        }
        pen.path(xs, train, degrees, TRAIN, 3.5);
        pen.path(xs, test, degrees, TEST, 3.5);
        for (int k = 0; k < degrees; k++) {
            pen.dot(xs[k], test[k], 5, TEST);
            pen.dot(xs[k], train[k], 5, TRAIN);
        }
        SwatchKey.draw(pen, SwatchKey.Corner.TOP_RIGHT, new Entry("test MSE", TEST, Swatch.LINE), new Entry("training MSE", TRAIN, Swatch.LINE),
                new Entry("variance", VARIANCE.deriveColor(0, 1, 1, 0.75), Swatch.BLOCK),
                new Entry("bias²", BIAS.deriveColor(0, 1, 1, 0.75), Swatch.BLOCK),
                new Entry("noise σ²", noiseColor(pen), Swatch.BLOCK));
    }

    /** Degree k's bar: noise at the bottom, bias² on it, variance on top (each cut at the axis's top). */
    private static void stack(OverlayPen pen, int k, double noise, double bias, double variance, double top,
                              boolean chosen) {
        GraphicsContext g = pen.graphics();
        PlotTransform t = pen.transform();
        double left = t.toPixelX(k - HALF_BAR);
        double width = t.toPixelX(k + HALF_BAR) - left;
        double[] parts = {noise, bias, variance};
        Color[] colors = {noiseColor(pen), BIAS.deriveColor(0, 1, 1, 0.75), VARIANCE.deriveColor(0, 1, 1, 0.75)};
        double base = 0;
        for (int i = 0; i < parts.length; i++) {
            double from = Math.min(base, top);
            double to = Math.min(base + parts[i], top);
            g.setFill(colors[i]);
            g.fillRect(left, t.toPixelY(to), width, t.toPixelY(from) - t.toPixelY(to));
            base += parts[i];
        }
        if (chosen) {
            g.setStroke(pen.ink());
            g.setLineWidth(2.5 * pen.scale());
            double y = t.toPixelY(Math.min(base, top));
            g.strokeRect(left, y, width, t.toPixelY(0) - y);
        }
    }

    private static Color noiseColor(OverlayPen pen) { return pen.ink().deriveColor(0, 1, 1, 0.28); }
}
