package org.stepwise.viz.view;

import javafx.scene.paint.Color;

/**
 * The plots' own colours in the two themes: the ink of axes, labels and overlay text, and the
 * paper a plot is drawn on where no heatmap covers it. One place, so every view of every lesson
 * switches theme to the same colours.
 */
public final class PlotInk {

    /** Ink on the light theme's paper. */
    public static final Color LIGHT_INK = Color.rgb(40, 40, 40);
    /** Ink on the dark theme's paper. */
    public static final Color DARK_INK = Color.rgb(230, 237, 243);
    /** The plot's ground on the light theme. */
    public static final Color LIGHT_PAPER = Color.rgb(246, 248, 250);
    /** The plot's ground on the dark theme. */
    public static final Color DARK_PAPER = Color.rgb(34, 39, 46);

    private static final Color DARK_HALO = Color.rgb(0, 0, 0, 0.6);
    private static final Color LIGHT_HALO = Color.rgb(255, 255, 255, 0.8);
    private static final Color DARK_VEIL = Color.rgb(34, 39, 46, 0.9);
    private static final Color LIGHT_VEIL = Color.rgb(255, 255, 255, 0.9);

    private PlotInk() {
    }

    public static Color ink(boolean dark) { return dark ? DARK_INK : LIGHT_INK; }

    public static Color paper(boolean dark) { return dark ? DARK_PAPER : LIGHT_PAPER; }

    /**
     * The ground drawn under text or a line in {@code ink} so it reads on any heatmap colour (a
     * text's plate, {@link TextPlates}): dark under light ink, light under dark ink.
     */
    public static Color halo(Color ink) {
        return ink.getBrightness() > 0.5 ? DARK_HALO : LIGHT_HALO;
    }

    /** The ground of a legend or table drawn over the plot: the paper, a little transparent. */
    public static Color veil(boolean dark) { return dark ? DARK_VEIL : LIGHT_VEIL; }
}
