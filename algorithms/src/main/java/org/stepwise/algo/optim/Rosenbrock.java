package org.stepwise.algo.optim;

import java.util.List;
import org.stepwise.algo.Domain;

/**
 * Rosenbrock's banana valley (Rosenbrock, <i>The Computer Journal</i> 3(3), 1960):
 * f = (a − x)² + b (y − x²)² with a = 1, b = 100. Minimum 0 at (a, a²) = (1, 1), at the end of a
 * long, curved, nearly flat valley.
 */
public final class Rosenbrock implements TestSurface {

    private static final double A = 1;
    private static final double B = 100;

    @Override
    public String name() { return "Rosenbrock"; }

    @Override
    public double value(double x, double y) {
        double offset = A - x;
        double valley = y - x * x;
        return offset * offset + B * valley * valley;
    }

    @Override
    public void gradient(double x, double y, double[] out) {
        double valley = y - x * x;
        out[0] = -2 * (A - x) - 4 * B * x * valley;
        out[1] = 2 * B * valley;
    }

    @Override
    public Domain domain() { return new Domain(-2, 2, -1, 3); }

    @Override
    public List<double[]> minima() { return List.of(new double[] {A, A * A}); }

    @Override
    public double minimumValue() { return 0; }
}
