package org.stepwise.algo.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.stepwise.algo.Domain;

class SurfacesTest {

    @Test
    void gradientsMatchCentralDifferences() {
        SplittableRandom random = new SplittableRandom(11);
        double h = 1e-6;
        for (String name : Surfaces.names()) {
            TestSurface surface = Surfaces.create(name, 7, 25);
            Domain domain = surface.domain();
            double[] g = new double[2];
            for (int i = 0; i < 50; i++) {
                double x = domain.xMin() + random.nextDouble() * domain.width();
                double y = domain.yMin() + random.nextDouble() * domain.height();
                surface.gradient(x, y, g);
                double dx = (surface.value(x + h, y) - surface.value(x - h, y)) / (2 * h);
                double dy = (surface.value(x, y + h) - surface.value(x, y - h)) / (2 * h);
                double scale = 1 + Math.abs(dx) + Math.abs(dy);
                assertThat(g[0]).as(name + " ∂x at (%f, %f)", x, y).isCloseTo(dx, within(1e-5 * scale));
                assertThat(g[1]).as(name + " ∂y at (%f, %f)", x, y).isCloseTo(dy, within(1e-5 * scale));
            }
        }
    }

    @Test
    void minimaHaveValueZeroAndZeroGradient() {
        for (String name : Surfaces.names()) {
            TestSurface surface = Surfaces.create(name, 7, 25);
            double[] g = new double[2];
            for (double[] minimum : surface.minima()) {
                assertThat(surface.value(minimum[0], minimum[1])).as(name).isCloseTo(0, within(1e-20));
                surface.gradient(minimum[0], minimum[1], g);
                assertThat(Math.hypot(g[0], g[1])).as(name).isLessThan(1e-12);
            }
        }
        assertThat(new Saddle().minima()).isEmpty();
    }

    @Test
    void textbookValues() {
        assertThat(new Rosenbrock().value(0, 0)).isEqualTo(1);
        assertThat(new Himmelblau().value(0, 0)).isEqualTo(170);
        assertThat(new Beale().value(0, 0)).isCloseTo(14.203125, within(1e-12));
        assertThat(new Rastrigin().value(1, 1)).isCloseTo(2, within(1e-12));
        // The bowl rotated by 90°: the steep axis becomes x.
        assertThat(new QuadraticBowl(10, 90).value(1, 0)).isCloseTo(5, within(1e-12));
        assertThat(new QuadraticBowl(10, 0).value(1, 0)).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void unknownSurfaceListsTheNames() {
        assertThatThrownBy(() -> Surfaces.create("ackley", 1, 0))
                .hasMessage("There is no surface 'ackley'; they are: bowl, rosenbrock, beale, himmelblau, saddle, rastrigin.");
    }
}
