package org.stepwise.viz.view;

import java.awt.geom.Path2D;

/**
 * A marker shape for each series, so that series are told apart by shape as well as by colour
 * (for a colour-blind learner, on a washed-out projector, where two paths overlap): circle,
 * square, diamond, triangle up, triangle down, plus, cross, hexagon. The star is left to the
 * surface's minima. Each shape is a polygon of about the same area as a circle of radius 1
 * (none hides inside another drawn at the same point), given as vertices so the race's Java2D
 * picture and its JavaFX legend draw the very same outline.
 */
public final class Markers {

    /** The names of the shapes, in order: a test and a reader can tell which is which. */
    public static final String[] NAMES = {"circle", "square", "diamond", "triangle up", "triangle down", "plus",
        "cross", "hexagon"};

    private static final double[][] SHAPES = new double[NAMES.length][];

    static {
        SHAPES[0] = regular(32, 1.0, 0);
        // Areas near π, the circle's: a square of side √π, a diamond of the same, triangles and hexagon scaled up.
        double half = Math.sqrt(Math.PI) / 2;
        SHAPES[1] = new double[] {-half, -half, half, -half, half, half, -half, half};
        SHAPES[2] = regular(4, half * Math.sqrt(2), 0);
        double triangle = Math.sqrt(4 * Math.PI / (3 * Math.sqrt(3)));
        // Centred on their centroid, which for an equilateral triangle is the circumcentre.
        SHAPES[3] = regular(3, triangle, 0);
        SHAPES[4] = regular(3, triangle, Math.PI);
        SHAPES[5] = plus(1.3, 0.42, 0);
        SHAPES[6] = plus(1.3, 0.42, Math.PI / 4);
        SHAPES[7] = regular(6, Math.sqrt(2 * Math.PI / (3 * Math.sqrt(3))), Math.PI / 6);
    }

    private Markers() {
    }

    /** Number of distinct shapes; series beyond it reuse them. */
    public static int count() { return SHAPES.length; }

    /** The name of series {@code k}'s shape. */
    public static String name(int k) { return NAMES[Math.floorMod(k, NAMES.length)]; }

    /**
     * The vertices of series {@code k}'s shape, x₀, y₀, x₁, y₁, ..., about the origin with y
     * pointing down (screen coordinates), scaled so its area is that of a circle of radius
     * {@code radius}; a new array each call.
     */
    public static double[] vertices(int k, double radius) {
        double[] unit = SHAPES[Math.floorMod(k, SHAPES.length)];
        double[] out = new double[unit.length];
        for (int i = 0; i < unit.length; i++) {
            out[i] = unit[i] * radius;
        }
        return out;
    }

    /** Series {@code k}'s shape centred on (x, y), as a closed path appended to {@code out} (reset first). */
    public static void shape(Path2D.Double out, int k, double x, double y, double radius) {
        double[] unit = SHAPES[Math.floorMod(k, SHAPES.length)];
        out.reset();
        out.moveTo(x + unit[0] * radius, y + unit[1] * radius);
        for (int i = 2; i < unit.length; i += 2) {
            out.lineTo(x + unit[i] * radius, y + unit[i + 1] * radius);
        }
        out.closePath();
    }

    /** A regular n-gon with its first vertex at the top, turned by {@code turn}. */
    private static double[] regular(int n, double radius, double turn) {
        double[] out = new double[2 * n];
        for (int i = 0; i < n; i++) {
            double angle = -Math.PI / 2 + turn + 2 * Math.PI * i / n;
            out[2 * i] = radius * Math.cos(angle);
            out[2 * i + 1] = radius * Math.sin(angle);
        }
        return out;
    }

    /** A plus of arm length {@code arm} and half-width {@code half}, turned by {@code turn}. */
    private static double[] plus(double arm, double half, double turn) {
        double[] corners = {
            -half, -arm, half, -arm, half, -half, arm, -half, arm, half, half, half,
            half, arm, -half, arm, -half, half, -arm, half, -arm, -half, -half, -half,
        };
        double cos = Math.cos(turn);
        double sin = Math.sin(turn);
        for (int i = 0; i < corners.length; i += 2) {
            double x = corners[i];
            double y = corners[i + 1];
            corners[i] = x * cos - y * sin;
            corners[i + 1] = x * sin + y * cos;
        }
        return corners;
    }
}
