package org.stepwise.viz.lessons.decomposition;

import javafx.scene.paint.Color;
import org.stepwise.viz.view.ColorMaps;

/**
 * The ICA panel's colours, the same in its three plots: the mixtures in the first series colour,
 * estimate (unit) a in series colour a + 1, the true sources in the ink, faded.
 */
final class IcaColors {

    /** Estimates beyond this many are not drawn (a data set of many columns): the first few tell the story. */
    static final int MOST_DRAWN = 3;

    private IcaColors() {
    }

    static Color mixture(boolean dark) { return ColorMaps.seriesColor(0, dark); }

    static Color estimate(int a, boolean dark) { return ColorMaps.seriesColor(a + 1, dark); }

    static Color source(Color ink) { return ink.deriveColor(0, 1, 1, 0.6); }
}
