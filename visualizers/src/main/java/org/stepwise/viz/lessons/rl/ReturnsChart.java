package org.stepwise.viz.lessons.rl;

import java.util.List;
import javafx.scene.paint.Color;
import org.stepwise.algo.Domain;
import org.stepwise.algo.rl.cartpole.CartPoleSnapshot;
import org.stepwise.viz.view.ColorMaps;
import org.stepwise.viz.view.XYChartView;

/**
 * Every finished episode's return (thin), the mean of the last 100 (thick) and the solved mark
 * (195 for the cap of 200) against the episode number, on an {@link XYChartView}. The lines are
 * rebuilt only when an episode has ended since the last picture.
 */
final class ReturnsChart {

    private static final Color RETURNS = ColorMaps.classColor(0).deriveColor(0, 0.6, 1.1, 0.65);
    private static final Color MEAN = ColorMaps.classColor(1);
    private static final Color TARGET = XYChartView.CURVE;

    private final XYChartView chart = new XYChartView();
    private int shownEpisodes = -1;
    private double shownTarget = Double.NaN;
    private int shownBudget = -1;

    ReturnsChart() {
        chart.setPoints(new double[0], new double[0], "episode", "return");
        chart.setOverlay(pen -> pen.caption(14, "thin: each episode's return", "thick: mean of the last 100"));
    }

    XYChartView node() { return chart; }

    void show(CartPoleSnapshot snapshot) {
        int episodes = snapshot.episodes();
        if (episodes == shownEpisodes && snapshot.target() == shownTarget && snapshot.episodeBudget() == shownBudget) {
            return;
        }
        shownEpisodes = episodes;
        shownTarget = snapshot.target();
        shownBudget = snapshot.episodeBudget();
        double[] xs = new double[episodes];
        double[] ys = new double[episodes];
        double[] means = new double[episodes];
        for (int i = 0; i < episodes; i++) {
            xs[i] = i + 1;
            ys[i] = snapshot.episodeReturn(i);
            means[i] = snapshot.runningMean(i);
        }
        // The axis grows with the run, to at least a quarter of the budget, so early episodes are not squeezed.
        double right = Math.max(10, Math.max(episodes, Math.min(snapshot.episodeBudget(), 50)) * 1.05);
        // Room above the cap for the caption.
        double top = snapshot.maxEpisodeSteps() * 1.4;
        chart.change(() -> {
            chart.setDomain(new Domain(0, right, 0, top));
            chart.setLines(List.of(
                    new XYChartView.Line(new double[] {0, right}, new double[] {shownTarget, shownTarget}, 2, TARGET, 2,
                            "solved at " + number(shownTarget)),
                    new XYChartView.Line(xs, ys, episodes, RETURNS, 1.2, ""),
                    new XYChartView.Line(xs, means, episodes, MEAN, 3.5, "")));
        });
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.valueOf(value);
    }
}
