package org.stepwise.viz.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.stepwise.algo.ClassProbabilities;
import org.stepwise.algo.Domain;

class BoundaryRasterTest {

    /** P(class 1) = σ(4x): the boundary is the line x = 0. */
    private static final ClassProbabilities LINE = new ClassProbabilities() {
        @Override public int classCount() { return 2; }

        @Override
        public void predictProbabilities(double[] xs, double[] ys, int count, double[] out) {
            for (int i = 0; i < count; i++) {
                double p = 1 / (1 + Math.exp(-4 * xs[i]));
                out[2 * i] = 1 - p;
                out[2 * i + 1] = p;
            }
        }
    };

    @Test
    void classChangesExactlyAcrossTheBoundary() {
        BoundaryRaster raster = new BoundaryRaster(100, 80, 1);
        raster.paint(LINE, new Domain(-1, 1, -1, 1));
        for (int row = 0; row < 80; row++) {
            assertThat(raster.topClassAt(49, row)).isZero();
            assertThat(raster.topClassAt(50, row)).isEqualTo(1);
        }
        int sureLeft = raster.pixels()[40 * 100];
        int unsure = raster.pixels()[40 * 100 + 48];
        int sureRight = raster.pixels()[40 * 100 + 99];
        assertThat(sureLeft).isNotEqualTo(sureRight);
        // Unsure pixels are paler (closer to white) than sure ones.
        assertThat(brightness(unsure)).isGreaterThan(brightness(sureLeft));
    }

    @Test
    void bandsAcrossThreadsEqualOneBand() {
        BoundaryRaster single = new BoundaryRaster(97, 61, 1);
        BoundaryRaster banded = new BoundaryRaster(97, 61, 4);
        Domain domain = new Domain(-2, 1, -1, 3);
        single.paint(LINE, domain);
        banded.paint(LINE, domain);
        assertThat(banded.pixels()).containsExactly(single.pixels());
    }

    @Test
    void ticksAreRoundAndTransformsRoundTrip() {
        assertThat(PlotTransform.ticks(-1.3, 2.2, 6)).containsExactly(-1.0, -0.5, 0.0, 0.5, 1.0, 1.5, 2.0);
        PlotTransform transform = new PlotTransform(new Domain(-2, 2, 0, 10), 50, 20, 400, 300);
        assertThat(transform.toDataX(transform.toPixelX(1.25))).isEqualTo(1.25);
        assertThat(transform.toPixelY(10)).isEqualTo(20);
        assertThat(transform.toDataY(transform.toPixelY(3.5))).isCloseTo(3.5, org.assertj.core.api.Assertions.within(1e-12));
    }

    private static int brightness(int argb) {
        return ((argb >> 16) & 0xFF) + ((argb >> 8) & 0xFF) + (argb & 0xFF);
    }
}
