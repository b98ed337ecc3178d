package org.stepwise.viz.view;

import javafx.scene.paint.Color;

/**
 * Centroids with their trails, over a scatter: each centroid's path so far as a line in its
 * cluster's colour on a wider line of the ink (so it reads over its own cell), a small dot at each
 * earlier place, and the centroid itself as a large cross-marked disc. For k-means and any lesson
 * whose centres move (mini-batch k-means, the means of a Gaussian mixture).
 */
public final class CentroidTrails {

    /** The centroid's radius in pixels at the usual type size. */
    public static final double RADIUS = 13;

    /** Reads a centroid's place at one point of its history. */
    @FunctionalInterface
    public interface History {
        /** Coordinate {@code axis} (0 = x, 1 = y) of centroid {@code c} at its {@code position}-th place. */
        double at(int position, int c, int axis);
    }

    private CentroidTrails() {
    }

    /**
     * Draws {@code count} centroids, each with its first {@code length} places (the last is where it
     * is now).
     */
    public static void draw(OverlayPen pen, int count, int length, History history) {
        Color ink = pen.ink();
        double[] xs = new double[length];
        double[] ys = new double[length];
        for (int c = 0; c < count; c++) {
            for (int p = 0; p < length; p++) {
                xs[p] = history.at(p, c, 0);
                ys[p] = history.at(p, c, 1);
            }
            Color colour = ColorMaps.classColor(c);
            if (length > 1) {
                pen.path(xs, ys, length, ink, 5);
                pen.path(xs, ys, length, colour, 2.5);
                for (int p = 0; p < length - 1; p++) {
                    pen.dot(xs[p], ys[p], 3.5, ink);
                }
            }
            double x = xs[length - 1];
            double y = ys[length - 1];
            pen.ring(x, y, RADIUS + 2.5, pen.paper(), 3);
            pen.dot(x, y, RADIUS, colour);
            pen.cross(x, y, RADIUS * 1.1, ink, 3);
        }
    }
}
