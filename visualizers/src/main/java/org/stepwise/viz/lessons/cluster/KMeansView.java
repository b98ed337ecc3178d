package org.stepwise.viz.lessons.cluster;

import java.util.Arrays;
import javafx.scene.Node;
import org.stepwise.algo.cluster.KMeansSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.viz.lesson.DraftDrawing;
import org.stepwise.viz.lesson.EditablePoints;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.view.ColorMaps;
import org.stepwise.viz.view.DecisionBoundaryView;
import org.stepwise.viz.view.PointEditListener;
import org.stepwise.viz.view.SecondaryViews;
import org.stepwise.viz.view.VoronoiCells;

/**
 * The plane of the first two features: points coloured (and shaped) by their cluster, the
 * centroids' Voronoi cells painted under them, the centroids with their trails, the points the
 * last assignment moved ringed, a mini-batch's rows ringed ({@link KMeansOverlay}); once the run
 * has ended, the elbow and the silhouette beside it ({@link KMeansAfterRun}).
 *
 * <p>A step redraws only what it changed: an assignment redraws the points (their colours), a
 * move repaints the cells, and both redraw the overlay; the axes stay. On more than two features
 * the cells are not drawn (they are cells of the whole space, not of this plane), and the overlay
 * says what is shown.
 */
final class KMeansView implements LessonView<KMeansSnapshot>, EditablePoints, DraftDrawing {

    /** The cells' colour strength: pale enough that a point in its cluster's colour stands out on its own cell. */
    static final double CELL_TINT = 0.45;
    /** Points recoloured on the overlay at most, before the points' layer is redrawn instead. */
    static final int MOST_RECOLOURED = 400;

    private final DecisionBoundaryView plane = new DecisionBoundaryView();
    private final KMeansAfterRun afterRun = new KMeansAfterRun();
    private final SecondaryViews pane = new SecondaryViews(plane, afterRun.elbow(), afterRun.silhouette());
    private final ClusterPlane clustered = new ClusterPlane();
    private int[] shownLabels;
    private VoronoiCells cells;

    KMeansView() {
        plane.setEditable(true);
        afterRun.show(null);
    }

    @Override
    public Node node() { return pane; }

    @Override
    public void show(KMeansSnapshot snapshot, Dataset data) {
        plane.change(() -> {
            if (clustered.show(data, plane)) {
                shownLabels = null;
                cells = null;
                plane.setModel(null);
            }
            int[] labels = clustered.labels(snapshot::label);
            Recoloured recoloured = recolour(labels);
            if (snapshot.featureCount() == 2) {
                showCells(snapshot);
            }
            Dataset points = clustered.points();
            int[] rows = clustered.rowOf();
            plane.setOverlay(pen -> {
                plane.points().drawRows(pen, recoloured.rows(), recoloured.count(), recoloured.labels());
                KMeansOverlay.draw(pen, snapshot, points, rows);
            });
        });
        afterRun.show(snapshot);
    }

    /**
     * The points whose cluster differs from the one the points' layer was drawn with: stamped
     * again on the overlay in their new colour. Beyond {@value #MOST_RECOLOURED} of them the layer
     * itself is redrawn with the new clusters (10,000 stamps cost the software renderer about a
     * frame; a few hundred on the overlay, a few milliseconds), so a late step that moves a few
     * points redraws only those.
     */
    private Recoloured recolour(int[] labels) {
        if (shownLabels == null || shownLabels.length != labels.length) {
            return rebase(labels);
        }
        int[] rows = new int[MOST_RECOLOURED];
        int count = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] != shownLabels[i]) {
                if (count == MOST_RECOLOURED) {
                    return rebase(labels);
                }
                rows[count++] = i;
            }
        }
        return new Recoloured(rows, count, labels);
    }

    private Recoloured rebase(int[] labels) {
        shownLabels = labels;
        plane.setAssignments(labels);
        return new Recoloured(new int[0], 0, labels);
    }

    /** Rows recoloured on the overlay, {@code rows[0 .. count)}, by {@code labels}. */
    private record Recoloured(int[] rows, int count, int[] labels) {
    }

    /** New cells only when a centroid moved: an assignment leaves the painted cells as they are. */
    private void showCells(KMeansSnapshot snapshot) {
        int k = snapshot.clusterCount();
        double[] xs = new double[k];
        double[] ys = new double[k];
        for (int c = 0; c < k; c++) {
            xs[c] = snapshot.centre(c, 0);
            ys[c] = snapshot.centre(c, 1);
        }
        if (cells == null || !cells.sameCentres(xs, ys)) {
            cells = new VoronoiCells(xs, ys, Math.max(k, ColorMaps.classColorCount()), CELL_TINT);
            plane.setModel(cells);
        }
    }

    @Override
    public void setDark(boolean dark) {
        plane.setDark(dark);
        afterRun.setDark(dark);
    }

    /** While playing fast, the cells are painted at a quarter of the pixels, off the FX thread. */
    @Override
    public void setDraft(boolean draft) { plane.setDraft(draft); }

    @Override
    public void drawNow() {
        plane.drawNow();
        afterRun.drawNow();
    }

    @Override
    public void setPointEditListener(PointEditListener listener) {
        plane.setPointEditListener(listener);
    }

    /** The plane, for tests. */
    DecisionBoundaryView plane() { return plane; }

    /** The cells painted, or null, for tests. */
    VoronoiCells cells() { return cells; }

    /** The elbow and silhouette, for tests. */
    KMeansAfterRun afterRun() { return afterRun; }
}
