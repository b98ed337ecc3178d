package org.stepwise.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GeneratorsTest {

    private static int[] classCounts(Dataset data) {
        int[] counts = new int[data.classCount()];
        for (int label : data.labels()) {
            counts[label]++;
        }
        return counts;
    }

    @Test
    void namesAndDefaults() {
        assertThat(Generators.names()).containsExactly("moons", "circles", "blobs", "xor", "spirals", "linear", "sine");
        assertThat(Generators.takesClasses("blobs")).isTrue();
        assertThat(Generators.takesClasses("moons")).isFalse();
    }

    @Test
    void sameSeedSameDataOtherSeedOtherData() {
        for (String name : Generators.names()) {
            GeneratorOptions options = new GeneratorOptions(101, 0.2, 2, 42);
            Dataset data = Generators.generate(name, options);
            assertThat(Generators.generate(name, options)).as(name).isEqualTo(data);
            assertThat(Generators.generate(name, options.withSeed(43))).as(name).isNotEqualTo(data);
            assertThat(data.name()).isEqualTo(name);
        }
    }

    @Test
    void everyGeneratorMakesTheAskedSizeAndShape() {
        for (String name : Generators.names()) {
            for (int size : new int[] {1, 2, 3, 257}) {
                Dataset data = Generators.generate(name, GeneratorOptions.defaults().withSize(size));
                assertThat(data.size()).as(name + " " + size).isEqualTo(size);
                if (Generators.regressionNames().contains(name)) {
                    assertThat(data.featureNames()).containsExactly("x");
                    assertThat(data.isClassification()).isFalse();
                } else {
                    assertThat(data.featureNames()).containsExactly("x1", "x2");
                    assertThat(data.classCount()).isEqualTo(2);
                }
            }
        }
        assertThat(Generators.generate("blobs", new GeneratorOptions(100_000, 0.1, 8, 0)).size()).isEqualTo(100_000);
    }

    @Test
    void classesAreBalancedAndRowsShuffled() {
        assertThat(classCounts(Generators.generate("moons", GeneratorOptions.defaults().withSize(201))))
                .containsExactly(100, 101);
        assertThat(classCounts(Generators.generate("circles", GeneratorOptions.defaults().withSize(201))))
                .containsExactly(100, 101);
        assertThat(classCounts(Generators.generate("xor", GeneratorOptions.defaults().withSize(201))))
                .containsExactly(101, 100);
        for (int classes = 2; classes <= 8; classes++) {
            GeneratorOptions options = new GeneratorOptions(203, 0.1, classes, 5);
            for (String name : new String[] {"blobs", "spirals"}) {
                int[] counts = classCounts(Generators.generate(name, options));
                assertThat(counts).hasSize(classes);
                for (int k = 0; k < classes; k++) {
                    assertThat(counts[k]).isEqualTo(203 / classes + (k < 203 % classes ? 1 : 0));
                }
            }
        }
        int[] labels = Generators.generate("moons", GeneratorOptions.defaults()).labels();
        int changes = 0;
        for (int i = 1; i < labels.length; i++) {
            changes += labels[i] != labels[i - 1] ? 1 : 0;
        }
        // in class blocks there would be one change; shuffled, about half the neighbours differ
        assertThat(changes).isGreaterThan(60);
    }

    @Test
    void noiselessMoonsAreScikitLearnsPoints() {
        // make_moons(7, noise=0, shuffle=False): 3 outer points at t = 0, π/2, π; 4 inner at t = 0, π/3, 2π/3, π
        Dataset moons = Generators.generate("moons", new GeneratorOptions(7, 0, 2, 0));
        Set<String> points = new HashSet<>();
        for (int i = 0; i < moons.size(); i++) {
            points.add(moons.label(i) + ":" + Math.round(moons.feature(i, 0) * 1e9) / 1e9 + ","
                    + Math.round(moons.feature(i, 1) * 1e9) / 1e9);
        }
        assertThat(points).containsExactlyInAnyOrder("0:1.0,0.0", "0:0.0,1.0", "0:-1.0,0.0",
                "1:0.0,0.5", "1:0.5," + Math.round((0.5 - Math.sin(Math.PI / 3)) * 1e9) / 1e9,
                "1:1.5," + Math.round((0.5 - Math.sin(2 * Math.PI / 3)) * 1e9) / 1e9, "1:2.0,0.5");
    }

    @Test
    void noiselessMoonsLieOnTheirHalfCircles() {
        Dataset moons = Generators.generate("moons", new GeneratorOptions(100, 0, 2, 0));
        for (int i = 0; i < moons.size(); i++) {
            double x = moons.feature(i, 0);
            double y = moons.feature(i, 1);
            boolean outer = moons.label(i) == 0;
            double radius = outer ? Math.hypot(x, y) : Math.hypot(x - 1, y - 0.5);
            assertThat(radius).isCloseTo(1.0, within(1e-12));
            // the outer moon is the upper half circle, the inner one the lower half
            assertThat(outer ? y : 0.5 - y).isGreaterThanOrEqualTo(-1e-12);
        }
    }

    @Test
    void noiselessCirclesHaveRadiiOneAndHalfWithEvenAngles() {
        Dataset circles = Generators.generate("circles", new GeneratorOptions(80, 0, 2, 0));
        Set<Long> outerAngles = new HashSet<>();
        for (int i = 0; i < circles.size(); i++) {
            double radius = Math.hypot(circles.feature(i, 0), circles.feature(i, 1));
            assertThat(radius).isCloseTo(circles.label(i) == 0 ? 1.0 : 0.5, within(1e-12));
            if (circles.label(i) == 0) {
                double angle = Math.atan2(circles.feature(i, 1), circles.feature(i, 0));
                double step = (angle < 0 ? angle + 2 * Math.PI : angle) / (2 * Math.PI / 40);
                assertThat(step).isCloseTo(Math.rint(step), within(1e-9));
                outerAngles.add(Math.round(step) % 40);
            }
        }
        assertThat(outerAngles).hasSize(40);
    }

    @Test
    void blobsCentreOnACircleOfRadiusThreeWithSpreadHalfPlusNoise() {
        Dataset blobs = Generators.generate("blobs", new GeneratorOptions(40_000, 0.3, 4, 9));
        double[][] sums = new double[4][2];
        double[] squares = new double[4];
        int[] counts = classCounts(blobs);
        for (int i = 0; i < blobs.size(); i++) {
            sums[blobs.label(i)][0] += blobs.feature(i, 0);
            sums[blobs.label(i)][1] += blobs.feature(i, 1);
        }
        for (int k = 0; k < 4; k++) {
            assertThat(sums[k][0] / counts[k]).isCloseTo(3 * Math.cos(Math.PI / 2 * k), within(0.03));
            assertThat(sums[k][1] / counts[k]).isCloseTo(3 * Math.sin(Math.PI / 2 * k), within(0.03));
        }
        for (int i = 0; i < blobs.size(); i++) {
            int k = blobs.label(i);
            squares[k] += Math.pow(blobs.feature(i, 0) - 3 * Math.cos(Math.PI / 2 * k), 2);
        }
        for (int k = 0; k < 4; k++) {
            assertThat(Math.sqrt(squares[k] / counts[k])).isCloseTo(0.8, within(0.02));
        }
    }

    @Test
    void noiselessXorLabelsFollowTheQuadrants() {
        Dataset xor = Generators.generate("xor", new GeneratorOptions(200, 0, 2, 3));
        Set<String> quadrants = new HashSet<>();
        for (int i = 0; i < xor.size(); i++) {
            double x1 = xor.feature(i, 0);
            double x2 = xor.feature(i, 1);
            assertThat(Math.abs(x1)).isBetween(0.0, 1.0);
            assertThat(Math.abs(x2)).isBetween(0.0, 1.0);
            assertThat(xor.label(i)).isEqualTo(x1 * x2 > 0 ? 1 : 0);
            quadrants.add(Math.signum(x1) + "/" + Math.signum(x2));
        }
        assertThat(quadrants).hasSize(4);
    }

    @Test
    void noiselessSpiralArmsTurnWithRadius() {
        int classes = 3;
        Dataset spirals = Generators.generate("spirals", new GeneratorOptions(90, 0, classes, 0));
        for (int i = 0; i < spirals.size(); i++) {
            double x1 = spirals.feature(i, 0);
            double x2 = spirals.feature(i, 1);
            double r = Math.hypot(x1, x2);
            assertThat(r).isBetween(0.1 - 1e-12, 1 + 1e-12);
            double expected = 2.5 * Math.PI * r + 2 * Math.PI * spirals.label(i) / classes;
            double difference = Math.IEEEremainder(Math.atan2(x2, x1) - expected, 2 * Math.PI);
            assertThat(difference).isCloseTo(0, within(1e-9));
        }
    }

    @Test
    void noiselessRegressionFollowsTheFunctionOnMinusThreeToThree() {
        Dataset linear = Generators.generate("linear", new GeneratorOptions(500, 0, 2, 0));
        Dataset sine = Generators.generate("sine", new GeneratorOptions(500, 0, 2, 0));
        for (int i = 0; i < 500; i++) {
            assertThat(linear.feature(i, 0)).isBetween(-3.0, 3.0);
            assertThat(linear.target(i)).isEqualTo(2 * linear.feature(i, 0) + 1);
            assertThat(sine.target(i)).isEqualTo(Math.sin(sine.feature(i, 0)));
        }
        assertThat(linear.targetName()).isEqualTo("y");
    }

    @Test
    void noiseIsTheStandardDeviationOfTheResiduals() {
        Dataset linear = Generators.generate("linear", new GeneratorOptions(50_000, 0.7, 2, 1));
        double squares = 0;
        double sum = 0;
        for (int i = 0; i < linear.size(); i++) {
            double residual = linear.target(i) - (2 * linear.feature(i, 0) + 1);
            sum += residual;
            squares += residual * residual;
        }
        assertThat(sum / linear.size()).isCloseTo(0, within(0.02));
        assertThat(Math.sqrt(squares / linear.size())).isCloseTo(0.7, within(0.01));
    }

    @ParameterizedTest
    @ValueSource(strings = {"moons", "circles", "xor"})
    void twoClassGeneratorsRefuseOtherCounts(String name) {
        assertThatThrownBy(() -> Generators.generate(name, new GeneratorOptions(10, 0, 3, 0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The '" + name + "' generator makes exactly 2 classes; got 3. Use blobs or spirals"
                        + " for 3 to 8 classes.");
    }

    @Test
    void unknownGeneratorListsTheNames() {
        assertThatThrownBy(() -> Generators.generate("swiss", GeneratorOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("There is no generator 'swiss'; they are: moons, circles, blobs, xor, spirals, linear, sine.");
    }
}
