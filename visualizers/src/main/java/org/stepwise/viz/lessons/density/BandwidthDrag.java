package org.stepwise.viz.lessons.density;

import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.input.MouseEvent;
import org.stepwise.algo.density.KdeSnapshot;
import org.stepwise.viz.view.PlotView;

/**
 * The bandwidth scale's knob, dragged by the learner: while it moves, the knob follows the
 * pointer along the track; let go, its bandwidth becomes the {@code bandwidth} parameter (three
 * significant figures), and the panel shows the new run at its end, the estimate at that h
 * ({@link org.stepwise.viz.lesson.ParameterRequests#requestsShowRunEnd}).
 */
final class BandwidthDrag {

    private Consumer<Map<String, Object>> requests;
    private KdeSnapshot shown;
    /** The bandwidth under the pointer while dragging, else NaN. */
    private double dragged = Double.NaN;

    void setRequests(Consumer<Map<String, Object>> listener) { requests = listener; }

    /** The step on show, whose scale the pointer is on. */
    void show(KdeSnapshot snapshot) { shown = snapshot; }

    /** Where the knob is drawn: under the pointer while dragging, else at this step's bandwidth. */
    double knob(KdeSnapshot s) { return Double.isNaN(dragged) ? s.bandwidth() : dragged; }

    /** Lets the learner drag the knob on {@code plot}'s scale. */
    void attach(PlotView plot) {
        plot.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            BandwidthScale.Track track = track(plot);
            if (track != null && track.contains(e.getX(), e.getY())) {
                dragged = track.bandwidthAt(e.getX());
                plot.redraw();
                e.consume();
            }
        });
        plot.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> {
            BandwidthScale.Track track = track(plot);
            if (!Double.isNaN(dragged) && track != null) {
                dragged = track.bandwidthAt(e.getX());
                plot.redraw();
                e.consume();
            }
        });
        plot.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (!Double.isNaN(dragged)) {
                double h = dragged;
                dragged = Double.NaN;
                e.consume();
                if (requests != null) {
                    requests.accept(Map.of("bandwidth", String.format(Locale.ROOT, "%.3g", h)));
                }
                plot.redraw();
            }
        });
    }

    private BandwidthScale.Track track(PlotView plot) {
        return shown == null || plot.transform() == null ? null
                : BandwidthScale.Track.of(plot.transform(), plot.typeScale(), shown);
    }
}
