package org.stepwise.viz.lessons.cluster;

import java.util.Locale;
import javafx.scene.paint.Color;
import org.stepwise.algo.cluster.HierarchicalSnapshot;
import org.stepwise.viz.view.OverlayPen;
import org.stepwise.viz.view.TreeDiagramView;

/**
 * What hierarchical clustering draws over its points: the merge the last step made, as a ring
 * around each point of the new cluster and a thick line joining the centres of its two parts, and
 * a caption naming the merge, its height and how many clusters are left (and, on more than two
 * features, that the plane shows the first two).
 */
final class HierarchicalOverlay {

    /** Rings drawn at most: the last merges of a large data set join hundreds of points, which the colours show. */
    static final int MOST_RINGS = 400;

    private HierarchicalOverlay() {
    }

    static void draw(OverlayPen pen, HierarchicalSnapshot s) {
        int m = s.lastMerge();
        if (m >= 0) {
            int[] a = s.members(s.left(m));
            int[] b = s.members(s.right(m));
            Color hot = TreeDiagramView.HIGHLIGHT;
            for (int[] part : new int[][] {a, b}) {
                for (int k = 0; k < Math.min(part.length, MOST_RINGS); k++) {
                    pen.ring(s.feature(part[k], 0), s.feature(part[k], 1), 11, pen.ink(), 2);
                }
            }
            double[] ca = centre(s, a);
            double[] cb = centre(s, b);
            pen.segment(ca[0], ca[1], cb[0], cb[1], pen.ink(), 6);
            pen.segment(ca[0], ca[1], cb[0], cb[1], hot, 3.5);
        }
        pen.caption(17, caption(s));
    }

    private static double[] centre(HierarchicalSnapshot s, int[] rows) {
        double x = 0;
        double y = 0;
        for (int row : rows) {
            x += s.feature(row, 0);
            y += s.feature(row, 1);
        }
        return new double[] {x / rows.length, y / rows.length};
    }

    private static String[] caption(HierarchicalSnapshot s) {
        int m = s.lastMerge();
        String what = m < 0 ? String.format(Locale.ROOT, "Start: %d points, %s linkage",
                s.size(), s.linkage())
                : String.format(Locale.ROOT, "Merge %d · height %.4g · %d left", m + 1, s.height(m),
                        s.size() - s.mergeCount());
        String plane = s.featureCount() > 2 ? "Clustered on " + s.featureCount() + " features; the plane shows the "
                + "first two" : "";
        return java.util.stream.Stream.of(what, plane).filter(t -> !t.isEmpty()).toArray(String[]::new);
    }
}
