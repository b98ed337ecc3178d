package org.stepwise.algo.optim;

import java.util.List;
import org.stepwise.algo.Domain;

/**
 * Rastrigin's function in two dimensions (Rastrigin 1974; Mühlenbein et al. 1991):
 * f = 2A + Σ (xᵢ² − A cos 2πxᵢ) with A = 10; a grid of local minima around the global minimum
 * 0 at the origin.
 */
public final class Rastrigin implements TestSurface {

    private static final double A = 10;

    @Override
    public String name() { return "Rastrigin"; }

    @Override
    public double value(double x, double y) {
        return 2 * A + x * x - A * Math.cos(2 * Math.PI * x) + y * y - A * Math.cos(2 * Math.PI * y);
    }

    @Override
    public void gradient(double x, double y, double[] out) {
        out[0] = 2 * x + 2 * Math.PI * A * Math.sin(2 * Math.PI * x);
        out[1] = 2 * y + 2 * Math.PI * A * Math.sin(2 * Math.PI * y);
    }

    @Override
    public Domain domain() { return new Domain(-5.12, 5.12, -5.12, 5.12); }

    @Override
    public List<double[]> minima() { return List.of(new double[] {0, 0}); }
}
