package org.stepwise.viz.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stepwise.algo.optim.Surfaces;
import org.stepwise.algo.optim.TestSurface;

/**
 * Every path colour stands out on every pixel of the race's muted surface, in both themes: a
 * contrast ratio of at least 3:1 (WCAG 2.1, 1.4.11, non-text contrast), over the whole painted
 * raster (bands, iso-lines and hill-shading) of every surface the lesson offers. On viridis the
 * yellow path was 1.0:1 against its yellow end and the blue one 1.4:1 against its purple end.
 */
class SurfaceMapTest {

    private static final double STATED_CONTRAST = 3.0;

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void everyPathColourKeepsThreeToOneAgainstEveryPixelOfEverySurface(boolean dark) {
        SurfaceMap map = SurfaceMap.muted(dark);
        assertThat(map.dark()).isEqualTo(dark);
        SurfaceRaster raster = new SurfaceRaster(160, 160);
        for (String name : Surfaces.names()) {
            TestSurface surface = Surfaces.create(name, 10, 30);
            for (boolean shaded : new boolean[] {false, true}) {
                raster.paint(surface, surface.domain(), shaded, map);
                int[] colours = Arrays.stream(raster.pixels()).distinct().toArray();
                assertThat(colours.length).as("%s: bands and iso-lines", name).isGreaterThan(10);
                for (int k = 0; k < ColorMaps.classColorCount(); k++) {
                    int path = map.pathArgb(k);
                    double worst = Arrays.stream(colours).mapToDouble(c -> ColorMaps.contrast(path, c)).min()
                            .orElseThrow();
                    assertThat(worst).as("%s, path %d (%06X), dark %s", name, k, path & 0xFFFFFF, dark)
                            .isGreaterThanOrEqualTo(STATED_CONTRAST);
                }
            }
        }
    }

    @org.junit.jupiter.api.Test
    void viridisHidSomePathColourWhichIsWhyTheRaceLeftIt() {
        SurfaceRaster raster = new SurfaceRaster(160, 160);
        TestSurface surface = Surfaces.create("rosenbrock", 10, 30);
        raster.paint(surface, surface.domain(), false, SurfaceMap.VIRIDIS);
        int[] colours = Arrays.stream(raster.pixels()).distinct().toArray();
        double worst = Double.MAX_VALUE;
        for (int k = 0; k < ColorMaps.classColorCount(); k++) {
            int path = ColorMaps.classArgb(k);
            for (int c : colours) {
                worst = Math.min(worst, ColorMaps.contrast(path, c));
            }
        }
        assertThat(worst).isLessThan(1.5);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void theSurfaceIsLightOnTheLightThemeAndDarkOnTheDark(boolean dark) {
        SurfaceMap map = SurfaceMap.muted(dark);
        for (double t = 0; t <= 1; t += 0.25) {
            double luminance = ColorMaps.luminance(map.argb(t));
            if (dark) {
                assertThat(luminance).isLessThan(0.06);
            } else {
                assertThat(luminance).isGreaterThan(0.6);
            }
        }
        // Low values darker than high ones, as on viridis: valleys read as valleys.
        assertThat(ColorMaps.luminance(map.argb(0))).isLessThan(ColorMaps.luminance(map.argb(1)));
    }
}
