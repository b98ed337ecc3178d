package org.stepwise.viz.lesson;

import javafx.scene.Node;
import org.stepwise.algo.Snapshot;
import org.stepwise.data.Dataset;
import org.stepwise.viz.view.PlotView;

/**
 * The drawing part of a lesson: a node that shows one snapshot at a time. It plays
 * JFreeChart's renderer: it draws what it is given and never calls the engine.
 *
 * @param <S> the snapshot type it draws
 */
public interface LessonView<S extends Snapshot> {

    /** The node placed in the lesson panel; the same node for the life of the view. */
    Node node();

    /**
     * Draws {@code snapshot} of a run on {@code data} ({@code null} when the lesson has no
     * data). Called on the FX thread at most once per pulse, with the newest snapshot only.
     */
    void show(S snapshot, Dataset data);

    /** Draws axes and labels for a dark (true) or light background. */
    void setDark(boolean dark);

    /**
     * Paints now, on the FX thread, whatever the view otherwise paints on a painter thread and
     * shows a moment later: called before a snapshot of the view is taken (export, render). By
     * default every plot in the view's node draws now ({@link PlotView#drawNowWithin}); a view
     * with pictures of its own paints them too.
     */
    default void drawNow() {
        PlotView.drawNowWithin(node());
    }
}
