package org.stepwise.algo.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.stepwise.algo.Domain;

class SurfacesTest {

    @Test
    void gradientsMatchCentralDifferencesAtRandomPoints() {
        SplittableRandom random = new SplittableRandom(11);
        double h = 1e-6;
        for (String name : Surfaces.names()) {
            for (double[] bowl : new double[][] {{7, 25}, {100, -80}, {1, 0}}) {
                TestSurface surface = Surfaces.create(name, bowl[0], bowl[1]);
                Domain domain = surface.domain();
                double[] g = new double[2];
                for (int i = 0; i < 50; i++) {
                    double x = domain.xMin() + random.nextDouble() * domain.width();
                    double y = domain.yMin() + random.nextDouble() * domain.height();
                    surface.gradient(x, y, g);
                    double dx = (surface.value(x + h, y) - surface.value(x - h, y)) / (2 * h);
                    double dy = (surface.value(x, y + h) - surface.value(x, y - h)) / (2 * h);
                    double scale = 1 + Math.abs(dx) + Math.abs(dy);
                    assertThat(g[0]).as(name + " ∂f/∂x at (%f, %f)", x, y).isCloseTo(dx, within(1e-5 * scale));
                    assertThat(g[1]).as(name + " ∂f/∂y at (%f, %f)", x, y).isCloseTo(dy, within(1e-5 * scale));
                }
            }
        }
    }

    @Test
    void knownMinimaHaveZeroGradientAndTheDocumentedValue() {
        for (String name : Surfaces.names()) {
            TestSurface surface = Surfaces.create(name, 7, 25);
            double[] g = new double[2];
            for (double[] minimum : surface.minima()) {
                assertThat(surface.value(minimum[0], minimum[1])).as(name)
                        .isCloseTo(surface.minimumValue(), within(1e-20));
                surface.gradient(minimum[0], minimum[1], g);
                assertThat(Math.hypot(g[0], g[1])).as(name).isLessThan(1e-12);
                assertThat(surface.domain().contains(minimum[0], minimum[1])).as(name + " minimum in view").isTrue();
            }
        }
        assertThat(new Rosenbrock().minima()).singleElement().satisfies(m -> assertThat(m).containsExactly(1, 1));
        assertThat(new Beale().minima()).singleElement().satisfies(m -> assertThat(m).containsExactly(3, 0.5));
        assertThat(new Himmelblau().minima()).hasSize(4);
        assertThat(new Himmelblau().minimumValue()).isZero();
    }

    @Test
    void theSaddleHasAStationaryPointButNoMinimum() {
        Saddle saddle = new Saddle();
        assertThat(saddle.minima()).isEmpty();
        assertThat(saddle.minimumValue()).isNaN();
        double[] g = new double[2];
        saddle.gradient(0, 0, g);
        assertThat(Math.hypot(g[0], g[1])).isZero();
        assertThat(saddle.value(0, 0.1)).isNegative();
        assertThat(saddle.value(0.1, 0)).isPositive();
        assertThat(saddle.domain()).isEqualTo(new Domain(-2, 2, -2, 2));
    }

    @Test
    void textbookValues() {
        assertThat(new Rosenbrock().value(0, 0)).isEqualTo(1);
        assertThat(new Rosenbrock().value(-1.2, 1)).isCloseTo(24.2, within(1e-12));
        assertThat(new Himmelblau().value(0, 0)).isEqualTo(170);
        assertThat(new Beale().value(0, 0)).isCloseTo(14.203125, within(1e-12));
        assertThat(new Rastrigin().value(1, 1)).isCloseTo(2, within(1e-12));
        assertThat(new Rastrigin().value(0.5, 0)).isCloseTo(20.25, within(1e-12));
    }

    @Test
    void theBowlHasCurvaturesOneAndKappaAlongItsRotatedAxes() {
        double kappa = 10;
        for (double degrees : new double[] {0, 30, -45, 90}) {
            QuadraticBowl bowl = new QuadraticBowl(kappa, degrees);
            double angle = Math.toRadians(degrees);
            // One unit along the flat axis u and along the steep axis v.
            double ux = Math.cos(angle);
            double uy = Math.sin(angle);
            assertThat(bowl.value(ux, uy)).as("flat axis at %s°", degrees).isCloseTo(0.5, within(1e-12));
            assertThat(bowl.value(-uy, ux)).as("steep axis at %s°", degrees).isCloseTo(0.5 * kappa, within(1e-12));
        }
        assertThat(new QuadraticBowl(10, 0).largestCurvature()).isEqualTo(10);
    }

    @Test
    void aBowlFlatterThanRoundIsRefused() {
        assertThatThrownBy(() -> new QuadraticBowl(0.5, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("conditioning").hasMessageContaining("at least 1");
        assertThatThrownBy(() -> new QuadraticBowl(Double.NaN, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unknownSurfaceListsTheNames() {
        assertThatThrownBy(() -> Surfaces.create("ackley", 1, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("There is no surface 'ackley'; the surfaces are: bowl, rosenbrock, beale, himmelblau, "
                        + "saddle, rastrigin.");
        assertThatThrownBy(() -> Surfaces.create(null, 1, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rosenbrock");
    }

    @Test
    void everyNameMakesItsSurface() {
        assertThat(Surfaces.names()).hasSize(6);
        assertThat(Surfaces.names().stream().map(name -> Surfaces.create(name, 10, 30).name()))
                .containsExactly("Quadratic bowl", "Rosenbrock", "Beale", "Himmelblau", "Saddle", "Rastrigin");
    }
}
