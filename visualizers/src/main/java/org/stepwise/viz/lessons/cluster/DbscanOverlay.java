package org.stepwise.viz.lessons.cluster;

import java.util.Locale;
import javafx.scene.paint.Color;
import org.stepwise.algo.cluster.DbscanSnapshot;
import org.stepwise.viz.view.ColorMaps;
import org.stepwise.viz.view.OverlayPen;

/**
 * What the DBSCAN lesson draws over the points: a cross on each point left as noise; the point
 * the step visited ringed, with its ε-neighbourhood in the metric's shape (a circle, or a diamond
 * for Manhattan), a line to each point in it and its count against minSamples; the points
 * waiting on the stack ringed thin, and listed in order in the lower corner (the expansion queue:
 * the next steps' points); a contested border point (in ε, but another cluster's) ringed dashed;
 * where the pointer rests, the ε-neighbourhood of that place with the number of points in it;
 * and the counts in the top corner.
 */
final class DbscanOverlay {

    /** How many of the waiting points the corner lists: the next five steps. */
    private static final int SHOWN = 5;

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
            for (int i = 0; i < s.waitingCount(); i++) {
                pen.ring(s.feature(s.waiting(i), 0), s.feature(s.waiting(i), 1), 10, ink, 1.5);
            }
            if (s.contestedPoint() >= 0) {
                int c = s.contestedPoint();
                pen.graphics().setLineDashes(4 * pen.scale(), 3 * pen.scale());
                pen.ring(s.feature(c, 0), s.feature(c, 1), 13, ink, 2.5);
                pen.graphics().setLineDashes((double[]) null);
            }
            pen.ring(x, y, 15, ink, 4);
            int within = s.neighbourCount(q);
            pen.label(x, y, String.format(Locale.ROOT, "%d %s %d%s", within, within >= s.minSamples() ? "≥" : "<",
                    s.minSamples(), s.isCore(q) ? ": core" : ""), ink, 15);
        }
        stackList(pen, s);
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

    /** "next: 17 · 23 · 41 · 8 · 5 …  (96 on the stack)" in the plot's lower-left corner, while points wait. */
    private static void stackList(OverlayPen pen, DbscanSnapshot s) {
        if (s.waitingCount() == 0) {
            return;
        }
        StringBuilder text = new StringBuilder("next: ");
        int listed = Math.min(SHOWN, s.waitingCount());
        for (int i = 0; i < listed; i++) {
            text.append(i == 0 ? "" : " · ").append(s.waiting(i));
        }
        if (s.stackSize() > listed) {
            text.append(String.format(Locale.ROOT, " …  (%d on the stack)", s.stackSize()));
        }
        javafx.scene.canvas.GraphicsContext g = pen.graphics();
        g.save();
        g.setFont(javafx.scene.text.Font.font(null, javafx.scene.text.FontWeight.BOLD, 14 * pen.scale()));
        g.setTextBaseline(javafx.geometry.VPos.BOTTOM);
        double left = pen.transform().left() + 10 * pen.scale();
        double bottom = pen.transform().top() + pen.transform().height() - 8 * pen.scale();
        org.stepwise.viz.view.TextPlates.write(g, text.toString(), left, bottom, pen.ink(),
                org.stepwise.viz.view.PlotInk.halo(pen.ink()), 4 * pen.scale());
        g.restore();
    }

    static String number(double v) {
        return String.format(Locale.ROOT, "%.3g", v);
    }
}
