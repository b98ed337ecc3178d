package org.stepwise.algo.density;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The kernels' normalisations: closed forms, and the density's integral over the line and the plane. */
class DensityKernelTest {

    @Test
    void unitBallVolumesAndGammaAreTheClosedForms() {
        assertThat(DensityKernel.logGamma(0.5)).isCloseTo(0.5 * Math.log(Math.PI), within(1e-15));
        assertThat(DensityKernel.logGamma(5)).isCloseTo(Math.log(24), within(1e-14));
        assertThat(Math.exp(DensityKernel.logUnitBallVolume(1))).isCloseTo(2, within(1e-14));
        assertThat(Math.exp(DensityKernel.logUnitBallVolume(2))).isCloseTo(Math.PI, within(1e-14));
        assertThat(Math.exp(DensityKernel.logUnitBallVolume(3))).isCloseTo(4 * Math.PI / 3, within(1e-14));
        assertThat(Math.exp(DensityKernel.logUnitSphereArea(1))).isCloseTo(2 * Math.PI, within(1e-14));
        assertThat(Math.exp(DensityKernel.logUnitSphereArea(2))).isCloseTo(4 * Math.PI, within(1e-13));
    }

    @Test
    void everyKernelsDensityIsNonNegativeAndIntegratesToOneAlongTheLine() {
        double[] points = {-1.3, 0.2, 0.25, 2.0};
        for (DensityKernel kernel : DensityKernel.values()) {
            KernelDensityModel model = new KernelDensityModel(points, 4, 4, 1, 0.7, kernel);
            int count = 200_001;
            double low = -20;
            double step = 40.0 / (count - 1);
            double[] xs = new double[count];
            double[] p = new double[count];
            for (int i = 0; i < count; i++) {
                xs[i] = low + i * step;
            }
            model.densities(xs, count, p);
            double integral = 0;
            for (int i = 0; i < count; i++) {
                assertThat(p[i]).isGreaterThanOrEqualTo(0);
                integral += (i == 0 || i == count - 1 ? 0.5 : 1) * p[i] * step;
            }
            // The tophat's jumps cost the trapezoid rule up to half a step times the jump at each of its 8 edges.
            double tolerance = kernel == DensityKernel.TOPHAT ? 8 * 0.5 * step * model.kernelPeak() : 1e-6;
            assertThat(integral).as(kernel.parameter()).isCloseTo(1, within(tolerance));
        }
    }

    /**
     * Over the plane every kernel but the cosine integrates to 1; scikit-learn 1.2.1's cosine norm
     * in two dimensions is 4 where the kernel's integral is 4 − 8/π, so its density (which the
     * engine reproduces) integrates to 1 − 2/π.
     */
    @Test
    void overThePlaneEveryKernelIntegratesToOneButScikitLearnsCosine() {
        double[] points = {0, 0, 1, 0.5};
        int side = 1201;
        double low = -8;
        double step = 16.0 / (side - 1);
        double[] xs = new double[side * side];
        double[] ys = new double[side * side];
        for (int r = 0, i = 0; r < side; r++) {
            for (int c = 0; c < side; c++, i++) {
                xs[i] = low + c * step;
                ys[i] = low + r * step;
            }
        }
        double[] p = new double[xs.length];
        for (DensityKernel kernel : DensityKernel.values()) {
            new KernelDensityModel(points, 2, 2, 2, 0.9, kernel).densities(xs, ys, xs.length, p);
            double integral = 0;
            for (double v : p) {
                integral += v * step * step;
            }
            double expected = kernel == DensityKernel.COSINE ? 1 - 2 / Math.PI : 1;
            assertThat(integral).as(kernel.parameter()).isCloseTo(expected, within(2e-3));
        }
    }

    /**
     * Far from every point a narrow gaussian's terms underflow to 0 in a plain sum; the estimate
     * then sums in log space and keeps the true log-density: at x = 1 with points 0 and 0.5 and
     * h = 0.01, log p = log[(e^(−5000) + e^(−1250)) / (2 · 0.01 √(2π))] = −1250 − log(0.02 √(2π)).
     */
    @Test
    void aDensityTooSmallForDoublesKeepsItsExactLogarithm() {
        KernelDensityModel model = KernelDensityModel.fit(new double[] {0, 0.5}, 2, 1, 0.01, DensityKernel.GAUSSIAN);
        double expected = -1250 - Math.log(0.02 * Math.sqrt(2 * Math.PI));
        assertThat(model.logDensity(new double[] {1}, 0)).isCloseTo(expected, within(1e-10));
        double[] exponential = {0, 0.5};
        KernelDensityModel laplace = KernelDensityModel.fit(exponential, 2, 1, 0.001, DensityKernel.EXPONENTIAL);
        // e^(−r/h) with r = 0.5 and 1: log[(e^(−500) + e^(−1000)) / (2 · 2h)] = −500 − log(0.004) + log1p(e^(−500)).
        assertThat(laplace.logDensity(new double[] {1}, 0)).isCloseTo(-500 - Math.log(0.004), within(1e-10));
    }
}
