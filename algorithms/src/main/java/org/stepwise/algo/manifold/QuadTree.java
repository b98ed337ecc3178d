package org.stepwise.algo.manifold;

import java.util.Arrays;

/**
 * The Barnes–Hut quadtree of a 2-D embedding, as scikit-learn 1.2.1's {@code _QuadTree}
 * ({@code sklearn/neighbors/_quad_tree.pyx}): the root spans the points' bounds (the upper ones
 * pushed out by 1e-3), a cell holding two points is split at its centre into four, points closer
 * than 1e-6 in every coordinate share a leaf, and every cell knows its centre of mass and how
 * many points it holds. Rebuilt every iteration into the same arrays (they grow, never shrink).
 */
final class QuadTree {

    static final double DUPLICATE = 1e-6;

    private int capacity;
    private int cells;
    private double[] minX, minY, maxX, maxY;
    private double[] sumX, sumY, centreX, centreY;
    private int[] count;
    private int[] firstChild;
    private double[] pointX, pointY;
    /** Per cell, packed for the traversal's sake: centre x, centre y, squared width, point count. */
    private double[] summary;

    QuadTree(int points) {
        grow(Math.max(16, 4 * points));
    }

    int cellCount() { return cells; }

    private boolean isLeaf(int cell) { return firstChild[cell] < 0; }

    /** The squared largest side of the cell. */
    private double squaredWidth(int cell) {
        double w = Math.max(maxX[cell] - minX[cell], maxY[cell] - minY[cell]);
        return w * w;
    }

    /** Builds the tree of the n points of {@code y} (n × 2, row-major). */
    void build(double[] y, int n) {
        double loX = Double.POSITIVE_INFINITY, loY = Double.POSITIVE_INFINITY;
        double hiX = Double.NEGATIVE_INFINITY, hiY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            loX = Math.min(loX, y[2 * i]);
            hiX = Math.max(hiX, y[2 * i]);
            loY = Math.min(loY, y[2 * i + 1]);
            hiY = Math.max(hiY, y[2 * i + 1]);
        }
        cells = 0;
        newCell(loX, loY, pushedOut(hiX), pushedOut(hiY));
        for (int i = 0; i < n; i++) {
            insert(y[2 * i], y[2 * i + 1]);
        }
        for (int c = 0; c < cells; c++) {
            if (count[c] > 0) {
                centreX[c] = sumX[c] / count[c];
                centreY[c] = sumY[c] / count[c];
            }
            summary[4 * c] = centreX[c];
            summary[4 * c + 1] = centreY[c];
            summary[4 * c + 2] = squaredWidth(c);
            summary[4 * c + 3] = count[c];
        }
    }

    /**
     * The cells' centres, squared widths and counts, four numbers a cell in cell order (valid
     * after {@link #build}; the array is the tree's own, read but never written by callers).
     */
    double[] summary() { return summary; }

    /** The first of a cell's four children, or −1 for a leaf. */
    int[] children() { return firstChild; }

    private static double pushedOut(double max) {
        return Math.max(max * (1 + 1e-3 * Math.signum(max)), max + 1e-3);
    }

    private void insert(double x, double y) {
        int cell = 0;
        while (true) {
            if (isLeaf(cell)) {
                if (count[cell] == 0 || Math.abs(pointX[cell] - x) <= DUPLICATE && Math.abs(pointY[cell] - y) <= DUPLICATE) {
                    if (count[cell] == 0) {
                        pointX[cell] = x;
                        pointY[cell] = y;
                    }
                    add(cell, x, y, 1);
                    return;
                }
                split(cell);
            }
            add(cell, x, y, 1);
            cell = childFor(cell, x, y);
        }
    }

    /** Moves a leaf's point(s) into one of four new children. */
    private void split(int cell) {
        double midX = (minX[cell] + maxX[cell]) / 2;
        double midY = (minY[cell] + maxY[cell]) / 2;
        int first = cells;
        newCell(minX[cell], minY[cell], midX, midY);
        newCell(midX, minY[cell], maxX[cell], midY);
        newCell(minX[cell], midY, midX, maxY[cell]);
        newCell(midX, midY, maxX[cell], maxY[cell]);
        firstChild[cell] = first;
        int child = childFor(cell, pointX[cell], pointY[cell]);
        pointX[child] = pointX[cell];
        pointY[child] = pointY[cell];
        count[child] = count[cell];
        sumX[child] = sumX[cell];
        sumY[child] = sumY[cell];
    }

    private int childFor(int cell, double x, double y) {
        double midX = (minX[cell] + maxX[cell]) / 2;
        double midY = (minY[cell] + maxY[cell]) / 2;
        return firstChild[cell] + (x >= midX ? 1 : 0) + (y >= midY ? 2 : 0);
    }

    private void add(int cell, double x, double y, int points) {
        count[cell] += points;
        sumX[cell] += x;
        sumY[cell] += y;
    }

    private void newCell(double loX, double loY, double hiX, double hiY) {
        if (cells == capacity) {
            grow(2 * capacity);
        }
        int c = cells++;
        minX[c] = loX;
        minY[c] = loY;
        maxX[c] = hiX;
        maxY[c] = hiY;
        sumX[c] = 0;
        sumY[c] = 0;
        count[c] = 0;
        firstChild[c] = -1;
    }

    private void grow(int newCapacity) {
        capacity = newCapacity;
        minX = copy(minX, newCapacity);
        minY = copy(minY, newCapacity);
        maxX = copy(maxX, newCapacity);
        maxY = copy(maxY, newCapacity);
        sumX = copy(sumX, newCapacity);
        sumY = copy(sumY, newCapacity);
        centreX = copy(centreX, newCapacity);
        centreY = copy(centreY, newCapacity);
        pointX = copy(pointX, newCapacity);
        pointY = copy(pointY, newCapacity);
        count = count == null ? new int[newCapacity] : Arrays.copyOf(count, newCapacity);
        firstChild = firstChild == null ? new int[newCapacity] : Arrays.copyOf(firstChild, newCapacity);
        summary = new double[4 * newCapacity];
    }

    private static double[] copy(double[] a, int length) {
        return a == null ? new double[length] : Arrays.copyOf(a, length);
    }
}
