package org.stepwise.viz.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.stepwise.algo.Domain;
import org.stepwise.algo.Surface;

class SurfaceRasterTest {

    /** f = x² + y² on [-2, 2]², minimum 0 at the centre. */
    static final Surface BOWL = new Surface() {
        @Override public String name() { return "bowl"; }

        @Override public double value(double x, double y) { return x * x + y * y; }

        @Override
        public void gradient(double x, double y, double[] out) {
            out[0] = 2 * x;
            out[1] = 2 * y;
        }

        @Override public Domain domain() { return new Domain(-2, 2, -2, 2); }
    };

    @Test
    void lowValuesAreDarkHighValuesLightInAboutTwentyBands() {
        SurfaceRaster raster = new SurfaceRaster(120, 120);
        raster.paint(BOWL, BOWL.domain(), false);
        int centre = raster.pixels()[60 * 120 + 60];
        int corner = raster.pixels()[0];
        assertThat(luminance(centre)).isLessThan(luminance(corner));
        assertThat(centre).isEqualTo(ColorMaps.viridis(0.5 / 18));
        long colours = Arrays.stream(raster.pixels()).distinct().count();
        // 18 bands, each with its darker iso-line colour.
        assertThat(colours).isBetween(15L, 36L);
    }

    @Test
    void hillShadingAddsShadesOnTheSlopes() {
        SurfaceRaster flat = new SurfaceRaster(120, 120);
        SurfaceRaster shaded = new SurfaceRaster(120, 120);
        flat.paint(BOWL, BOWL.domain(), false);
        shaded.paint(BOWL, BOWL.domain(), true);
        assertThat(shaded.pixels()).isNotEqualTo(flat.pixels());
        long distinct = Arrays.stream(shaded.pixels()).distinct().count();
        assertThat(distinct).isGreaterThan(Arrays.stream(flat.pixels()).distinct().count());
    }

    @Test
    void nonFiniteValuesArePaintedAsTheTopBand() {
        Surface holes = new Surface() {
            @Override public String name() { return "holes"; }

            @Override public double value(double x, double y) { return x < 0 ? Double.NaN : x; }

            @Override public void gradient(double x, double y, double[] out) { Arrays.fill(out, 0); }

            @Override public Domain domain() { return new Domain(-1, 1, -1, 1); }
        };
        SurfaceRaster raster = new SurfaceRaster(40, 10);
        raster.paint(holes, holes.domain(), false);
        assertThat(raster.pixels()[5 * 40 + 2]).isEqualTo(ColorMaps.viridis(17.5 / 18));
    }

    private static double luminance(int argb) {
        return 0.2126 * ((argb >> 16) & 0xFF) + 0.7152 * ((argb >> 8) & 0xFF) + 0.0722 * (argb & 0xFF);
    }
}
