package org.stepwise.viz.view;

/**
 * Where a {@link NetworkDiagramView} puts its nodes: layers in evenly spaced columns, each
 * layer's nodes centred in its column, every node a square of one size that fits the tallest
 * layer; and which edge a point is on. Pure geometry, so it is tested without a screen.
 */
final class NetworkLayout {

    /** The largest node square, in pixels at type scale 1. */
    static final double MAX_NODE = 56;
    private static final double MIN_NODE = 10;

    private final int[] widths;
    private final double left;
    private final double top;
    private final double width;
    private final double height;
    private final double node;

    /** A layout of layers of {@code widths} nodes in the box (left, top, width, height). */
    NetworkLayout(int[] widths, double left, double top, double width, double height, double scale) {
        this.widths = widths.clone();
        this.left = left;
        this.top = top;
        this.width = width;
        this.height = height;
        int tallest = 1;
        for (int w : widths) {
            tallest = Math.max(tallest, w);
        }
        double byHeight = height / (tallest * 1.35);
        double byWidth = width / (widths.length * 2.2);
        this.node = Math.max(MIN_NODE, Math.min(MAX_NODE * scale, Math.min(byHeight, byWidth)));
    }

    /** The side of a node's square. */
    double nodeSize() { return node; }

    int layers() { return widths.length; }

    int width(int layer) { return widths[layer]; }

    /** The number of edges between neighbouring layers. */
    int edgeCount() {
        int edges = 0;
        for (int l = 1; l < widths.length; l++) {
            edges += widths[l - 1] * widths[l];
        }
        return edges;
    }

    /** The x of the centre of a layer's column. */
    double columnX(int layer) {
        if (widths.length == 1) {
            return left + width / 2;
        }
        double margin = node;
        return left + margin + layer * (width - 2 * margin) / (widths.length - 1);
    }

    /** The y of the centre of node {@code index} of a layer. */
    double nodeY(int layer, int index) {
        double gap = Math.min(node * 1.35, height / Math.max(1, widths[layer]));
        double span = gap * (widths[layer] - 1);
        return top + height / 2 - span / 2 + index * gap;
    }

    /**
     * The edge nearest the point (x, y) within {@code reach} pixels, as {layer, from, to} with layer
     * the receiving layer (1 or more), or null when none is that near.
     */
    int[] edgeAt(double x, double y, double reach) {
        int[] best = null;
        double bestDistance = reach;
        for (int l = 1; l < widths.length; l++) {
            double x0 = columnX(l - 1) + node / 2;
            double x1 = columnX(l) - node / 2;
            if (x < x0 - reach || x > x1 + reach) {
                continue;
            }
            for (int from = 0; from < widths[l - 1]; from++) {
                for (int to = 0; to < widths[l]; to++) {
                    double d = SegmentDistance.of(x, y, x0, nodeY(l - 1, from), x1, nodeY(l, to));
                    if (d < bestDistance) {
                        bestDistance = d;
                        best = new int[] {l, from, to};
                    }
                }
            }
        }
        return best;
    }

    /** The node whose square holds the point (x, y), as {layer, node}, or null. */
    int[] nodeAt(double x, double y) {
        double half = node / 2;
        for (int l = 0; l < widths.length; l++) {
            if (Math.abs(x - columnX(l)) > half) {
                continue;
            }
            for (int n = 0; n < widths[l]; n++) {
                if (Math.abs(y - nodeY(l, n)) <= half) {
                    return new int[] {l, n};
                }
            }
        }
        return null;
    }

    /** The distance from a point to a segment. */
    static final class SegmentDistance {
        private SegmentDistance() {
        }

        static double of(double px, double py, double ax, double ay, double bx, double by) {
            double dx = bx - ax;
            double dy = by - ay;
            double length = dx * dx + dy * dy;
            double t = length == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length));
            return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
        }
    }
}
