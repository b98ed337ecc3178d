package org.stepwise.algo.optim;

import java.util.List;
import org.stepwise.algo.Domain;

/**
 * The saddle f = x² − y²: a stationary point at the origin that is not a minimum. Started off
 * the x axis, every optimizer escapes along y, where the surface falls without bound, so the
 * race ends when they leave the picture.
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
}
