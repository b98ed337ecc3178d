package org.stepwise.viz.lessons.evaluation;

import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.stepwise.algo.Domain;
import org.stepwise.algo.evaluation.LearningCurveSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.lessons.evaluation.SwatchKey.Entry;
import org.stepwise.viz.lessons.evaluation.SwatchKey.Swatch;
import org.stepwise.viz.view.ColorMaps;
import org.stepwise.viz.view.OverlayPen;
import org.stepwise.viz.view.PlotInk;
import org.stepwise.viz.view.PlotTransform;
import org.stepwise.viz.view.TextPlates;
import org.stepwise.viz.view.XYChartView;

/**
 * The learning-curves lesson's picture: training and validation accuracy against the training
 * size (or k) as mean lines, each in a band of one standard deviation over the folds, every fold's
 * score a small dot; the tick just evaluated marked. On a validation curve the best k (the highest
 * mean validation score) splits the axis into the overfitting side (small k, the training score far
 * above the validation score) and the underfitting side (large k, both falling); on a learning
 * curve the last gap between the two is labelled. Everything a step changes is the top canvas.
 */
final class LearningCurveView implements LessonView<LearningCurveSnapshot> {

    static final Color TRAIN = ColorMaps.classColor(0);
    static final Color TEST = XYChartView.CURVE;

    private final XYChartView view = new XYChartView();

    LearningCurveView() {
        view.setPoints(new double[0], new double[0], "training rows", "accuracy");
    }

    @Override
    public Node node() { return view; }

    @Override
    public void show(LearningCurveSnapshot s, Dataset data) {
        view.change(() -> {
            view.setAxisNames(s.isLearningCurve() ? "training rows" : "log₁₀ k (neighbours)", "accuracy");
            view.setDomain(domain(s));
            view.setOverlay(pen -> draw(pen, s));
        });
    }

    @Override
    public void setDark(boolean dark) { view.setDark(dark); }

    @Override
    public void drawNow() { view.drawNow(); }

    XYChartView plot() { return view; }

    /**
     * Where tick t is drawn across: its training size, or log₁₀ k (k's values grow geometrically, so
     * the small k where overfitting lives get their share of the axis).
     */
    static double x(LearningCurveSnapshot s, int t) {
        return s.isLearningCurve() ? s.tick(t) : Math.log10(s.tick(t));
    }

    /** Every tick across; accuracies from a floor below the lowest score so far (at most 0.75) to 1. */
    static Domain domain(LearningCurveSnapshot s) {
        double low = 0.75;
        for (int t = 0; t < s.done(); t++) {
            for (int f = 0; f < s.folds(); f++) {
                low = Math.min(low, Math.min(s.trainScore(t, f), s.testScore(t, f)));
            }
        }
        double bottom = Math.max(0, Math.floor(low * 10 - 0.5) / 10);
        if (s.isLearningCurve()) {
            return new Domain(0, s.tick(s.tickCount() - 1) * 1.06, bottom, 1.04);
        }
        double last = x(s, s.tickCount() - 1);
        return new Domain(-0.06 * last, last * 1.06, bottom, 1.04);
    }

    private static void draw(OverlayPen pen, LearningCurveSnapshot s) {
        if (s.done() == 0) {
            pen.caption(15, "no " + (s.isLearningCurve() ? "training size" : "k") + " evaluated yet");
            return;
        }
        if (!s.isLearningCurve()) {
            labelRegions(pen, s);
        }
        curve(pen, s, true);
        curve(pen, s, false);
        int t = s.done() - 1;
        pen.ring(x(s, t), s.meanTest(t), 11, pen.ink(), 2.5);
        if (s.isLearningCurve()) {
            double gap = s.meanTrain(t) - s.meanTest(t);
            pen.dashedSegment(s.tick(t), s.meanTest(t), s.tick(t), s.meanTrain(t), pen.ink(), 2);
            plate(pen, s.tick(t), s.meanTest(t) - 0.02, String.format(Locale.ROOT, "gap %.3f", gap), TextAlignment.RIGHT);
        }
        String what = s.isLearningCurve() ? s.tick(t) + " training rows" : "k = " + s.tick(t);
        pen.caption(15, String.format(Locale.ROOT, "%s: training %.3f, validation %.3f", what, s.meanTrain(t),
                s.meanTest(t)));
        SwatchKey.draw(pen, SwatchKey.Corner.BOTTOM_LEFT,
                new Entry("training accuracy ± std", TRAIN, Swatch.LINE),
                new Entry("validation accuracy ± std", TEST, Swatch.LINE));
    }

    /** One curve's band (mean ± std over the folds), its fold scores as small dots, and its mean line. */
    private static void curve(OverlayPen pen, LearningCurveSnapshot s, boolean training) {
        int n = s.done();
        Color color = training ? TRAIN : TEST;
        double[] xs = new double[n];
        double[] means = new double[n];
        double[] bandX = new double[2 * n];
        double[] bandY = new double[2 * n];
        PlotTransform t = pen.transform();
        for (int i = 0; i < n; i++) {
            xs[i] = x(s, i);
            means[i] = training ? s.meanTrain(i) : s.meanTest(i);
            double std = training ? s.stdTrain(i) : s.stdTest(i);
            bandX[i] = t.toPixelX(xs[i]);
            bandY[i] = t.toPixelY(means[i] + std);
            bandX[2 * n - 1 - i] = bandX[i];
            bandY[2 * n - 1 - i] = t.toPixelY(means[i] - std);
        }
        GraphicsContext g = pen.graphics();
        g.setFill(color.deriveColor(0, 1, 1, 0.2));
        g.fillPolygon(bandX, bandY, 2 * n);
        for (int i = 0; i < n; i++) {
            for (int f = 0; f < s.folds(); f++) {
                pen.dot(xs[i], training ? s.trainScore(i, f) : s.testScore(i, f), 2.5, color.deriveColor(0, 1, 1, 0.6));
            }
        }
        pen.path(xs, means, n, color, 3.5);
        for (int i = 0; i < n; i++) {
            pen.dot(xs[i], means[i], 5, color);
        }
    }

    /**
     * The validation curve's regions: left of the best k so far, overfitting (each point its own
     * neighbour, so training accuracy is high and validation lower); right of it, underfitting.
     */
    private static void labelRegions(OverlayPen pen, LearningCurveSnapshot s) {
        int best = 0;
        for (int i = 1; i < s.done(); i++) {
            if (s.meanTest(i) > s.meanTest(best)) {
                best = i;
            }
        }
        double at = x(s, best);
        Domain d = pen.transform().domain();
        pen.dashedSegment(at, d.yMin(), at, d.yMax(), pen.ink(), 1.5);
        double y = d.yMin() + 0.3 * d.height();
        plate(pen, at, y + 0.06 * d.height(), "best k = " + s.tick(best), TextAlignment.CENTER);
        plate(pen, at, y, "overfitting ←  ", TextAlignment.RIGHT);
        plate(pen, at, y, "  → underfitting", TextAlignment.LEFT);
    }

    /** Bold text at a data point, aligned to it as asked, on a plate of the paper's colour. */
    private static void plate(OverlayPen pen, double x, double y, String text, TextAlignment align) {
        GraphicsContext g = pen.graphics();
        PlotTransform t = pen.transform();
        g.setFont(Font.font(null, FontWeight.BOLD, 14 * pen.scale()));
        g.setTextAlign(align);
        g.setTextBaseline(VPos.CENTER);
        TextPlates.write(g, text, t.toPixelX(x), t.toPixelY(y), pen.ink(), PlotInk.halo(pen.ink()), 3 * pen.scale());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
    }
}
