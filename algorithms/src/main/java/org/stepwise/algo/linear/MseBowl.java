package org.stepwise.algo.linear;

import org.stepwise.algo.Domain;
import org.stepwise.algo.Surface;

/**
 * The MSE of a straight line ŷ = β₀ + β₁x on one feature, as a surface over (β₀, β₁): the bowl
 * J(β₀, β₁) = (1/n) Σ (yᵢ − β₀ − β₁xᵢ)², a quadratic held as five means, so a view can draw its
 * contours and the path gradient descent takes down it. Its minimum is the least-squares line;
 * the domain shows the start (0, 0) and the minimum with room around them. Immutable.
 */
public final class MseBowl implements Surface {

    private final double meanY;
    private final double meanX;
    private final double meanXX;
    private final double meanXY;
    private final double meanYY;
    private final double[] minimum;
    private final Domain domain;

    private MseBowl(double meanX, double meanY, double meanXX, double meanXY, double meanYY) {
        this.meanX = meanX;
        this.meanY = meanY;
        this.meanXX = meanXX;
        this.meanXY = meanXY;
        this.meanYY = meanYY;
        double slope = (meanXY - meanX * meanY) / (meanXX - meanX * meanX);
        minimum = new double[] {meanY - slope * meanX, slope};
        double xLow = Math.min(0, minimum[0]);
        double xHigh = Math.max(0, minimum[0]);
        double yLow = Math.min(0, minimum[1]);
        double yHigh = Math.max(0, minimum[1]);
        // A square around both, so that equal scales on both axes leave no empty strip.
        double side = Math.max(Math.max(xHigh - xLow, yHigh - yLow), 1e-3) * 2;
        double cx = (xLow + xHigh) / 2;
        double cy = (yLow + yHigh) / 2;
        domain = new Domain(cx - side / 2, cx + side / 2, cy - side / 2, cy + side / 2);
    }

    /** The bowl of one feature's data, or null when x does not vary (no unique minimum). */
    static MseBowl of(double[] x, double[] y) {
        int n = x.length;
        double sx = 0;
        double sy = 0;
        for (int i = 0; i < n; i++) {
            sx += x[i];
            sy += y[i];
        }
        double mx = sx / n;
        double my = sy / n;
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxx += x[i] * x[i];
            sxy += x[i] * y[i];
            syy += y[i] * y[i];
        }
        double varX = sxx / n - mx * mx;
        if (!(varX > 1e-12 * Math.max(1, sxx / n))) {
            return null;
        }
        return new MseBowl(mx, my, sxx / n, sxy / n, syy / n);
    }

    /** (β₀, β₁) of the least-squares line: the bottom of the bowl. A copy. */
    public double[] minimum() { return minimum.clone(); }

    @Override
    public String name() { return "MSE"; }

    @Override
    public double value(double b0, double b1) {
        return meanYY - 2 * b0 * meanY - 2 * b1 * meanXY + b0 * b0 + 2 * b0 * b1 * meanX + b1 * b1 * meanXX;
    }

    @Override
    public void gradient(double b0, double b1, double[] out) {
        out[0] = 2 * (b0 + b1 * meanX - meanY);
        out[1] = 2 * (b0 * meanX + b1 * meanXX - meanXY);
    }

    @Override
    public Domain domain() { return domain; }
}
