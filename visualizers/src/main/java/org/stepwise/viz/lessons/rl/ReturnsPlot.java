package org.stepwise.viz.lessons.rl;

import java.util.List;
import javafx.scene.paint.Color;
import org.stepwise.algo.Domain;
import org.stepwise.algo.rl.ppo.PpoSnapshot;
import org.stepwise.viz.view.XYChartView;

/**
 * The return of every episode (faint points), the mean of the last 100 (a line: the measure of
 * CartPole-v0's "solved") and the 195 it must reach (dashed in its colour), on an axis from 0 to
 * the episode cap.
 */
final class ReturnsPlot {

    private static final Color MEAN = Color.rgb(60, 110, 190);
    private static final double SOLVED = 195;
    private static final int WINDOW = 100;

    private final XYChartView view = new XYChartView();

    ReturnsPlot() {
        view.setAxisNames("episode", "return (steps balanced)");
        view.points().setStyle(3, true, 0, false);
    }

    XYChartView node() { return view; }

    void show(PpoSnapshot snapshot) {
        int n = snapshot.episodes();
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
                    new XYChartView.Line(xs, means, n, MEAN, 3.5, "mean of last 100")));
            view.setDomain(new Domain(0, right, 0, snapshot.maxEpisodeSteps() * 1.15));
        });
    }
}
