package org.stepwise.viz.lessons.evaluation;

import java.util.Locale;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.stepwise.algo.Domain;
import org.stepwise.algo.evaluation.Calibrated;
import org.stepwise.algo.evaluation.CalibrationCurve;
import org.stepwise.algo.evaluation.CalibrationSnapshot;
import org.stepwise.algo.evaluation.IsotonicState;
import org.stepwise.algo.evaluation.SigmoidState;
import org.stepwise.viz.view.ColorMaps;
import org.stepwise.viz.view.OverlayPen;
import org.stepwise.viz.view.XYChartView;

/**
 * The reliability diagram: each non-empty bin's share of positive rows against its mean predicted
 * probability ({@code calibration_curve}), the raw probabilities' bins appearing one a step, and,
 * once each calibrator has finished, the same rows' curve after it. A calibrated model lies on the
 * dashed diagonal; over-confidence bends the curve below it on the right and above it on the left.
 * Everything is drawn on the overlay: a step changes the whole picture.
 */
final class ReliabilityPlot {

    static final Color RAW = ColorMaps.classColor(0);
    /** Platt's colour: the chart's fitted-curve colour, as the sigmoid is drawn beside. */
    static final Color SIGMOID = XYChartView.CURVE;
    static final Color ISOTONIC = ColorMaps.classColor(2);

    private final XYChartView view = new XYChartView();

    ReliabilityPlot() {
        view.setPoints(new double[0], new double[0], "mean predicted probability (prob_pred)",
                "share of positive rows (prob_true)");
        view.setDomain(new Domain(-0.02, 1.02, -0.02, 1.04));
    }

    XYChartView view() { return view; }

    void show(CalibrationSnapshot s) {
        view.change(() -> view.setOverlay(pen -> draw(pen, s)));
    }

    private static void draw(OverlayPen pen, CalibrationSnapshot s) {
        Color faint = pen.ink().deriveColor(0, 1, 1, 0.55);
        pen.dashedSegment(0, 0, 1, 1, faint, 1.5);
        pen.label(0.55, 0.47, "calibrated", faint, 13);
        s.sigmoid().flatMap(SigmoidState::result).ifPresent(c -> curve(pen, c.curve(), c.curve().counts().length,
                SIGMOID, 3));
        s.isotonic().flatMap(IsotonicState::result).ifPresent(c -> curve(pen, c.curve(), c.curve().counts().length,
                ISOTONIC, 3));
        curve(pen, s.raw().curve(), s.binsShown(), RAW, 4);
        legend(pen, s);
    }

    private static void curve(OverlayPen pen, CalibrationCurve c, int count, Color color, double width) {
        if (count == 0) {
            return;
        }
        pen.path(c.probPred(), c.probTrue(), count, color, width);
        for (int b = 0; b < count; b++) {
            pen.dot(c.probPred()[b], c.probTrue()[b], 6, color);
        }
    }

    /**
     * Each curve's name and Brier score, in its colour, right-aligned at the bottom right, where
     * a curve goes only for a model whose confident positives are mostly wrong.
     */
    private static void legend(OverlayPen pen, CalibrationSnapshot s) {
        pen.graphics().setTextAlign(TextAlignment.RIGHT);
        // A label starts 8 px right of its point: pull the right-aligned ones back by as much.
        double x = pen.transform().toDataX(pen.transform().toPixelX(1.0) - 10 * pen.scale());
        pen.label(x, 0.22, String.format(Locale.ROOT, "%s  Brier %.3f", s.modelName(), s.raw().brierScore()), RAW, 14);
        s.sigmoid().flatMap(SigmoidState::result).ifPresent(c -> pen.label(x, 0.13, text("Platt", c), SIGMOID, 14));
        s.isotonic().flatMap(IsotonicState::result).ifPresent(c -> pen.label(x, 0.04, text("isotonic", c), ISOTONIC, 14));
        pen.graphics().setTextAlign(TextAlignment.LEFT);
    }

    private static String text(String name, Calibrated c) {
        return String.format(Locale.ROOT, "%s  Brier %.3f", name, c.brierScore());
    }

    void setDark(boolean dark) { view.setDark(dark); }
}
