package org.stepwise.algo.optim;

import java.util.List;
import org.stepwise.algo.Domain;

/**
 * Rastrigin's function in two dimensions (Rastrigin 1974; in this form Mühlenbein, Schomisch &amp;
 * Born 1991): f = A n + Σᵢ (xᵢ² − A cos 2πxᵢ) with A = 10 and n = 2. A regular grid of local
 * minima around the global minimum 0 at the origin; the usual domain is [−5.12, 5.12]².
 */
public final class Rastrigin implements TestSurface {

    private static final double A = 10;
    private static final double TWO_PI = 2 * Math.PI;

    @Override
    public String name() { return "Rastrigin"; }

    @Override
    public double value(double x, double y) {
        return 2 * A + (x * x - A * Math.cos(TWO_PI * x)) + (y * y - A * Math.cos(TWO_PI * y));
    }

    @Override
    public void gradient(double x, double y, double[] out) {
        out[0] = 2 * x + TWO_PI * A * Math.sin(TWO_PI * x);
        out[1] = 2 * y + TWO_PI * A * Math.sin(TWO_PI * y);
    }

    @Override
    public Domain domain() { return new Domain(-5.12, 5.12, -5.12, 5.12); }

    @Override
    public List<double[]> minima() { return List.of(new double[] {0, 0}); }

    @Override
    public double minimumValue() { return 0; }
}
