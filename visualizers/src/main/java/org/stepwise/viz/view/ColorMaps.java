package org.stepwise.viz.view;

import javafx.scene.paint.Color;

/**
 * Colours that stay readable for colour-blind viewers and on a projector: viridis and cividis
 * for sequential values, coolwarm for signed values, and the Okabe–Ito palette (Okabe &amp; Ito
 * 2008) for classes and series. Colours are opaque ARGB ints for {@code PixelWriter}.
 */
public final class ColorMaps {

    /** Okabe–Ito, ordered so that the first three are far apart: blue, orange, green, ... */
    private static final int[] CLASS_COLORS = {
        0xFF0072B2, 0xFFE69F00, 0xFF009E73, 0xFFD55E00, 0xFF56B4E9, 0xFFCC79A7, 0xFFF0E442, 0xFF000000,
    };

    private ColorMaps() {
    }

    /** Number of distinct class colours; classes beyond it reuse them. */
    public static int classColorCount() { return CLASS_COLORS.length; }

    /** The ARGB colour of class (or series) {@code k}. */
    public static int classArgb(int k) { return CLASS_COLORS[Math.floorMod(k, CLASS_COLORS.length)]; }

    public static Color classColor(int k) { return toColor(classArgb(k)); }

    /** Viridis at t ∈ [0, 1] (clamped). */
    public static int viridis(double t) { return sample(ColorTables.VIRIDIS, t); }

    /** Cividis at t ∈ [0, 1] (clamped). */
    public static int cividis(double t) { return sample(ColorTables.CIVIDIS, t); }

    /** Coolwarm at t ∈ [0, 1] (clamped); 0.5 is the neutral middle. */
    public static int coolwarm(double t) { return sample(ColorTables.COOLWARM, t); }

    /** (1 − t)·a + t·b per channel, opaque. */
    public static int blend(int a, int b, double t) {
        int red = mix((a >> 16) & 0xFF, (b >> 16) & 0xFF, t);
        int green = mix((a >> 8) & 0xFF, (b >> 8) & 0xFF, t);
        int blue = mix(a & 0xFF, b & 0xFF, t);
        return 0xFF000000 | (red << 16) | (green << 8) | blue;
    }

    /** The colour scaled towards black by {@code factor} in [0, 1] (1 keeps it). */
    public static int shade(int argb, double factor) {
        return blend(0xFF000000, argb, factor);
    }

    /** The opaque ARGB int of a colour (its opacity dropped). */
    public static int argb(Color color) {
        return 0xFF000000 | (int) Math.round(color.getRed() * 255) << 16
                | (int) Math.round(color.getGreen() * 255) << 8 | (int) Math.round(color.getBlue() * 255);
    }

    public static Color toColor(int argb) {
        return Color.rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF);
    }

    private static int sample(int[] table, double t) {
        double clamped = Double.isNaN(t) ? 0 : Math.max(0, Math.min(1, t));
        return 0xFF000000 | table[(int) Math.round(clamped * (table.length - 1))];
    }

    private static int mix(int a, int b, double t) {
        return (int) Math.round(a + (b - a) * t);
    }
}
