package org.stepwise.viz.lessons.evaluation;

import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import org.stepwise.algo.Domain;
import org.stepwise.algo.evaluation.CrossValidationSnapshot;
import org.stepwise.viz.view.BarView;
import org.stepwise.viz.view.ColorMaps;
import org.stepwise.viz.view.OverlayPen;

/**
 * Each fold's accuracy as a bar (the folds to come empty), the fold just scored marked, and over
 * them the mean of the scores so far as a line with a band of one standard deviation either side:
 * cross-validation's estimate and its spread. The axes hold accuracies from 0 to 1 throughout.
 */
final class FoldScoreBars {

    private static final Color MEAN = ColorMaps.classColor(3);

    private final BarView view = new BarView();

    Node node() { return view; }

    BarView plot() { return view; }

    void setDark(boolean dark) { view.setDark(dark); }

    void show(CrossValidationSnapshot s) {
        int folds = s.folds().size();
        double[] scores = s.scores();
        view.change(() -> {
            view.setAxisNames("fold", "validation accuracy");
            view.setDomain(BarView.domain(folds, 0, 1));
            // The fold axis's ticks number the bars; names under them too would print each number twice.
            view.setBars(folds, k -> k < scores.length ? scores[k] : 0, k -> "");
            view.setValueLabels(folds <= 10 ? k -> k < scores.length ? String.format(Locale.ROOT, "%.2f", scores[k]) : ""
                    : null);
            view.setMarked(s.done() > 0 ? s.done() - 1 : -1, 0);
            view.setOverlay(pen -> drawMean(pen, s));
        });
    }

    private static void drawMean(OverlayPen pen, CrossValidationSnapshot s) {
        if (s.done() == 0) {
            return;
        }
        Domain d = pen.transform().domain();
        double mean = s.mean();
        double std = s.std();
        var g = pen.graphics();
        var t = pen.transform();
        g.setFill(MEAN.deriveColor(0, 1, 1, 0.15));
        double top = t.toPixelY(Math.min(d.yMax(), mean + std));
        double bottom = t.toPixelY(Math.max(d.yMin(), mean - std));
        g.fillRect(t.toPixelX(d.xMin()), top, t.toPixelX(d.xMax()) - t.toPixelX(d.xMin()), bottom - top);
        pen.dashedSegment(d.xMin(), mean, d.xMax(), mean, MEAN, 2.5);
        pen.caption(15, String.format(Locale.ROOT, "mean %.3f ± %.3f (std) over %d fold%s", mean, std, s.done(),
                s.done() == 1 ? "" : "s"));
    }
}
