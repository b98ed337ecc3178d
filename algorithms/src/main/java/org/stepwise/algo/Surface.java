package org.stepwise.algo;

/**
 * A smooth function of two variables, f(x, y), with its gradient: a loss surface for the
 * optimizer lessons. Implementations are immutable, so views may evaluate them on a grid from
 * several threads while an engine descends them.
 */
public interface Surface {

    /** Short display name, e.g. "Rosenbrock". */
    String name();

    /** f(x, y). */
    double value(double x, double y);

    /**
     * Writes the gradient (∂f/∂x, ∂f/∂y) into {@code out[0]} and {@code out[1]}.
     * Modified: {@code out}. Allocates nothing.
     */
    void gradient(double x, double y, double[] out);

    /**
     * Batched f for a contour grid: {@code out[i] = f(xs[i], ys[i])} for {@code i < count}.
     * Modified: {@code out}; allocates nothing.
     */
    default void values(double[] xs, double[] ys, int count, double[] out) {
        for (int i = 0; i < count; i++) {
            out[i] = value(xs[i], ys[i]);
        }
    }

    /** The rectangle a view should show. */
    Domain domain();
}
