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
import org.stepwise.viz.view.ContourPathView;
import org.stepwise.viz.view.SurfaceMap;

/**
 * Draws a race on the contour view, on a muted surface every path stands out on in either theme;
 * each optimizer keeps one colour and one marker whichever others are on. The legend stands
 * beside the plot ({@link RaceLegend}); choosing an optimizer there shows it alone, choosing it
 * again shows all. Clicking the surface asks for a new start point.
 */
final class OptimizerRaceView implements LessonView<OptimizerRaceSnapshot>, ParameterRequests, DraftDrawing {

    private final ContourPathView view = new ContourPathView();
    private final RaceLegend legend = new RaceLegend(this::choose);
    private final RacePane pane = new RacePane(view, legend);
    private Consumer<Map<String, Object>> requests = request -> { };
    private OptimizerRaceSnapshot shown;
    /** The optimizer shown alone, or null for all. */
    private String solo;
    private boolean dark;
    private List<String> drawn = List.of();

    OptimizerRaceView() {
        view.setOnPick((x, y) -> requests.accept(Map.of("startX", round(x), "startY", round(y))));
        view.setSurfaceMap(SurfaceMap.muted(false));
        view.setLegendInPlot(false);
    }

    @Override
    public Node node() { return pane; }

    @Override
    public void show(OptimizerRaceSnapshot snapshot, Dataset data) {
        shown = snapshot;
        List<ContourPathView.Path> paths = new ArrayList<>();
        List<RaceLegend.Entry> entries = new ArrayList<>();
        boolean soloRaces = snapshot.tracks().stream().anyMatch(track -> track.name().equals(solo));
        if (!soloRaces) {
            // The optimizer shown alone left the race (its box unticked): show all again.
            solo = null;
        }
        for (Track track : snapshot.tracks()) {
            int colour = OptimizerRaceFactory.OPTIMIZERS.indexOf(track.name());
            entries.add(new RaceLegend.Entry(track.name(), track.label(), colour,
                    track.state() == Track.State.DIVERGED));
            if (solo == null || solo.equals(track.name())) {
                paths.add(new TrackPath(track, colour));
            }
        }
        drawn = paths.stream().map(path -> ((TrackPath) path).track().name()).toList();
        legend.show(entries, solo, dark);
        view.show(snapshot.surface(), snapshot.surface().minima(), paths);
        pane.follow();
    }

    /** The legend's entry for {@code optimizer} chosen: it alone, or all again if it was alone. */
    private void choose(String optimizer) {
        solo = optimizer.equals(solo) ? null : optimizer;
        if (shown != null) {
            show(shown, null);
        }
    }

    /** The ids of the optimizers on the plot (tests). */
    List<String> drawnOptimizers() { return drawn; }

    /** The legend beside the plot (tests). */
    RaceLegend legend() { return legend; }

    /** The plot (tests). */
    ContourPathView plot() { return view; }

    @Override
    public void setDraft(boolean draft) { view.setDraft(draft); }

    @Override
    public void drawNow() { view.drawNow(); }

    @Override
    public void setDark(boolean newDark) {
        dark = newDark;
        view.setDark(dark);
        view.setSurfaceMap(SurfaceMap.muted(dark));
        if (shown != null) {
            show(shown, null);
        }
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
