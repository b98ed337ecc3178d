package org.stepwise.viz.lessons.evaluation;

import javafx.scene.canvas.GraphicsContext;
import org.stepwise.algo.Domain;
import org.stepwise.algo.evaluation.Calibration;
import org.stepwise.algo.evaluation.CalibrationSnapshot;
import org.stepwise.viz.view.OverlayPen;
import org.stepwise.viz.view.PlotTransform;
import org.stepwise.viz.view.XYChartView;

/**
 * The histogram under the reliability diagram: the held-out rows per bin, each bar spanning its
 * bin's edges on the same probability axis as the diagram above it (equal widths, or the
 * quantiles' unequal ones), the bins filled so far solid and the rest as outlines.
 */
final class BinHistogram {

    private final XYChartView view = new XYChartView();
    private double[] shownScores;
    private double[] edges;
    private long[] counts;

    BinHistogram() {
        view.setPoints(new double[0], new double[0], "P(positive) as the model gives it", "rows");
    }

    XYChartView view() { return view; }

    /** Each bin's rows, empty bins included (tests). */
    long[] counts() { return counts.clone(); }

    void show(CalibrationSnapshot s) {
        view.change(() -> {
            if (s.scores() != shownScores) {
                shownScores = s.scores();
                edges = Calibration.edges(shownScores, s.nBins(), s.strategy());
                counts = new long[s.nBins()];
                for (double p : shownScores) {
                    counts[Calibration.binOf(edges, p)]++;
                }
                long most = 1;
                for (long c : counts) {
                    most = Math.max(most, c);
                }
                view.setDomain(new Domain(-0.02, 1.02, 0, most * 1.2));
            }
            int filled = filledBins(s.binsShown());
            view.setOverlay(pen -> draw(pen, filled));
        });
    }

    /** How many of all the bins (empty ones included) the first {@code nonEmpty} non-empty bins reach. */
    private int filledBins(int nonEmpty) {
        int seen = 0;
        for (int b = 0; b < counts.length; b++) {
            if (seen == nonEmpty) {
                return b;
            }
            seen += counts[b] > 0 ? 1 : 0;
        }
        return counts.length;
    }

    private void draw(OverlayPen pen, int filled) {
        GraphicsContext g = pen.graphics();
        PlotTransform t = pen.transform();
        double zero = t.toPixelY(0);
        g.setLineWidth(1.5 * pen.scale());
        for (int b = 0; b < counts.length; b++) {
            if (counts[b] == 0) {
                continue;
            }
            double left = t.toPixelX(edges[b]) + 1;
            double right = t.toPixelX(edges[b + 1]) - 1;
            double top = t.toPixelY(counts[b]);
            if (b < filled) {
                g.setFill(ReliabilityPlot.RAW);
                g.fillRect(left, top, right - left, zero - top);
                pen.label((edges[b] + edges[b + 1]) / 2 - 0.02, counts[b], String.valueOf(counts[b]), pen.ink(), 12);
            } else {
                g.setStroke(ReliabilityPlot.RAW.deriveColor(0, 1, 1, 0.4));
                g.strokeRect(left, top, right - left, zero - top);
            }
        }
    }

    void setDark(boolean dark) { view.setDark(dark); }
}
