package org.stepwise.viz.lessons.optim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.Node;
import org.stepwise.algo.optim.OptimizerRaceFactory;
import org.stepwise.algo.optim.OptimizerRaceSnapshot;
import org.stepwise.algo.optim.Track;
import org.stepwise.data.Dataset;
import org.stepwise.viz.lesson.DraftDrawing;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.lesson.ParameterRequests;
import org.stepwise.viz.view.PlotInk;
import org.stepwise.viz.view.ContourPathView;

/**
 * Draws a race on the contour view; each optimizer keeps one colour whichever others are on.
 * Clicking the surface asks for a new start point.
 */
final class OptimizerRaceView implements LessonView<OptimizerRaceSnapshot>, ParameterRequests, DraftDrawing {

    private static final String LOSS = "loss_";
    private static final List<String> CHARTED = OptimizerRaceFactory.OPTIMIZERS.stream().map(name -> LOSS + name)
            .toList();

    private final ContourPathView view = new ContourPathView();
    private Consumer<Map<String, Object>> requests = request -> { };

    OptimizerRaceView() {
        view.setOnPick((x, y) -> requests.accept(Map.of("startX", round(x), "startY", round(y))));
    }

    @Override
    public Node node() { return view; }

    @Override
    public void show(OptimizerRaceSnapshot snapshot, Dataset data) {
        List<ContourPathView.Path> paths = new ArrayList<>();
        for (Track track : snapshot.tracks()) {
            paths.add(new TrackPath(track, OptimizerRaceFactory.OPTIMIZERS.indexOf(track.name())));
        }
        view.show(snapshot.surface(), snapshot.surface().minima(), paths);
    }

    @Override
    public List<String> chartedMetrics() { return CHARTED; }

    /** "Momentum loss" for loss_momentum: the legend names the optimizers as the plot's legend does. */
    @Override
    public String metricLabel(String metric) {
        return metric.startsWith(LOSS) ? OptimizerRaceFactory.label(metric.substring(LOSS.length())) + " loss" : metric;
    }

    /**
     * Logarithmic on every surface bounded below by 0 (all but the saddle): the losses fall over
     * decades, and one optimizer that diverges would otherwise flatten all the others against zero.
     */
    @Override
    public boolean chartsOnLogScale(OptimizerRaceSnapshot first) {
        return first.surface().minimumValue() >= 0;
    }

    /**
     * An optimizer that diverged: its last loss before it ran away (1e9 and more on Rosenbrock)
     * would leave the others a line at the foot of the chart. Its curve goes off the top instead.
     */
    @Override
    public boolean chartSetsAside(OptimizerRaceSnapshot newest, String metric) {
        // Looked up rather than cut out of the metric's name: asked for every metric each frame.
        int charted = CHARTED.indexOf(metric);
        int optimizer = charted < 0 ? -1 : newest.indexOf(OptimizerRaceFactory.OPTIMIZERS.get(charted));
        return optimizer >= 0 && newest.state(optimizer) == Track.State.DIVERGED;
    }

    @Override
    public void setDraft(boolean draft) { view.setDraft(draft); }

    @Override
    public void drawNow() { view.drawNow(); }

    @Override
    public void setDark(boolean dark) {
        view.setInk(PlotInk.ink(dark));
    }

    @Override
    public void setParameterRequestListener(Consumer<Map<String, Object>> listener) { requests = listener; }

    /** Two decimals: a click is not precise, and short numbers read better on the sheet. */
    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    /** A track read as a path, without copying it. */
    private record TrackPath(Track track, int colorIndex) implements ContourPathView.Path {
        /** The legend's name: the display label (GD, Momentum), as the narration names them. */
        @Override public String name() { return track.label(); }
        @Override public int length() { return track.length(); }
        @Override public double x(int index) { return track.x(index); }
        @Override public double y(int index) { return track.y(index); }
        @Override public double gradientX() { return track.gradientX(); }
        @Override public double gradientY() { return track.gradientY(); }
        @Override public boolean diverged() { return track.state() == Track.State.DIVERGED; }
    }
}
