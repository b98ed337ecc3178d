package org.stepwise.viz.lessons.rl;

import java.util.List;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import org.stepwise.algo.Domain;
import org.stepwise.algo.rl.ppo.EpisodePath;
import org.stepwise.algo.rl.ppo.PpoSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.view.CartPoleView;
import org.stepwise.viz.view.PlotGrid;
import org.stepwise.viz.view.XYChartView;

/**
 * The PPO lesson's view, four plots: the clipped surrogate with the batch's samples
 * ({@link ClipObjectivePlot}); the cart-pole replaying the last finished episode, one physics step
 * a frame; the return of every episode with the mean of the last 100 and the 195 line; and the
 * clip fraction of every epoch. (The approximate KL is the lesson's live chart.)
 */
final class PpoView implements LessonView<PpoSnapshot> {

    private final ClipObjectivePlot objective = new ClipObjectivePlot();
    private final CartPoleView cart = new CartPoleView();
    private final ReturnsPlot returns = new ReturnsPlot();
    private final XYChartView clipping = new XYChartView();
    private final PlotGrid grid = new PlotGrid(objective, cart, returns.node(), clipping);
    private final AnimationTimer replay = new AnimationTimer() {
        @Override
        public void handle(long now) {
            advance();
        }
    };
    private EpisodePath path;
    private int frame;
    private double[] epochs = new double[0];
    private double[] fractions = new double[0];
    private String clippingShown = "";

    PpoView() {
        clipping.setAxisNames("epoch of updates", "clip fraction");
        clipping.points().setStyle(2.5, true, 0, false);
        grid.sceneProperty().addListener((obs, was, now) -> {
            if (now == null) {
                replay.stop();
            } else {
                replay.start();
            }
        });
    }

    @Override
    public Node node() { return grid; }

    @Override
    public void show(PpoSnapshot snapshot, Dataset data) {
        objective.show(snapshot);
        returns.show(snapshot);
        showClipping(snapshot);
        EpisodePath newest = snapshot.lastEpisode();
        if (newest == null) {
            path = null;
            cart.setOverlay(pen -> pen.caption(15, "no episode has ended yet"));
            cart.clearState();
        } else if (path == null || newest.episode() != path.episode()) {
            path = newest;
            // Shown at its last step until the replay starts from the first: how the episode ended.
            frame = path.length() - 1;
            cart.setOverlay(pen -> pen.caption(15, caption(newest)));
            showFrame();
        }
    }

    /** Short enough for the small cart-pole plot at presentation type. */
    private static String caption(EpisodePath path) {
        return path.fell() ? String.format(Locale.ROOT, "episode %d fell at step %d", path.episode(), path.length())
                : String.format(Locale.ROOT, "episode %d stood %d steps", path.episode(), path.length());
    }

    private void showClipping(PpoSnapshot snapshot) {
        int n = snapshot.epochsDone();
        // A collection adds no epoch: the chart stays as drawn.
        String key = n == 0 ? "0" : n + " " + snapshot.clipFractionOfEpoch(0) + " " + snapshot.clipFractionOfEpoch(n - 1);
        if (key.equals(clippingShown)) {
            return;
        }
        clippingShown = key;
        if (epochs.length < n) {
            epochs = new double[Math.max(n, epochs.length * 2)];
            fractions = new double[epochs.length];
        }
        for (int i = 0; i < n; i++) {
            epochs[i] = i + 1;
            fractions[i] = snapshot.clipFractionOfEpoch(i);
        }
        double[] xs = java.util.Arrays.copyOf(epochs, n);
        double[] ys = java.util.Arrays.copyOf(fractions, n);
        clipping.change(() -> {
            clipping.setPoints(xs, ys, "epoch of updates", "clip fraction");
            clipping.setLines(List.of(new XYChartView.Line(xs, ys, n, ClipObjectivePlot.FLAT, 2, "")));
            double top = 0.05;
            for (double y : ys) {
                top = Math.max(top, y);
            }
            clipping.setDomain(new Domain(0, Math.max(n, 8) + 0.5, 0, top * 1.1));
        });
    }

    private void advance() {
        if (path == null) {
            return;
        }
        // A pause of half a second on the last step, then the episode again from its start.
        frame = frame >= path.length() + 30 ? 0 : frame + 1;
        if (frame < path.length()) {
            showFrame();
        }
    }

    private void showFrame() {
        int t = Math.min(frame, path.length() - 1);
        cart.setState(path.x(t), path.theta(t), path.push(t), path.fell() && t == path.length() - 1);
    }

    /** The surrogate diagram (for tests). */
    ClipObjectivePlot objective() { return objective; }

    @Override
    public void setDark(boolean dark) {
        objective.setDark(dark);
        cart.setDark(dark);
        returns.setDark(dark);
        clipping.setDark(dark);
    }

    @Override
    public void drawNow() {
        objective.drawNow();
        cart.drawNow();
        returns.node().drawNow();
        clipping.drawNow();
    }
}
