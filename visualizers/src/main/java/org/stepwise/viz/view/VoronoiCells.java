package org.stepwise.viz.view;

import org.stepwise.algo.ClassProbabilities;

/**
 * Voronoi cells of points in the plane as a field for {@link FieldLayer} (or
 * {@link DecisionBoundaryView#setModel}): every place belongs to its nearest centre (the lowest
 * index on a tie, as k-means assigns), so the raster paints each cell in its cluster's colour and
 * draws the cells' edges where the nearest centre changes. The cell's "probability" is set so that
 * the raster tints it at a chosen strength (the raster pales a colour toward chance): points in
 * their cluster's colour stay visible on their own cell. Exact at every
 * pixel, and cheap: k squared distances a pixel. Immutable; any clustering lesson (k-means, its
 * mini-batch form, k-means in a spectral embedding) uses it for its centroids.
 */
public final class VoronoiCells implements ClassProbabilities {

    private final double[] xs;
    private final double[] ys;
    private final int colours;
    private final double nearest;
    private final double other;

    /**
     * @param centresX the centres' x (copied)
     * @param centresY their y (copied)
     * @param colours  how many colours the raster knows (at least the number of centres)
     * @param tint     how strongly a cell is coloured, from 0 (paper) to 1 (the raster's full strength)
     */
    public VoronoiCells(double[] centresX, double[] centresY, int colours, double tint) {
        if (centresX.length != centresY.length || centresX.length == 0 || colours < centresX.length) {
            throw new IllegalArgumentException("one x and one y a centre, and a colour for each");
        }
        xs = centresX.clone();
        ys = centresY.clone();
        this.colours = colours;
        double chance = 1.0 / colours;
        nearest = chance + Math.max(0, Math.min(1, tint)) * (1 - chance);
        other = colours == 1 ? 0 : (1 - nearest) / (colours - 1);
    }

    /** The cell of the place (x, y): its nearest centre's index. */
    public int cellOf(double x, double y) {
        int best = 0;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int c = 0; c < xs.length; c++) {
            double a = x - xs[c];
            double b = y - ys[c];
            double distance = a * a + b * b;
            if (distance < bestDistance) {
                bestDistance = distance;
                best = c;
            }
        }
        return best;
    }

    public int centreCount() { return xs.length; }

    public double centreX(int c) { return xs[c]; }

    public double centreY(int c) { return ys[c]; }

    @Override
    public int classCount() { return colours; }

    @Override
    public void predictProbabilities(double[] px, double[] py, int count, double[] out) {
        java.util.Arrays.fill(out, 0, count * colours, other);
        for (int i = 0; i < count; i++) {
            out[i * colours + cellOf(px[i], py[i])] = nearest;
        }
    }

    /** The same centres: the raster need not be painted again. */
    public boolean sameCentres(double[] centresX, double[] centresY) {
        return java.util.Arrays.equals(xs, centresX) && java.util.Arrays.equals(ys, centresY);
    }
}
