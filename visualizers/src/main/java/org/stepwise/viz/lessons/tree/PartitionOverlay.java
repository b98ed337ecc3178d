package org.stepwise.viz.lessons.tree;

import javafx.scene.paint.Color;
import org.stepwise.algo.Domain;
import org.stepwise.algo.tree.DecisionTree;
import org.stepwise.viz.view.OverlayPen;
import org.stepwise.viz.view.TreeDiagramView;

/**
 * The tree's splits drawn on the plot: on a plane of two features each split is a segment across
 * the cell of its node (the box the splits above it cut out), the one a step just made thick in
 * the diagram's highlight; on one feature against the target each split is a vertical line at its
 * threshold.
 */
final class PartitionOverlay {

    private PartitionOverlay() {
    }

    /** Every split of a two-feature tree, the newest highlighted. */
    static void plane(OverlayPen pen, DecisionTree tree, int newest) {
        Domain d = pen.transform().domain();
        cell(pen, tree, 0, d.xMin(), d.xMax(), d.yMin(), d.yMax(), newest);
    }

    private static void cell(OverlayPen pen, DecisionTree tree, int node, double x0, double x1, double y0, double y1,
                             int newest) {
        if (tree.isLeaf(node)) {
            return;
        }
        double t = tree.threshold(node);
        boolean hot = node == newest;
        Color color = hot ? TreeDiagramView.HIGHLIGHT : pen.ink();
        double width = hot ? 5 : 1.6;
        if (tree.feature(node) == 0) {
            double x = clamp(t, x0, x1);
            pen.segment(x, y0, x, y1, color, width);
            cell(pen, tree, tree.left(node), x0, x, y0, y1, newest);
            cell(pen, tree, tree.right(node), x, x1, y0, y1, newest);
        } else {
            double y = clamp(t, y0, y1);
            pen.segment(x0, y, x1, y, color, width);
            cell(pen, tree, tree.left(node), x0, x1, y0, y, newest);
            cell(pen, tree, tree.right(node), x0, x1, y, y1, newest);
        }
    }

    /** The thresholds of a one-feature tree as vertical lines, the newest highlighted. */
    static void line(OverlayPen pen, DecisionTree tree, int newest) {
        Domain d = pen.transform().domain();
        for (int node = 0; node < tree.nodeCount(); node++) {
            if (tree.inTree(node) && !tree.isLeaf(node)) {
                boolean hot = node == newest;
                double x = tree.threshold(node);
                if (hot) {
                    pen.segment(x, d.yMin(), x, d.yMax(), TreeDiagramView.HIGHLIGHT, 4);
                } else {
                    pen.dashedSegment(x, d.yMin(), x, d.yMax(), pen.ink().deriveColor(0, 1, 1, 0.35), 1.2);
                }
            }
        }
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
