package org.stepwise.viz.lessons.evaluation;

import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.Cursor;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.BorderStrokeStyle;
import javafx.scene.layout.BorderWidths;
import javafx.scene.layout.CornerRadii;
import javafx.scene.paint.Color;
import org.stepwise.algo.Snapshot;
import org.stepwise.viz.lesson.playback.PlaybackKeys;
import org.stepwise.viz.view.PlotView;

/**
 * A decision threshold the learner moves by hand, on one or more plots of a view: pressed and
 * dragged with the mouse, or Left and Right when a plot has the focus. While it moves, the view
 * shows the step's rows at the threshold under the pointer ({@link #threshold}: no engine is
 * involved, the snapshot is re-read at the new threshold). When the learner lets go, the threshold
 * becomes the lesson's {@code threshold} parameter, which is where the run's sweep stops, and the
 * panel shows that run at its end ({@link org.stepwise.viz.lesson.ParameterRequests#requestsShowRunEnd}):
 * the picture let go of is the engine's final step, so sessions, the sheet, Try-it's Undo and the
 * command line ({@code --param threshold=…}) all hold it. Until the new run's end arrives, the
 * released threshold stays on show, so its step 0 does not flash by.
 */
final class ThresholdDrag<S extends Snapshot> {

    /** Where a plot puts thresholds: under the pointer, and one notch along for the arrow keys. */
    interface Target {
        /** The threshold for the pointer at (x, y), in the plot's pixels; NaN for none. */
        double thresholdAt(double x, double y);

        /** The threshold one move from t: towards the right of the plot for +1, the left for −1. */
        double next(double t, int direction);
    }

    /** How the lesson's snapshot moves to another threshold. */
    interface Moves<S> {
        /** What identifies the snapshot's run: its scores, shared by every step of one run. */
        Object run(S snapshot);

        /** The snapshot's own threshold. */
        double threshold(S snapshot);

        /** The snapshot's rows at threshold t. */
        S at(S snapshot, double t);
    }

    private static final Border FOCUSED = new Border(new BorderStroke(Color.rgb(9, 105, 218), BorderStrokeStyle.SOLID,
            CornerRadii.EMPTY, new BorderWidths(2)));

    private final Moves<S> moves;
    private final Consumer<S> draw;
    private S current;
    private Consumer<Map<String, Object>> requests;
    /** The threshold under the pointer or the keys, NaN when nothing is moving it. */
    private double dragged = Double.NaN;
    /** The threshold let go of and asked for, NaN once the run that ends there is shown. */
    private double held = Double.NaN;
    /** The run (its scores) the threshold was moved on. */
    private Object heldRun;
    private Object shownRun;
    private double shown;

    /** @param draw draws the view's picture of a snapshot (the step shown, or it moved to the learner's threshold) */
    ThresholdDrag(Moves<S> moves, Consumer<S> draw) {
        this.moves = moves;
        this.draw = draw;
    }

    /** Shows a step of the run: at the threshold being moved, or let go of, when there is one. */
    void show(S snapshot) {
        current = snapshot;
        display();
    }

    private void display() {
        if (current == null) {
            return;
        }
        double own = moves.threshold(current);
        double t = threshold(moves.run(current), current.step(), own);
        draw.accept(t == own ? current : moves.at(current, t));
    }

    void setRequests(Consumer<Map<String, Object>> listener) { requests = listener; }

    /** Lets the learner move the threshold on {@code plot}, as {@code target} places it. */
    void attach(PlotView plot, Target target) {
        plot.setCursor(Cursor.H_RESIZE);
        PlaybackKeys.ownArrowKeys(plot);
        // Where Left and Right go: the focused plot is outlined, in the accent blue of both themes.
        plot.focusedProperty().addListener((property, was, is) -> plot.setBorder(is ? FOCUSED : null));
        plot.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            plot.requestFocus();
            moveTo(target.thresholdAt(e.getX(), e.getY()));
        });
        plot.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> moveTo(target.thresholdAt(e.getX(), e.getY())));
        plot.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> release());
        plot.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.RIGHT) {
                moveTo(target.next(shown, e.getCode() == KeyCode.RIGHT ? 1 : -1));
                e.consume();
            }
        });
        plot.addEventHandler(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.RIGHT) {
                release();
                e.consume();
            }
        });
    }

    /**
     * The threshold to show for a snapshot of {@code run} at {@code step} whose own threshold is
     * {@code own}: the one being moved; the one let go of, while the view still has the run it was
     * moved on or the new run's step 0 (the panel is stepping it to its end); else {@code own}.
     */
    private double threshold(Object run, int step, double own) {
        shownRun = run;
        if (!Double.isNaN(held) && run != heldRun && (step > 0 || own == held)) {
            // The new run has moved on from its step 0: to the threshold let go of, or playing its sweep.
            held = Double.NaN;
        }
        shown = !Double.isNaN(dragged) ? dragged : !Double.isNaN(held) ? held : own;
        return shown;
    }

    private void moveTo(double t) {
        if (Double.isNaN(t) || shownRun == null) {
            return;
        }
        dragged = Math.max(0, Math.min(1, t));
        heldRun = shownRun;
        held = Double.NaN;
        display();
    }

    private void release() {
        if (Double.isNaN(dragged)) {
            return;
        }
        held = dragged;
        dragged = Double.NaN;
        if (requests != null) {
            requests.accept(Map.of("threshold", held));
        }
        display();
    }
}
