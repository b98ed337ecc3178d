package org.stepwise.viz.lessons.rl;

import java.util.List;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.stepwise.algo.Domain;
import org.stepwise.algo.rl.ppo.PpoSnapshot;
import org.stepwise.viz.view.ColorMaps;
import org.stepwise.viz.view.PlotOverlay;
import org.stepwise.viz.view.XYChartView;

/**
 * The return of every episode (faint grey points), the mean of the last 100 (a line: the measure of
 * CartPole-v0's "solved") and the 195 it must reach (dashed in its colour), on an axis from 0 to
 * the episode cap.
 */
final class ReturnsPlot {

    private static final double SOLVED = 195;
    private static final int WINDOW = 100;

    private final XYChartView view = new XYChartView();
    private boolean dark;
    /** What the plot shows now (episodes, first and last return, mean), so an epoch's step, which ends no episode, redraws nothing. */
    private String shown = "";

    ReturnsPlot() {
        view.setAxisNames("episode", "return (steps balanced)");
        view.points().setStyle(3, true, 0, false);
        // The episodes faint, so the mean of 100 (in the first series colour) stands out over them.
        view.setPointColor(Color.gray(0.6));
    }

    XYChartView node() { return view; }

    void setDark(boolean value) {
        dark = value;
        shown = "";
        view.setDark(value);
    }

    void show(PpoSnapshot snapshot) {
        int n = snapshot.episodes();
        String key = n == 0 ? "0" : n + " " + snapshot.episodeReturn(0) + " " + snapshot.episodeReturn(n - 1) + " "
                + snapshot.meanReturnLast100() + " " + snapshot.maxEpisodeSteps();
        if (key.equals(shown)) {
            return;
        }
        shown = key;
        double[] xs = new double[n];
        double[] ys = new double[n];
        double[] means = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            xs[i] = i + 1;
            ys[i] = snapshot.episodeReturn(i);
            sum += ys[i];
            if (i >= WINDOW) {
                sum -= ys[i - WINDOW];
            }
            means[i] = sum / Math.min(i + 1, WINDOW);
        }
        double right = Math.max(n, 10) + 0.5;
        double[] lineXs = {1, right};
        double[] lineYs = {SOLVED, SOLVED};
        view.change(() -> {
            view.setPoints(xs, ys, "episode", "return (steps balanced)");
            view.setLines(List.of(
                    new XYChartView.Line(lineXs, lineYs, 2, ClipObjectivePlot.POSITIVE, 1.5, "195 solves it"),
                    new XYChartView.Line(xs, means, n, ColorMaps.seriesColor(0, dark), 3.5, "")));
            // The mean's name over the points, ending at its newest value.
            view.setOverlay(n == 0 ? PlotOverlay.NONE : pen -> {
                pen.graphics().setTextAlign(TextAlignment.RIGHT);
                pen.label(xs[n - 1] - 0.04 * right, means[n - 1], "mean of last 100", ColorMaps.seriesColor(0, dark), 13);
            });
            view.setDomain(new Domain(0, right, 0, snapshot.maxEpisodeSteps() * 1.15));
        });
    }
}
