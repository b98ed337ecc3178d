package org.stepwise.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GeneratorsTest {

    @Test
    void sameSeedSameData() {
        for (String name : Generators.names()) {
            GeneratorOptions options = new GeneratorOptions(101, 0.2, 2, 42);
            assertThat(Generators.generate(name, options)).as(name).isEqualTo(Generators.generate(name, options));
            assertThat(Generators.generate(name, options.withSeed(43)))
                    .as(name).isNotEqualTo(Generators.generate(name, options));
        }
    }

    @Test
    void sizesAndBalancedClasses() {
        Dataset blobs = Generators.generate("blobs", new GeneratorOptions(301, 0.1, 3, 0));
        assertThat(blobs.size()).isEqualTo(301);
        assertThat(blobs.classCount()).isEqualTo(3);
        int[] counts = new int[3];
        for (int label : blobs.labels()) {
            counts[label]++;
        }
        assertThat(counts).containsExactly(101, 100, 100);
        assertThat(Generators.generate("spirals", new GeneratorOptions(50, 0, 5, 0)).classCount()).isEqualTo(5);
    }

    @Test
    void noiselessMoonsLieOnTheirHalfCircles() {
        Dataset moons = Generators.generate("moons", new GeneratorOptions(100, 0, 2, 0));
        for (int i = 0; i < moons.size(); i++) {
            double x = moons.feature(i, 0);
            double y = moons.feature(i, 1);
            double radius = moons.label(i) == 0 ? Math.hypot(x, y) : Math.hypot(x - 1, y - 0.5);
            assertThat(radius).isCloseTo(1.0, within(1e-12));
            assertThat(moons.label(i) == 0 ? y : 0.5 - y).isGreaterThanOrEqualTo(-1e-12);
        }
    }

    @Test
    void noiselessCirclesHaveRadiiOneAndAHalf() {
        Dataset circles = Generators.generate("circles", new GeneratorOptions(80, 0, 2, 0));
        for (int i = 0; i < circles.size(); i++) {
            double radius = Math.hypot(circles.feature(i, 0), circles.feature(i, 1));
            assertThat(radius).isCloseTo(circles.label(i) == 0 ? 1.0 : 0.5, within(1e-12));
        }
    }

    @Test
    void xorLabelsFollowTheQuadrantsWithoutNoise() {
        Dataset xor = Generators.generate("xor", new GeneratorOptions(200, 0, 2, 3));
        for (int i = 0; i < xor.size(); i++) {
            assertThat(xor.label(i)).isEqualTo(xor.feature(i, 0) * xor.feature(i, 1) > 0 ? 1 : 0);
        }
    }

    @Test
    void noiselessRegressionFollowsTheFunction() {
        Dataset linear = Generators.generate("linear", new GeneratorOptions(50, 0, 2, 0));
        Dataset sine = Generators.generate("sine", new GeneratorOptions(50, 0, 2, 0));
        for (int i = 0; i < 50; i++) {
            assertThat(linear.target(i)).isCloseTo(2 * linear.feature(i, 0) + 1, within(1e-12));
            assertThat(sine.target(i)).isCloseTo(Math.sin(sine.feature(i, 0)), within(1e-12));
        }
    }

    @Test
    void badOptionsAreRefusedClearly() {
        assertThatThrownBy(() -> new GeneratorOptions(0, 0.1, 2, 0))
                .hasMessage("The 'size' option must be an integer in the range [1, 100000]; got 0.");
        assertThatThrownBy(() -> new GeneratorOptions(10, -1, 2, 0)).hasMessageContaining("'noise'");
        assertThatThrownBy(() -> Generators.generate("moons", new GeneratorOptions(10, 0, 3, 0)))
                .hasMessageContaining("exactly 2 classes");
        assertThatThrownBy(() -> Generators.generate("swiss", GeneratorOptions.defaults()))
                .hasMessageContaining("moons, circles, blobs, xor, spirals, linear, sine");
    }
}
