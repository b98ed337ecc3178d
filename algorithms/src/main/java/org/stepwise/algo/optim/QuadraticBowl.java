package org.stepwise.algo.optim;

import java.util.List;
import org.stepwise.algo.Domain;

/**
 * The quadratic bowl f(x, y) = ½ (λ₁ u² + λ₂ v²), where (u, v) = (x cos φ + y sin φ,
 * −x sin φ + y cos φ) are the coordinates along the bowl's axes, turned by the angle φ, and
 * λ₁ = 1, λ₂ = κ (the condition number of the Hessian). Gradient descent on it converges
 * exactly when 0 &lt; α &lt; 2/λmax = 2/κ (Nocedal &amp; Wright, <i>Numerical Optimization</i>,
 * 2nd ed. 2006, §3.3; Goodfellow, Bengio &amp; Courville, <i>Deep Learning</i> 2016, §4.3.1).
 * Minimum 0 at the origin.
 */
public final class QuadraticBowl implements TestSurface {

    private final double conditioning;
    private final double cos;
    private final double sin;

    /**
     * @param conditioning    κ ≥ 1, the ratio of the largest to the smallest curvature
     * @param rotationDegrees φ, the angle of the bowl's flat axis u from the x axis, in degrees
     * @throws IllegalArgumentException when κ is below 1 or either value is not a finite number
     */
    public QuadraticBowl(double conditioning, double rotationDegrees) {
        if (!(conditioning >= 1) || !Double.isFinite(conditioning)) {
            throw new IllegalArgumentException("The bowl's conditioning must be a number of at least 1; got "
                    + conditioning + ".");
        }
        if (!Double.isFinite(rotationDegrees)) {
            throw new IllegalArgumentException("The bowl's rotation must be a finite angle in degrees; got "
                    + rotationDegrees + ".");
        }
        this.conditioning = conditioning;
        double angle = Math.toRadians(rotationDegrees);
        this.cos = Math.cos(angle);
        this.sin = Math.sin(angle);
    }

    /** The largest curvature, λmax = κ: gradient descent needs α &lt; 2/λmax. */
    public double largestCurvature() { return conditioning; }

    /** The smallest curvature, λmin = 1. */
    public double smallestCurvature() { return 1; }

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
        // Chain rule through the rotation: ∇f = Rᵀ (λ₁ u, λ₂ v).
        double slopeU = u;
        double slopeV = conditioning * v;
        out[0] = cos * slopeU - sin * slopeV;
        out[1] = sin * slopeU + cos * slopeV;
    }

    @Override
    public Domain domain() { return new Domain(-2, 2, -2, 2); }

    @Override
    public List<double[]> minima() { return List.of(new double[] {0, 0}); }

    @Override
    public double minimumValue() { return 0; }
}
