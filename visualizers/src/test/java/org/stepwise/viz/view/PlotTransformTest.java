package org.stepwise.viz.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stepwise.algo.Domain;

class PlotTransformTest {

    private final PlotTransform transform = new PlotTransform(new Domain(-2, 2, 0, 10), 50, 20, 400, 300);

    @Test
    void dataToPixelAndBackRoundTrips() {
        for (double x = -2; x <= 2; x += 0.37) {
            assertThat(transform.toDataX(transform.toPixelX(x))).isCloseTo(x, within(1e-12));
        }
        for (double y = 0; y <= 10; y += 0.91) {
            assertThat(transform.toDataY(transform.toPixelY(y))).isCloseTo(y, within(1e-12));
        }
        for (double pixel = 50; pixel <= 450; pixel += 13.5) {
            assertThat(transform.toPixelX(transform.toDataX(pixel))).isCloseTo(pixel, within(1e-9));
        }
    }

    @Test
    void corners() {
        assertThat(transform.toPixelX(-2)).isEqualTo(50);
        assertThat(transform.toPixelX(2)).isEqualTo(450);
        // y grows upwards in data and downwards on screen.
        assertThat(transform.toPixelY(10)).isEqualTo(20);
        assertThat(transform.toPixelY(0)).isEqualTo(320);
        assertThat(transform.containsPixel(50, 320)).isTrue();
        assertThat(transform.containsPixel(49, 100)).isFalse();
        assertThat(transform.containsPixel(100, 321)).isFalse();
    }

    @Test
    void ticksAreOneTwoOrFiveTimesAPowerOfTen() {
        assertThat(PlotTransform.ticks(-1.3, 2.2, 6)).containsExactly(-1.0, -0.5, 0.0, 0.5, 1.0, 1.5, 2.0);
        assertThat(PlotTransform.ticks(0, 100, 5)).containsExactly(0.0, 20.0, 40.0, 60.0, 80.0, 100.0);
        assertThat(PlotTransform.ticks(-0.004, 0.006, 5))
                .usingElementComparator((a, b) -> Math.abs(a - b) < 1e-15 ? 0 : Double.compare(a, b))
                .containsExactly(-0.004, -0.002, 0.0, 0.002, 0.004, 0.006);
        List<Double> small = PlotTransform.ticks(0.1, 0.7, 6);
        assertThat(small).hasSize(7);
        assertThat(small.get(2)).isCloseTo(0.3, within(1e-12));
    }

    @Test
    void ticksFarFromZeroOrOfAnEmptyRangeEndWithoutLooping() {
        // Adding a step of 20 to 1e17 does not change it; ticks must still come back.
        assertThat(PlotTransform.ticks(1e17, 1e17 + 100, 6)).isNotEmpty().hasSizeLessThanOrEqualTo(25);
        assertThat(PlotTransform.ticks(3, 3, 6)).isEmpty();
        assertThat(PlotTransform.ticks(0, Double.POSITIVE_INFINITY, 6)).isEmpty();
    }

    @Test
    void labelsHaveNoTrailingZeros() {
        assertThat(PlotTransform.label(2.0)).isEqualTo("2");
        assertThat(PlotTransform.label(-0.5)).isEqualTo("-0.5");
        assertThat(PlotTransform.label(0.30000000000000004)).isEqualTo("0.3");
        assertThat(PlotTransform.label(0.00025)).isEqualTo("0.00025");
        assertThat(PlotTransform.label(120.4)).isEqualTo("120");
        assertThat(PlotTransform.label(1.5e7)).isEqualTo("1.5e+07");
        assertThat(PlotTransform.label(-2.5e-7)).isEqualTo("-2.5e-07");
    }
}
