package org.stepwise.algo.evaluation;

import java.util.Arrays;
import org.stepwise.algo.linear.LeastSquaresBowl;
import org.stepwise.algo.optim.GradientDescent;

/**
 * Gradient descent on a linear model of the scaled columns, run to convergence: the least-squares
 * loss J(w) = ‖y − Xw‖²/2n of the class number y on the two centred columns (the intercept fitted
 * apart; {@link LeastSquaresBowl}, the regularization lesson's bowl), descended from w = 0 by the
 * optimizers lesson's {@link GradientDescent} with the step α = 1/λ_max, λ_max the bowl's largest
 * curvature (the usual safe step for an L-smooth function, Nesterov 2004, §2.1.5: the same rule
 * for every scaler, so only the bowl's shape differs). It has converged when
 * ‖∇J(w)‖ ≤ {@value #TOLERANCE}·‖∇J(0)‖, a relative test that does not depend on the columns' units.
 *
 * <p>On a quadratic the error along the flattest axis shrinks by 1 − λ_min/λ_max a step, so the
 * steps needed grow with the condition number κ = λ_max/λ_min, about κ·ln(1/tolerance): unscaled
 * columns a thousand times apart in size give κ near a million, and scaled ones near 1. Every
 * update is made and counted (up to {@value #MOST_STEPS}); the path keeps every point of the
 * first {@value #EVERY_POINT} and then points spaced ever wider, so a run of millions of steps is
 * drawn whole by a few hundred. Immutable.
 */
final class ScaledDescent {

    static final double TOLERANCE = 1e-6;
    /** Beyond this many updates the run is reported as not converged. */
    static final int MOST_STEPS = 100_000_000;
    private static final int EVERY_POINT = 200;
    /** After the first points, the next point kept is this much further on (in steps). */
    private static final double SPACING = 1.03;

    private final LeastSquaresBowl bowl;
    private final double learningRate;
    private final double condition;
    private final double[] xs;
    private final double[] ys;
    private final int steps;
    private final boolean converged;
    private final double[] gradient;

    private ScaledDescent(LeastSquaresBowl bowl, double learningRate, double condition, double[] xs, double[] ys,
                          int steps, boolean converged, double[] gradient) {
        this.bowl = bowl;
        this.learningRate = learningRate;
        this.condition = condition;
        this.xs = xs;
        this.ys = ys;
        this.steps = steps;
        this.converged = converged;
        this.gradient = gradient;
    }

    /** The descent on two scaled columns (row-major, n rows) with target y; null when the bowl has no single bottom. */
    static ScaledDescent run(double[] rows, double[] y, int n) {
        LeastSquaresBowl bowl = LeastSquaresBowl.ofRows(rows, y, n);
        if (bowl == null) {
            return null;
        }
        double[] curvatures = bowl.curvatures();
        double rate = 1 / curvatures[0];
        GradientDescent rule = new GradientDescent(rate);
        double[] theta = new double[2];
        double[] gradient = new double[2];
        bowl.gradient(0, 0, gradient);
        // Squared norms: a run makes up to millions of updates, and Math.hypot costs twenty multiplications.
        double stopSquared = TOLERANCE * TOLERANCE * squaredNorm(gradient);
        double[] xs = new double[1024];
        double[] ys = new double[1024];
        int kept = 1;
        double nextKept = EVERY_POINT;
        int step = 0;
        while (squaredNorm(gradient) > stopSquared && step < MOST_STEPS) {
            rule.update(theta, gradient, ++step);
            bowl.gradient(theta[0], theta[1], gradient);
            if (step <= EVERY_POINT || step >= nextKept) {
                if (kept == xs.length) {
                    xs = Arrays.copyOf(xs, 2 * kept);
                    ys = Arrays.copyOf(ys, 2 * kept);
                }
                xs[kept] = theta[0];
                ys[kept++] = theta[1];
                if (step > EVERY_POINT) {
                    nextKept = Math.max(nextKept * SPACING, step + 1);
                }
            }
        }
        boolean converged = squaredNorm(gradient) <= stopSquared;
        if (xs[kept - 1] != theta[0] || ys[kept - 1] != theta[1]) {
            xs = Arrays.copyOf(xs, kept + 1);
            ys = Arrays.copyOf(ys, kept + 1);
            xs[kept] = theta[0];
            ys[kept++] = theta[1];
        }
        return new ScaledDescent(bowl, rate, curvatures[0] / curvatures[1], Arrays.copyOf(xs, kept),
                Arrays.copyOf(ys, kept), step, converged, gradient.clone());
    }

    private static double squaredNorm(double[] vector) {
        return vector[0] * vector[0] + vector[1] * vector[1];
    }

    /** The loss surface over (w₁, w₂). */
    LeastSquaresBowl bowl() { return bowl; }

    /** α = 1/λ_max. */
    double learningRate() { return learningRate; }

    /** κ = λ_max/λ_min of the bowl. */
    double condition() { return condition; }

    /** The updates made: to convergence, or {@value #MOST_STEPS} when it did not converge. */
    int steps() { return steps; }

    boolean converged() { return converged; }

    /** Points kept of the path, the start (0, 0) and the end included. */
    int pathLength() { return xs.length; }

    double pathX(int i) { return xs[i]; }

    double pathY(int i) { return ys[i]; }

    /** ∇J at the end: index 0 for w₁, 1 for w₂. */
    double gradient(int axis) { return gradient[axis]; }
}
