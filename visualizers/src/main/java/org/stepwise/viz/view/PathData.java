package org.stepwise.viz.view;

import java.util.Arrays;
import java.util.Objects;

/**
 * A finished or frozen path for {@link ContourPathView}, held as its own copies of the first
 * {@code length} coordinates: for lessons and pictures that have arrays rather than a live
 * track to read from.
 *
 * @param name       legend name, never {@code null}
 * @param colorIndex index into {@link ColorMaps#classArgb(int)}
 * @param xs         x of each visited point (copied; not modified)
 * @param ys         y of each visited point (copied; not modified)
 * @param gradientX  ∂f/∂x at the last point
 * @param gradientY  ∂f/∂y at the last point
 * @param diverged   true when the optimizer ran away (drawn dashed, without an arrow)
 */
public record PathData(String name, int colorIndex, double[] xs, double[] ys, double gradientX, double gradientY,
                       boolean diverged) implements ContourPathView.Path {

    public PathData {
        Objects.requireNonNull(name, "name");
        if (xs.length != ys.length) {
            throw new IllegalArgumentException("a path needs as many x as y values; got " + xs.length + " and "
                    + ys.length);
        }
        xs = xs.clone();
        ys = ys.clone();
    }

    /** The first {@code length} points of {@code xs}, {@code ys}. */
    public static PathData of(String name, int colorIndex, double[] xs, double[] ys, int length,
                              double gradientX, double gradientY, boolean diverged) {
        if (length < 0 || length > Math.min(xs.length, ys.length)) {
            throw new IllegalArgumentException("a path of " + length + " points needs at least that many x and y values");
        }
        return new PathData(name, colorIndex, Arrays.copyOf(xs, length), Arrays.copyOf(ys, length),
                gradientX, gradientY, diverged);
    }

    @Override
    public int length() { return xs.length; }

    @Override
    public double x(int index) { return xs[index]; }

    @Override
    public double y(int index) { return ys[index]; }

    /** A copy of the x values. */
    @Override
    public double[] xs() { return xs.clone(); }

    /** A copy of the y values. */
    @Override
    public double[] ys() { return ys.clone(); }
}
