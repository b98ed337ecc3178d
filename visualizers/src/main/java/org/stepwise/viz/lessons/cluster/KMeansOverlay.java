package org.stepwise.viz.lessons.cluster;

import java.util.Locale;
import javafx.scene.paint.Color;
import org.stepwise.algo.cluster.HalfStep;
import org.stepwise.algo.cluster.KMeansSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.viz.view.CentroidTrails;
import org.stepwise.viz.view.OverlayPen;

/**
 * What k-means draws over its points: a ring around each point the last assignment moved to
 * another cluster, a small ring around each row of the last mini-batch, the centroids with their
 * trails ({@link CentroidTrails}), and a caption naming the half-step and the inertia (and, on more
 * than two features, that the plane shows the first two).
 */
final class KMeansOverlay {

    /**
     * Rings drawn at most: beyond this many switched points (the first iterations on 10,000
     * points) the colours alone show the change, and thousands of antialiased rings a frame would
     * hold the renderer (and so the FX thread) for longer than a frame.
     */
    static final int MOST_RINGS = 400;

    private KMeansOverlay() {
    }

    /**
     * Draws {@code s} over the points of {@code plane} (the data's first two features), where the
     * engine's row k is the plane's row {@code rowOf[k]}.
     */
    static void draw(OverlayPen pen, KMeansSnapshot s, Dataset plane, int[] rowOf) {
        Color ink = pen.ink();
        if (s.half() != HalfStep.START && s.changedInLastAssignment() <= MOST_RINGS) {
            for (int i = 0; i < s.pointCount(); i++) {
                if (s.switched(i)) {
                    pen.ring(plane.feature(rowOf[i], 0), plane.feature(rowOf[i], 1), 11, ink, 2.5);
                }
            }
        }
        for (int b = 0; b < Math.min(s.batchSize(), MOST_RINGS); b++) {
            int row = rowOf[s.batchRow(b)];
            pen.ring(plane.feature(row, 0), plane.feature(row, 1), 8, ink, 1.5);
        }
        CentroidTrails.draw(pen, s.clusterCount(), s.trailLength(), s::trail);
        pen.caption(17, caption(s));
    }

    private static String[] caption(KMeansSnapshot s) {
        String what = switch (s.half()) {
            case START -> "Start: " + s.clusterCount() + " centroids, no point assigned";
            case ASSIGN -> s.miniBatch() ? "Batch " + s.batches() + ": assign " + s.batchSize() + " points"
                    : "Iteration " + s.nIter() + ": assign";
            case MOVE -> s.miniBatch() ? "Batch " + s.batches() + ": move" : "Iteration " + s.nIter() + ": move";
            case FINAL_ASSIGN -> "Final assignment";
        };
        String inertia = Double.isNaN(s.inertia()) ? "" : String.format(Locale.ROOT, "J = %.4g", s.inertia());
        String plane = s.featureCount() > 2 ? "Clustered on " + s.featureCount() + " features; the plane shows "
                + "the first two (no cells)" : "";
        return java.util.stream.Stream.of(what, inertia, plane).filter(t -> !t.isEmpty()).toArray(String[]::new);
    }
}
