package org.stepwise.viz.lessons.cluster;

import java.util.List;
import org.stepwise.algo.cluster.KMeansSnapshot;
import org.stepwise.viz.view.ColorMaps;
import org.stepwise.viz.view.OverlayPen;
import org.stepwise.viz.view.XYChartView;

/**
 * The two pictures that judge a finished run, shown beside the plane once it has ended: the elbow
 * (inertia of one converged run for each k, the run's own k marked) and the silhouette (every
 * point's s(i), sorted within its cluster and stacked cluster by cluster, so each cluster is a
 * "knife" in its colour; the mean marked). Hidden while the run goes on.
 */
final class KMeansAfterRun {

    private final XYChartView elbow = new XYChartView();
    private final XYChartView silhouette = new XYChartView();
    private KMeansSnapshot shown;

    XYChartView elbow() { return elbow; }

    XYChartView silhouette() { return silhouette; }

    /** Shows the diagnostics of a finished run; hides both charts for a run going on (or null). */
    void show(KMeansSnapshot snapshot) {
        boolean ended = snapshot != null && snapshot.elbow().length > 0;
        elbow.setVisible(ended);
        silhouette.setVisible(ended && !Double.isNaN(snapshot.silhouette()));
        if (!ended || snapshot == shown) {
            return;
        }
        shown = snapshot;
        showElbow(snapshot);
        if (silhouette.isVisible()) {
            showSilhouette(snapshot);
        }
    }

    private void showElbow(KMeansSnapshot s) {
        double[] inertia = s.elbow();
        double[] ks = new double[inertia.length];
        for (int i = 0; i < ks.length; i++) {
            ks[i] = i + 1;
        }
        elbow.change(() -> {
            elbow.setPoints(ks, inertia, "clusters k", "inertia J");
            elbow.setPointColor(ColorMaps.classColor(3));
            elbow.setLines(List.of(new XYChartView.Line(ks, inertia, ks.length, ColorMaps.classColor(3), 2.5, "")));
            elbow.setMarkerX(s.clusterCount());
            elbow.setOverlay(pen -> title(pen, "Elbow"));
        });
    }

    private void showSilhouette(KMeansSnapshot s) {
        int n = s.pointCount();
        int k = s.clusterCount();
        double[] values = new double[n];
        double[] positions = new double[n];
        int[] clusters = new int[n];
        int at = 0;
        for (int c = 0; c < k; c++) {
            int start = at;
            for (int i = 0; i < n; i++) {
                if (s.label(i) == c) {
                    values[at] = s.silhouette(i);
                    clusters[at] = c;
                    at++;
                }
            }
            java.util.Arrays.sort(values, start, at);
            for (int i = start; i < at; i++) {
                // A gap of a few points between clusters, the largest value at the top of each knife.
                positions[i] = i + c * Math.max(2, n / 40.0);
            }
        }
        silhouette.change(() -> {
            silhouette.setPoints(values, positions, "silhouette s(i)", "points by cluster");
            silhouette.points().setAssignments(clusters);
            silhouette.setMarkerX(s.silhouette());
            silhouette.setOverlay(pen -> title(pen, String.format(java.util.Locale.ROOT, "mean s = %.3f",
                    s.silhouette())));
        });
    }

    private static void title(OverlayPen pen, String text) {
        pen.caption(15, text);
    }

    void setDark(boolean dark) {
        elbow.setDark(dark);
        silhouette.setDark(dark);
    }

    void drawNow() {
        elbow.drawNow();
        silhouette.drawNow();
    }
}
