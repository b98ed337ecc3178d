package org.stepwise.viz.lessons.evaluation;

import javafx.scene.paint.Color;
import org.stepwise.algo.Domain;
import org.stepwise.algo.evaluation.CalibrationSnapshot;
import org.stepwise.algo.evaluation.CalibrationStage;
import org.stepwise.algo.evaluation.IsotonicState;
import org.stepwise.algo.evaluation.SigmoidState;
import org.stepwise.viz.view.OverlayPen;
import org.stepwise.viz.view.XYChartView;

/**
 * The calibration maps being fitted: each held-out row at (its score, 1 if positive else 0), spread
 * a little up or down so that equal scores show, on the base canvas; Platt's sigmoid as the chart's
 * curve, with the previous Newton step's faint beneath it; isotonic regression's fit now, a
 * polyline through the distinct scores' block means as {@code predict} interpolates them, the block
 * the last pooling made ringed. The identity map (no change) is dashed.
 */
final class CalibrationMapPlot {

    private final XYChartView view = new XYChartView();
    private double[] shownScores;
    private SigmoidState previous;

    CalibrationMapPlot() {
        view.setPoints(new double[0], new double[0], "score: P(positive) as the model gives it",
                "calibrated probability");
        view.setDomain(new Domain(-0.02, 1.02, -0.08, 1.08));
        view.setPointColor(ReliabilityPlot.RAW.deriveColor(0, 1, 1, 0.45));
    }

    XYChartView view() { return view; }

    void show(CalibrationSnapshot s) {
        view.change(() -> {
            if (s.scores() != shownScores) {
                shownScores = s.scores();
                double[] ys = new double[shownScores.length];
                for (int i = 0; i < ys.length; i++) {
                    // A fixed spread of ±0.05 by row, so rows of equal score stay apart.
                    ys[i] = s.labels()[i] + ((i * 37 % 11) - 5) * 0.01;
                }
                view.setPoints(shownScores, ys, view.xName(), view.yName());
                view.setDomain(new Domain(-0.02, 1.02, -0.08, 1.08));
                previous = null;
            }
            SigmoidState sigmoid = s.sigmoid().orElse(null);
            SigmoidState before = previous != null && sigmoid != null && previous.iterations() < sigmoid.iterations()
                    ? previous : null;
            boolean fitting = sigmoid != null && (s.stage() == CalibrationStage.SIGMOID || sigmoid.iterations() > 0
                    || sigmoid.result().isPresent());
            view.setCurves(fitting ? sigmoid::probability : null, before == null ? null : before::probability);
            previous = sigmoid;
            view.setOverlay(pen -> draw(pen, s));
        });
    }

    private static void draw(OverlayPen pen, CalibrationSnapshot s) {
        pen.dashedSegment(0, 0, 1, 1, pen.ink().deriveColor(0, 1, 1, 0.55), 1.5);
        if (s.sigmoid().filter(p -> p.iterations() > 0 || p.result().isPresent()).isPresent()) {
            pen.label(0.0, 0.74, "Platt's sigmoid", ReliabilityPlot.SIGMOID, 14);
        }
        if (s.isotonic().filter(iso -> iso.poolings() > 0 || iso.result().isPresent()).isPresent()) {
            pen.label(0.0, 0.66, "isotonic steps", ReliabilityPlot.ISOTONIC, 14);
        }
        s.isotonic().ifPresent(iso -> {
            if (iso.poolings() > 0 || iso.result().isPresent()) {
                drawIsotonic(pen, iso);
            }
        });
    }

    private static void drawIsotonic(OverlayPen pen, IsotonicState iso) {
        double[] xs = iso.scores();
        double[] ys = iso.fitted();
        pen.path(xs, ys, xs.length, ReliabilityPlot.ISOTONIC, 3);
        int[] block = iso.lastBlock();
        if (block != null && iso.result().isEmpty()) {
            Color ring = ReliabilityPlot.ISOTONIC;
            pen.segment(xs[block[0]], ys[block[0]], xs[block[1]], ys[block[1]], ring, 7);
            pen.ring(xs[block[0]], ys[block[0]], 9, ring, 2.5);
            pen.ring(xs[block[1]], ys[block[1]], 9, ring, 2.5);
        }
    }

    void setDark(boolean dark) { view.setDark(dark); }
}
