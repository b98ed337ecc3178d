package org.stepwise.algo.optim;

import java.util.List;
import org.stepwise.algo.Domain;

/**
 * f(x, y) = ½ (λ₁ u² + λ₂ v²), with (u, v) the point rotated by −θ and λ₁ = 1, λ₂ = κ, the
 * condition number. Gradient descent on it converges for a learning rate below 2/λmax = 2/κ and
 * diverges above (Nocedal &amp; Wright 2006, §3.3).
 */
public final class QuadraticBowl implements TestSurface {

    private final double conditioning;
    private final double cos;
    private final double sin;

    /**
     * @param conditioning    κ ≥ 1, the ratio of the largest to the smallest curvature
     * @param rotationDegrees θ, the angle of the bowl's long axis
     */
    public QuadraticBowl(double conditioning, double rotationDegrees) {
        if (!(conditioning >= 1)) {
            throw new IllegalArgumentException("the conditioning must be at least 1; got " + conditioning);
        }
        this.conditioning = conditioning;
        double angle = Math.toRadians(rotationDegrees);
        this.cos = Math.cos(angle);
        this.sin = Math.sin(angle);
    }

    /** The largest curvature, λmax = κ. */
    public double largestCurvature() { return conditioning; }

    @Override
    public String name() { return "Quadratic bowl"; }

    @Override
    public double value(double x, double y) {
        double u = cos * x + sin * y;
        double v = -sin * x + cos * y;
        return 0.5 * (u * u + conditioning * v * v);
    }

    @Override
    public void gradient(double x, double y, double[] out) {
        double u = cos * x + sin * y;
        double v = -sin * x + cos * y;
        double du = u;
        double dv = conditioning * v;
        out[0] = cos * du - sin * dv;
        out[1] = sin * du + cos * dv;
    }

    @Override
    public Domain domain() { return new Domain(-2, 2, -2, 2); }

    @Override
    public List<double[]> minima() { return List.of(new double[] {0, 0}); }
}
