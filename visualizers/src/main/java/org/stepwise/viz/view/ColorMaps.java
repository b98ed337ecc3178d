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

    /**
     * Series colours on the light theme: Okabe–Ito's hues, the light ones darkened (orange to
     * ochre, sky blue to slate, yellow to olive) until each keeps a contrast of at least 3:1
     * (WCAG 2.1, 1.4.11) against white and against every colour of {@link SurfaceMap#MUTED_LIGHT}.
     * Lightness no longer separates them as it does in Okabe–Ito, so where series must be told
     * apart without colour (the race) each also has its own {@link Markers marker}.
     */
    private static final int[] LIGHT_SERIES = {
        0xFF0072B2, 0xFF936600, 0xFF00795A, 0xFFA33F00, 0xFF264F67, 0xFF9B5C7F, 0xFF55520F, 0xFF24292F,
    };
    /**
     * Series colours on the dark theme: the same hues lightened where Okabe–Ito's are too dark
     * (blue, green, vermillion, black to near white; sky blue paler, to stay apart from the blue),
     * at least 3:1 against the dark chart and every colour of {@link SurfaceMap#MUTED_DARK}.
     */
    private static final int[] DARK_SERIES = {
        0xFF4A9FE0, 0xFFE69F00, 0xFF33C495, 0xFFF07D3A, 0xFFA6D8F5, 0xFFD98BB7, 0xFFF0E442, 0xFFE6EDF3,
    };

    private ColorMaps() {
    }

    /**
     * The ARGB colour of series {@code k} (a chart's line, an optimizer's path) on a light or a
     * dark theme: the same hue in both, as light or dark as the theme's background needs.
     */
    public static int seriesArgb(int k, boolean dark) {
        int[] table = dark ? DARK_SERIES : LIGHT_SERIES;
        return table[Math.floorMod(k, table.length)];
    }

    public static Color seriesColor(int k, boolean dark) { return toColor(seriesArgb(k, dark)); }

    /** WCAG 2.1 relative luminance of an ARGB colour (its opacity ignored): 0 for black, 1 for white. */
    public static double luminance(int argb) {
        return 0.2126 * linear((argb >> 16) & 0xFF) + 0.7152 * linear((argb >> 8) & 0xFF)
                + 0.0722 * linear(argb & 0xFF);
    }

    /** WCAG 2.1 contrast ratio of two colours, from 1 (the same) to 21 (black on white). */
    public static double contrast(int a, int b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
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
