package org.stepwise.algo.manifold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stepwise.algo.SklearnFixture;
import org.stepwise.data.Dataset;

/** The exact and Barnes–Hut gradients against scikit-learn, finite differences and each other. */
class KlObjectiveTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"iris", "blobs10", "digits200"})
    void exactFirstGradientEqualsScikitLearn(String name) {
        SklearnFixture fixture = TsneFixtures.load(name);
        int n = fixture.matrix("y0").length;
        ExactKl kl = new ExactKl(TsneFixtures.flat(fixture.matrix("joint")), n);
        double[] gradient = new double[2 * n];
        double error = kl.evaluate(TsneFixtures.flat(fixture.matrix("y0")), 12, gradient);
        assertThat(error).isCloseTo(fixture.number("kl"), within(1e-8));
        double[] expected = TsneFixtures.flat(fixture.matrix("grad"));
        for (int c = 0; c < 2 * n; c++) {
            assertThat(gradient[c]).as("coordinate %d", c).isCloseTo(expected[c], within(1e-8));
        }
    }

    /**
     * scikit-learn computes Barnes–Hut in float32: our double-precision gradient, on the same
     * quadtree, agrees to float32's rounding (relative to the largest component).
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"blobs10", "digits200"})
    void barnesHutFirstGradientEqualsScikitLearnsToFloat32(String name) {
        SklearnFixture fixture = TsneFixtures.load(name);
        double[] y0 = TsneFixtures.flat(fixture.matrix("y0"));
        int n = y0.length / 2;
        BarnesHutKl kl = new BarnesHutKl(sparse(fixture.matrix("joint_nn")), 0.5);
        double[] gradient = new double[2 * n];
        double error = kl.evaluate(y0, 12, gradient);
        double[] expected = TsneFixtures.flat(fixture.matrix("grad_bh"));
        double largest = 0;
        for (double g : expected) {
            largest = Math.max(largest, Math.abs(g));
        }
        for (int c = 0; c < 2 * n; c++) {
            assertThat(gradient[c]).as("coordinate %d", c).isCloseTo(expected[c], within(1e-4 * largest));
        }
        assertThat(error).isCloseTo(fixture.number("kl_bh"), within(1e-4 * Math.abs(fixture.number("kl_bh"))));
    }

    /** With angle 0 no cell is summarized: Barnes–Hut is the exact gradient for the same P. */
    @Test
    void barnesHutWithAngleZeroIsExact() {
        SklearnFixture fixture = TsneFixtures.load("blobs10");
        double[][] jointNn = fixture.matrix("joint_nn");
        int n = jointNn.length;
        double[] y = spread(n, 5);
        double[] exactGradient = new double[2 * n];
        double[] bhGradient = new double[2 * n];
        // The exact method floors every p at machine epsilon; 0 where the sparse P has no entry keeps them equal.
        double exact = new ExactKl(TsneFixtures.flat(jointNn), n).evaluate(y, 1, exactGradient);
        double bh = new BarnesHutKl(sparse(jointNn), 0).evaluate(y, 1, bhGradient);
        for (int c = 0; c < 2 * n; c++) {
            assertThat(bhGradient[c]).as("coordinate %d", c).isCloseTo(exactGradient[c], within(1e-12));
        }
        assertThat(bh).isCloseTo(exact, within(1e-10));
    }

    /** The gradient is the derivative of the error: central differences, and KL ≥ 0 without exaggeration. */
    @Test
    void exactGradientEqualsCentralDifferences() {
        SklearnFixture fixture = TsneFixtures.load("blobs10");
        int n = fixture.matrix("joint").length;
        ExactKl kl = new ExactKl(TsneFixtures.flat(fixture.matrix("joint")), n);
        double[] y = spread(n, 3);
        double[] gradient = new double[2 * n];
        double base = kl.evaluate(y, 1, gradient);
        assertThat(base).isGreaterThanOrEqualTo(0);
        double[] scratch = new double[2 * n];
        double h = 1e-5;
        for (int c = 0; c < 2 * n; c += 7) {
            double keep = y[c];
            y[c] = keep + h;
            double up = kl.evaluate(y, 1, scratch);
            y[c] = keep - h;
            double down = kl.evaluate(y, 1, scratch);
            y[c] = keep;
            assertThat(gradient[c]).as("coordinate %d", c).isCloseTo((up - down) / (2 * h), within(1e-6));
        }
    }

    private static double[] spread(int n, double scale) {
        SplittableRandom random = new SplittableRandom(11);
        double[] y = new double[2 * n];
        for (int c = 0; c < y.length; c++) {
            y[c] = scale * random.nextGaussian();
        }
        return y;
    }

    static SparseAffinities sparse(double[][] dense) {
        int n = dense.length;
        int[] start = new int[n + 1];
        int count = 0;
        for (double[] row : dense) {
            for (double v : row) {
                count += v != 0 ? 1 : 0;
            }
        }
        int[] columns = new int[count];
        double[] values = new double[count];
        int e = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (dense[i][j] != 0) {
                    columns[e] = j;
                    values[e++] = dense[i][j];
                }
            }
            start[i + 1] = e;
        }
        return new SparseAffinities(start, columns, values);
    }
}
