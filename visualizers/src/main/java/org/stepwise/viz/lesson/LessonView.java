package org.stepwise.viz.lesson;

import java.util.List;
import javafx.scene.Node;
import org.stepwise.algo.Snapshot;
import org.stepwise.data.Dataset;

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

    /** Names of the scalar metrics the live chart plots, e.g. ["loss", "accuracy"]. */
    List<String> chartedMetrics();

    /** What the chart's legend calls a charted metric: its name unless a learner would read it better otherwise. */
    default String metricLabel(String metric) {
        return metric;
    }

    /**
     * Whether the live chart's value axis is logarithmic for the run that starts with
     * {@code first}: for losses that fall over decades and are never below zero, where a linear
     * axis shows every curve flat against zero beside the largest one. Values that are not
     * positive are left out of a logarithmic chart.
     */
    default boolean chartsOnLogScale(S first) {
        return false;
    }

    /**
     * Whether the live chart sets {@code metric} aside as of the run's newest snapshot: still
     * drawn, but its value axis fitted to the other metrics, so that one curve that ran away does
     * not squeeze the others into a line (the race's optimizers that diverged).
     */
    default boolean chartSetsAside(S newest, String metric) {
        return false;
    }

    /** Draws axes and labels for a dark (true) or light background. */
    void setDark(boolean dark);

    /**
     * Paints now, on the FX thread, whatever the view otherwise paints on a painter thread and
     * shows a moment later: called before a snapshot of the view is taken (export, render).
     */
    default void drawNow() {
    }
}
