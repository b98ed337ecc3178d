package org.stepwise.algo.optim;

import java.util.List;
import org.stepwise.algo.Domain;

/**
 * Beale's function (Beale 1958; Jamil &amp; Yang, "A literature survey of benchmark functions
 * for global optimisation problems", 2013, function 10):
 * f = (1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)². Minimum 0 at (3, 0.5), between
 * flat plateaus and steep walls.
 */
public final class Beale implements TestSurface {

    @Override
    public String name() { return "Beale"; }

    @Override
    public double value(double x, double y) {
        double first = 1.5 - x + x * y;
        double second = 2.25 - x + x * y * y;
        double third = 2.625 - x + x * y * y * y;
        return first * first + second * second + third * third;
    }

    @Override
    public void gradient(double x, double y, double[] out) {
        double first = 1.5 - x + x * y;
        double second = 2.25 - x + x * y * y;
        double third = 2.625 - x + x * y * y * y;
        out[0] = 2 * first * (y - 1) + 2 * second * (y * y - 1) + 2 * third * (y * y * y - 1);
        out[1] = 2 * first * x + 2 * second * 2 * x * y + 2 * third * 3 * x * y * y;
    }

    @Override
    public Domain domain() { return new Domain(-4.5, 4.5, -4.5, 4.5); }

    @Override
    public List<double[]> minima() { return List.of(new double[] {3, 0.5}); }

    @Override
    public double minimumValue() { return 0; }
}
