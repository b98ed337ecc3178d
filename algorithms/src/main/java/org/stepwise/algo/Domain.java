package org.stepwise.algo;

/**
 * A rectangle of the plane: the part of a surface or feature space a view shows.
 * Bounds are finite with {@code xMin < xMax} and {@code yMin < yMax}.
 */
public record Domain(double xMin, double xMax, double yMin, double yMax) {

    public Domain {
        if (!(Double.isFinite(xMin) && Double.isFinite(xMax) && Double.isFinite(yMin) && Double.isFinite(yMax))
                || xMin >= xMax || yMin >= yMax) {
            throw new IllegalArgumentException("not a proper rectangle: x [" + xMin + ", " + xMax
                    + "], y [" + yMin + ", " + yMax + "]");
        }
    }

    public double width() { return xMax - xMin; }

    public double height() { return yMax - yMin; }

    /** This rectangle grown by {@code fraction} of its size on every side. */
    public Domain padded(double fraction) {
        double dx = width() * fraction;
        double dy = height() * fraction;
        return new Domain(xMin - dx, xMax + dx, yMin - dy, yMax + dy);
    }

    public boolean contains(double x, double y) {
        return x >= xMin && x <= xMax && y >= yMin && y <= yMax;
    }
}
