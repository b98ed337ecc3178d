package org.stepwise.algo.optim;

import java.util.List;
import org.stepwise.algo.Domain;

/**
 * The saddle f = x² − y² (Goodfellow, Bengio &amp; Courville, <i>Deep Learning</i> 2016, §4.3,
 * figure 4.5): a stationary point at the origin that is not a minimum. The surface is
 * unbounded below along y, so an optimizer started off the x axis runs away downhill until the
 * race's divergence check freezes it; started exactly on the x axis it stops at the saddle point
 * and reports convergence there.
 */
public final class Saddle implements TestSurface {

    @Override
    public String name() { return "Saddle"; }

    @Override
    public double value(double x, double y) { return x * x - y * y; }

    @Override
    public void gradient(double x, double y, double[] out) {
        out[0] = 2 * x;
        out[1] = -2 * y;
    }

    @Override
    public Domain domain() { return new Domain(-2, 2, -2, 2); }

    @Override
    public List<double[]> minima() { return List.of(); }

    @Override
    public double minimumValue() { return Double.NaN; }
}
