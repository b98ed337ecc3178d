package org.stepwise.viz.lessons.cluster;

import java.util.Arrays;
import javafx.scene.Node;
import org.stepwise.algo.Domain;
import org.stepwise.algo.cluster.KMeansSnapshot;
import org.stepwise.algo.cluster.SpectralSnapshot;
import org.stepwise.algo.cluster.SpectralStage;
import org.stepwise.data.Dataset;
import org.stepwise.viz.lesson.EditablePoints;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.view.ColorMaps;
import org.stepwise.viz.view.DecisionBoundaryView;
import org.stepwise.viz.view.PointEditListener;
import org.stepwise.viz.view.SecondaryViews;
import org.stepwise.viz.view.XYChartView;

/**
 * The plane of the first two features with the points coloured by cluster (grey until k-means
 * labels them; by connected component while a disconnected graph is shown), the similarity graph
 * drawn over them while it is built ({@link SpectralOverlay}); beside it the affinity matrix as a
 * heatmap ordered by cluster ({@link SpectralMatrix}) and the points in the eigenvector embedding,
 * coloured the same, with k-means' centroids there.
 *
 * <p>The embedding plot shows coordinates 2 and 3 (eigenvectors 2 and 3 divided by √degree); with
 * two clusters it shows coordinate 2 against coordinate 1, which on a connected graph is the same
 * for every point (the first eigenvector is √degree), so the points lie on a line and k-means
 * splits them along it.
 */
final class SpectralView implements LessonView<SpectralSnapshot>, EditablePoints {

    private final DecisionBoundaryView plane = new DecisionBoundaryView();
    private final SpectralMatrix matrix = new SpectralMatrix();
    private final XYChartView embedding = new XYChartView();
    private final SecondaryViews pane = new SecondaryViews(plane, matrix.view(), embedding);
    private Dataset shownData;
    private Dataset planeData;
    private int[] rowOf;
    private int[] shownGroups;
    private SpectralSnapshot embedded;

    SpectralView() {
        plane.setEditable(true);
        plane.setEqualScale(true);
        pane.setSideShare(0.42);
        embedding.setVisible(false);
    }

    @Override
    public Node node() { return pane; }

    @Override
    public void show(SpectralSnapshot snapshot, Dataset data) {
        plane.change(() -> {
            if (data != shownData) {
                shownData = data;
                shownGroups = null;
                planeData = data.featureCount() == 2 ? data : data.selectFeatures(0, 1);
                plane.setData(planeData);
                rowOf = new int[data.size() - data.heldOutCount()];
                for (int k = 0; k < rowOf.length; k++) {
                    rowOf[k] = data.trainingRow(k);
                }
            }
            int[] groups = new int[planeData.size()];
            Arrays.fill(groups, -1);
            boolean pieces = snapshot.stage() == SpectralStage.LAPLACIAN && snapshot.componentCount() > 1;
            for (int k = 0; k < rowOf.length; k++) {
                groups[rowOf[k]] = pieces ? snapshot.component(k) : snapshot.label(k);
            }
            if (!Arrays.equals(groups, shownGroups)) {
                shownGroups = groups;
                plane.setAssignments(groups);
            }
            Dataset points = planeData;
            int[] rows = rowOf;
            plane.setOverlay(pen -> SpectralOverlay.draw(pen, snapshot, points, rows));
        });
        matrix.show(snapshot);
        showEmbedding(snapshot);
    }

    private void showEmbedding(SpectralSnapshot s) {
        embedding.setVisible(s.hasEmbedding());
        if (!s.hasEmbedding()) {
            return;
        }
        int n = s.pointCount();
        int k = s.clusterCount();
        int xColumn = Math.min(1, k - 1);
        int yColumn = k >= 3 ? 2 : 0;
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = s.label(i);
        }
        KMeansSnapshot kmeans = s.kmeans();
        embedding.change(() -> {
            if (!s.sameStagesAs(embedded)) {
                embedded = s;
                double[] xs = new double[n];
                double[] ys = new double[n];
                for (int i = 0; i < n; i++) {
                    xs[i] = s.embedding(i, xColumn);
                    ys[i] = s.embedding(i, yColumn);
                }
                embedding.setPoints(xs, ys, "coordinate " + (xColumn + 1), "coordinate " + (yColumn + 1));
                embedding.setDomain(new Domain(low(xs), high(xs), low(ys), high(ys)));
            }
            embedding.points().setAssignments(labels);
            embedding.setOverlay(pen -> {
                pen.caption(15, "Embedding: eigenvectors / √degree");
                if (kmeans == null) {
                    return;
                }
                for (int c = 0; c < k; c++) {
                    pen.mark(kmeans.centre(c, xColumn), kmeans.centre(c, yColumn), c, 11, ColorMaps.classColor(c),
                            false);
                    pen.ring(kmeans.centre(c, xColumn), kmeans.centre(c, yColumn), 13, pen.ink(), 2);
                }
            });
        });
    }

    /** The values' least, less 12 % of their range (of their size for a constant coordinate, the first). */
    private static double low(double[] values) {
        return Arrays.stream(values).min().orElse(0) - margin(values);
    }

    private static double high(double[] values) {
        return Arrays.stream(values).max().orElse(0) + margin(values);
    }

    private static double margin(double[] values) {
        double low = Arrays.stream(values).min().orElse(0);
        double high = Arrays.stream(values).max().orElse(0);
        return Math.max(0.12 * (high - low), 0.5 * Math.max(Math.abs(low), Math.abs(high))) + 1e-12;
    }

    @Override
    public void setDark(boolean dark) {
        plane.setDark(dark);
        matrix.view().setDark(dark);
        embedding.setDark(dark);
    }

    @Override
    public void drawNow() {
        plane.drawNow();
        matrix.view().draw();
        embedding.drawNow();
    }

    @Override
    public void setPointEditListener(PointEditListener listener) { plane.setPointEditListener(listener); }

    /** The plane, for tests. */
    DecisionBoundaryView plane() { return plane; }

    /** The matrix heatmap, for tests. */
    SpectralMatrix matrix() { return matrix; }

    /** The embedding plot, for tests. */
    XYChartView embedding() { return embedding; }
}
