package org.stepwise.viz.lessons.density;

import org.stepwise.algo.Domain;
import org.stepwise.algo.Surface;
import org.stepwise.algo.density.KernelDensityModel;

/**
 * A two-feature density estimate as a {@link Surface} for the plane's filled contours: the
 * raster evaluates it in batches on the painter thread ({@link KernelDensityModel#densities}).
 * Immutable; the gradient (which no contour needs) is by central differences.
 */
final class DensitySurface implements Surface {

    private final KernelDensityModel model;
    private final Domain domain;

    DensitySurface(KernelDensityModel model, Domain domain) {
        this.model = model;
        this.domain = domain;
    }

    @Override
    public String name() { return "density"; }

    @Override
    public double value(double x, double y) {
        double[] out = new double[1];
        model.densities(new double[] {x}, new double[] {y}, 1, out);
        return out[0];
    }

    @Override
    public void gradient(double x, double y, double[] out) {
        double step = 1e-6 * model.bandwidth();
        out[0] = (value(x + step, y) - value(x - step, y)) / (2 * step);
        out[1] = (value(x, y + step) - value(x, y - step)) / (2 * step);
    }

    @Override
    public void values(double[] xs, double[] ys, int count, double[] out) {
        model.densities(xs, ys, count, out);
    }

    @Override
    public Domain domain() { return domain; }
}
