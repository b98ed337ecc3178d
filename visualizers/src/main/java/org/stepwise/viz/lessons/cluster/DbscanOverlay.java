package org.stepwise.viz.lessons.cluster;

import java.util.Locale;
import javafx.scene.paint.Color;
import org.stepwise.algo.cluster.DbscanSnapshot;
import org.stepwise.viz.view.ColorMaps;
import org.stepwise.viz.view.OverlayPen;

/**
 * What the DBSCAN lesson draws over the points: a cross on each point left as noise; the point
 * the step visited ringed, with its ε-neighbourhood in the metric's shape (a circle, or a diamond
 * for Manhattan) and a line to each point in it; where the pointer rests, the ε-neighbourhood of
 * that place with the number of points in it; and the counts in the corner.
 */
final class DbscanOverlay {

    private DbscanOverlay() {
    }

    static void draw(OverlayPen pen, DbscanSnapshot s, double pointerX, double pointerY) {
        Color ink = pen.ink();
        double p = s.metric().equals("manhattan") ? 1 : 2;
        for (int i = 0, n = s.size(); i < n; i++) {
            if (s.isNoise(i)) {
                pen.cross(s.feature(i, 0), s.feature(i, 1), 14, ink, 2.5);
            }
        }
        int q = s.point();
        if (q >= 0) {
            double x = s.feature(q, 0);
            double y = s.feature(q, 1);
            Color tone = s.label(q) >= 0 ? ColorMaps.classColor(s.label(q)) : ink;
            for (int k = 0, m = s.neighbourCount(q); k < m; k++) {
                int v = s.neighbour(q, k);
                if (v != q) {
                    pen.segment(x, y, s.feature(v, 0), s.feature(v, 1), ink.deriveColor(0, 1, 1, 0.6), 1.5);
                }
            }
            pen.normBall(x, y, s.eps(), p, tone.deriveColor(0, 1, 1, 0.9), 3);
            pen.ring(x, y, 15, ink, 4);
        }
        if (!Double.isNaN(pointerX)) {
            int within = 0;
            for (int i = 0, n = s.size(); i < n; i++) {
                if (s.distanceTo(pointerX, pointerY, i) <= s.eps()) {
                    within++;
                }
            }
            pen.normBall(pointerX, pointerY, s.eps(), p, ink, 2);
            pen.label(pointerX, pointerY, String.format(Locale.ROOT, "%d within eps%s", within,
                    within >= s.minSamples() ? ": dense" : ""), ink, 14);
        }
        pen.caption(17, String.format(Locale.ROOT, "%d cluster%s   %d noise", s.clusterCount(),
                        s.clusterCount() == 1 ? "" : "s", s.noiseCount()),
                String.format(Locale.ROOT, "eps %s   minSamples %d", number(s.eps()), s.minSamples()));
    }

    static String number(double v) {
        return String.format(Locale.ROOT, "%.3g", v);
    }
}
