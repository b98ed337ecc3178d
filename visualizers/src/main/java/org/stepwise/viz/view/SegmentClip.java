package org.stepwise.viz.view;

/**
 * Clips line segments to a rectangle (Liang &amp; Barsky, "A new concept and method for line
 * clipping", ACM TOG 3(1), 1984). A path that ran away to 1e200 must not reach the renderer
 * as it is: stroking, and above all dashing, a segment millions of pixels long stalls the
 * software rasterizer for seconds, although only the part inside the plot is ever seen.
 */
final class SegmentClip {

    private final double minX;
    private final double minY;
    private final double maxX;
    private final double maxY;
    /** The clipped segment of the last {@link #clip} that returned true: x0, y0, x1, y1. */
    final double[] out = new double[4];

    SegmentClip(double minX, double minY, double maxX, double maxY) {
        this.minX = minX;
        this.minY = minY;
        this.maxX = maxX;
        this.maxY = maxY;
    }

    /**
     * Clips the segment (x0, y0)–(x1, y1) into {@link #out}; false when no part of it lies in
     * the rectangle or a coordinate is not finite.
     */
    boolean clip(double x0, double y0, double x1, double y1) {
        if (!(Double.isFinite(x0) && Double.isFinite(y0) && Double.isFinite(x1) && Double.isFinite(y1))) {
            return false;
        }
        double dx = x1 - x0;
        double dy = y1 - y0;
        double[] range = {0, 1};
        if (!edge(-dx, x0 - minX, range) || !edge(dx, maxX - x0, range)
                || !edge(-dy, y0 - minY, range) || !edge(dy, maxY - y0, range)) {
            return false;
        }
        out[0] = x0 + range[0] * dx;
        out[1] = y0 + range[0] * dy;
        out[2] = x0 + range[1] * dx;
        out[3] = y0 + range[1] * dy;
        return true;
    }

    /** True when the point is inside the rectangle (edges included). */
    boolean contains(double x, double y) {
        return x >= minX && x <= maxX && y >= minY && y <= maxY;
    }

    /** One boundary test of Liang–Barsky: p·t ≤ q narrows [t0, t1]; false when it empties. */
    private static boolean edge(double p, double q, double[] range) {
        if (p == 0) {
            return q >= 0;
        }
        double t = q / p;
        if (p < 0) {
            if (t > range[1]) {
                return false;
            }
            range[0] = Math.max(range[0], t);
        } else {
            if (t < range[0]) {
                return false;
            }
            range[1] = Math.min(range[1], t);
        }
        return true;
    }
}
