package org.stepwise.viz.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ColorMapsTest {

    @Test
    void tablesHave256EntriesAndMatplotlibsEndColours() {
        assertThat(ColorTables.VIRIDIS).hasSize(256);
        assertThat(ColorTables.CIVIDIS).hasSize(256);
        assertThat(ColorTables.COOLWARM).hasSize(256);
        // matplotlib's _cm_listed: viridis #440154 .. #FDE725, cividis #00224E .. #FEE838.
        assertThat(ColorMaps.viridis(0)).isEqualTo(0xFF440154);
        assertThat(ColorMaps.viridis(1)).isEqualTo(0xFFFDE725);
        assertThat(ColorMaps.cividis(0)).isEqualTo(0xFF00224E);
        assertThat(ColorMaps.cividis(1)).isEqualTo(0xFFFEE838);
        // Moreland's cool-warm: blue end, red end, a light grey in the middle.
        assertThat(ColorMaps.coolwarm(0)).isEqualTo(0xFF3B4CC0);
        assertThat(ColorMaps.coolwarm(1)).isEqualTo(0xFFB40426);
        int middle = ColorMaps.coolwarm(0.5);
        assertThat(Math.abs(((middle >> 16) & 0xFF) - (middle & 0xFF))).isLessThan(8);
    }

    @Test
    void outOfRangeAndNaNAreClampedAndOpaque() {
        assertThat(ColorMaps.viridis(-3)).isEqualTo(ColorMaps.viridis(0));
        assertThat(ColorMaps.viridis(7)).isEqualTo(ColorMaps.viridis(1));
        assertThat(ColorMaps.viridis(Double.NaN)).isEqualTo(ColorMaps.viridis(0));
        assertThat(ColorMaps.viridis(0.37) >>> 24).isEqualTo(0xFF);
    }

    @Test
    void viridisGetsLighterAlongItsLength() {
        double previous = -1;
        for (int i = 0; i <= 10; i++) {
            double luminance = luminance(ColorMaps.viridis(i / 10.0));
            assertThat(luminance).isGreaterThan(previous);
            previous = luminance;
        }
    }

    @Test
    void classColoursAreOkabeItoWithTheFirstThreeFarApart() {
        assertThat(ColorMaps.classColorCount()).isEqualTo(8);
        assertThat(ColorMaps.classArgb(0)).isEqualTo(0xFF0072B2);
        assertThat(ColorMaps.classArgb(1)).isEqualTo(0xFFE69F00);
        assertThat(ColorMaps.classArgb(2)).isEqualTo(0xFF009E73);
        assertThat(ColorMaps.classArgb(8)).isEqualTo(ColorMaps.classArgb(0));
        assertThat(ColorMaps.classArgb(-1)).isEqualTo(ColorMaps.classArgb(7));
    }

    @Test
    void blendGoesFromWhiteToTheClassColourAndShadeTowardsBlack() {
        int blue = ColorMaps.classArgb(0);
        assertThat(ColorMaps.blend(0xFFFFFFFF, blue, 0)).isEqualTo(0xFFFFFFFF);
        assertThat(ColorMaps.blend(0xFFFFFFFF, blue, 1)).isEqualTo(blue);
        assertThat(ColorMaps.blend(0xFFFFFFFF, blue, 0.5)).isEqualTo(0xFF80B9D9);
        assertThat(ColorMaps.shade(0xFFFFFFFF, 0.5)).isEqualTo(0xFF808080);
    }

    private static double luminance(int argb) {
        return 0.2126 * ((argb >> 16) & 0xFF) + 0.7152 * ((argb >> 8) & 0xFF) + 0.0722 * (argb & 0xFF);
    }
}
