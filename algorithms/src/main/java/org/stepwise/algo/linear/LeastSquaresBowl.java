package org.stepwise.algo.linear;

import org.stepwise.algo.Domain;
import org.stepwise.algo.Surface;

/**
 * The data term of lasso and elastic net for two features, as a surface over (w₁, w₂): the
 * quadratic ‖y − Xw‖²/(2n) on centred data (the intercept is fitted apart, so it is not an
 * axis), held as the moments A = XᵀX/n, b = Xᵀy/n and c = yᵀy/n. Its minimum is the unpenalised
 * least-squares solution; the domain is a square around it and the start w = 0. Immutable.
 */
public final class LeastSquaresBowl implements Surface {

    private final double a11;
    private final double a12;
    private final double a22;
    private final double b1;
    private final double b2;
    private final double c;
    private final double[] minimum;
    private final Domain domain;

    private LeastSquaresBowl(double a11, double a12, double a22, double b1, double b2, double c, double det) {
        this.a11 = a11;
        this.a12 = a12;
        this.a22 = a22;
        this.b1 = b1;
        this.b2 = b2;
        this.c = c;
        minimum = new double[] {(a22 * b1 - a12 * b2) / det, (a11 * b2 - a12 * b1) / det};
        double side = Math.max(Math.max(Math.abs(minimum[0]), Math.abs(minimum[1])), 1e-3) * 2.4;
        double cx = minimum[0] / 2;
        double cy = minimum[1] / 2;
        domain = new Domain(cx - side / 2, cx + side / 2, cy - side / 2, cy + side / 2);
    }

    /**
     * The bowl of two centred columns (column-major, n each) and the centred target; null when the
     * columns are collinear (no single least-squares point).
     */
    static LeastSquaresBowl of(double[] columns, double[] y, int n) {
        double s11 = 0;
        double s12 = 0;
        double s22 = 0;
        double t1 = 0;
        double t2 = 0;
        double tt = 0;
        for (int i = 0; i < n; i++) {
            double x1 = columns[i];
            double x2 = columns[n + i];
            s11 += x1 * x1;
            s12 += x1 * x2;
            s22 += x2 * x2;
            t1 += x1 * y[i];
            t2 += x2 * y[i];
            tt += y[i] * y[i];
        }
        double det = (s11 * s22 - s12 * s12) / ((double) n * n);
        if (!(det > 1e-12 * Math.max(1e-300, s11 * s22 / ((double) n * n)))) {
            return null;
        }
        return new LeastSquaresBowl(s11 / n, s12 / n, s22 / n, t1 / n, t2 / n, tt / n, det);
    }

    /**
     * The bowl of two feature columns as given (row-major, n rows of 2) and a target: both are
     * centred here, as a linear model with an intercept fitted apart is; null when the columns
     * are collinear or one is constant. Not modified: rows, y.
     */
    public static LeastSquaresBowl ofRows(double[] rows, double[] y, int n) {
        double[] columns = new double[2 * n];
        double[] target = new double[n];
        double m1 = 0;
        double m2 = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            m1 += rows[2 * i];
            m2 += rows[2 * i + 1];
            my += y[i];
        }
        m1 /= n;
        m2 /= n;
        my /= n;
        for (int i = 0; i < n; i++) {
            columns[i] = rows[2 * i] - m1;
            columns[n + i] = rows[2 * i + 1] - m2;
            target[i] = y[i] - my;
        }
        return of(columns, target, n);
    }

    /**
     * The eigenvalues of the bowl's Hessian A = XᵀX/n (the columns' covariance), largest first:
     * its curvatures along the ellipses' long and short axes. Their ratio is the condition number
     * that sets how many steps gradient descent needs.
     */
    public double[] curvatures() {
        double mean = (a11 + a22) / 2;
        double radius = Math.hypot((a11 - a22) / 2, a12);
        double largest = mean + radius;
        // The smaller from the determinant, which keeps its digits when it is tiny beside the larger.
        return new double[] {largest, (a11 * a22 - a12 * a12) / largest};
    }

    /** (w₁, w₂) of the unpenalised least-squares fit: the bottom of the bowl. A copy. */
    public double[] minimum() { return minimum.clone(); }

    @Override
    public String name() { return "‖y − Xw‖²/2n"; }

    @Override
    public double value(double w1, double w2) {
        return 0.5 * (c - 2 * (b1 * w1 + b2 * w2) + a11 * w1 * w1 + 2 * a12 * w1 * w2 + a22 * w2 * w2);
    }

    @Override
    public void gradient(double w1, double w2, double[] out) {
        out[0] = a11 * w1 + a12 * w2 - b1;
        out[1] = a12 * w1 + a22 * w2 - b2;
    }

    @Override
    public Domain domain() { return domain; }
}
