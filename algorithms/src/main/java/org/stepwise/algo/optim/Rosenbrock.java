package org.stepwise.algo.optim;

import java.util.List;
import org.stepwise.algo.Domain;

/**
 * Rosenbrock's banana valley (Rosenbrock 1960): f = (a − x)² + b (y − x²)² with a = 1, b = 100;
 * minimum 0 at (1, 1) at the end of a long curved valley.
 */
public final class Rosenbrock implements TestSurface {

    @Override
    public String name() { return "Rosenbrock"; }

    @Override
    public double value(double x, double y) {
        double a = 1 - x;
        double b = y - x * x;
        return a * a + 100 * b * b;
    }

    @Override
    public void gradient(double x, double y, double[] out) {
        double b = y - x * x;
        out[0] = -2 * (1 - x) - 400 * x * b;
        out[1] = 200 * b;
    }

    @Override
    public Domain domain() { return new Domain(-2, 2, -1, 3); }

    @Override
    public List<double[]> minima() { return List.of(new double[] {1, 1}); }
}
