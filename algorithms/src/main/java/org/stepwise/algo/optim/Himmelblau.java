package org.stepwise.algo.optim;

import java.util.List;
import org.stepwise.algo.Domain;

/**
 * Himmelblau's function (Himmelblau, <i>Applied Nonlinear Programming</i>, 1972):
 * f = (x² + y − 11)² + (x + y² − 7)². Four minima of value 0, at (3, 2) exactly and at three
 * points known numerically; which one an optimizer finds depends on where it starts.
 */
public final class Himmelblau implements TestSurface {

    @Override
    public String name() { return "Himmelblau"; }

    @Override
    public double value(double x, double y) {
        double first = x * x + y - 11;
        double second = x + y * y - 7;
        return first * first + second * second;
    }

    @Override
    public void gradient(double x, double y, double[] out) {
        double first = x * x + y - 11;
        double second = x + y * y - 7;
        out[0] = 4 * x * first + 2 * second;
        out[1] = 2 * first + 4 * y * second;
    }

    @Override
    public Domain domain() { return new Domain(-5, 5, -5, 5); }

    @Override
    public List<double[]> minima() {
        return List.of(new double[] {3, 2}, new double[] {-2.805118086952745, 3.131312518250573},
                new double[] {-3.779310253377747, -3.283185991286170},
                new double[] {3.584428340330492, -1.848126526964404});
    }

    @Override
    public double minimumValue() { return 0; }
}
