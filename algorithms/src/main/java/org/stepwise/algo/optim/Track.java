package org.stepwise.algo.optim;

/**
 * One optimizer's run as seen in a snapshot: its path θ₀ … θₙ, the loss at each point, the
 * gradient at the newest point and whether it is still moving.
 *
 * <p>The arrays are shared with the engine, which only ever appends past {@code length} (and
 * copies into new arrays when it grows them), so entries below {@code length} never change.
 * They are not exposed; read them through the accessors.
 */
public final class Track {

    /** Where an optimizer is in the race. */
    public enum State { MOVING, CONVERGED, DIVERGED }

    private final String name;
    private final double[] xs;
    private final double[] ys;
    private final double[] losses;
    private final int length;
    private final double gradientX;
    private final double gradientY;
    private final State state;
    private final int endStep;

    Track(String name, double[] xs, double[] ys, double[] losses, int length, double gradientX, double gradientY,
          State state, int endStep) {
        this.name = name;
        this.xs = xs;
        this.ys = ys;
        this.losses = losses;
        this.length = length;
        this.gradientX = gradientX;
        this.gradientY = gradientY;
        this.state = state;
        this.endStep = endStep;
    }

    /** The optimizer's short name: gd, momentum, nesterov, adagrad, rmsprop, adam or adamw. */
    public String name() { return name; }

    /** Number of points on the path (updates taken + 1). */
    public int length() { return length; }

    public double x(int index) { return xs[checked(index)]; }

    public double y(int index) { return ys[checked(index)]; }

    public double loss(int index) { return losses[checked(index)]; }

    public double currentX() { return xs[length - 1]; }

    public double currentY() { return ys[length - 1]; }

    public double currentLoss() { return losses[length - 1]; }

    /** ∂f/∂x at the newest point. */
    public double gradientX() { return gradientX; }

    /** ∂f/∂y at the newest point. */
    public double gradientY() { return gradientY; }

    public double gradientNorm() { return Math.hypot(gradientX, gradientY); }

    public State state() { return state; }

    /** The step at which it converged or diverged; -1 while moving. */
    public int endStep() { return endStep; }

    /** Copies of the path's coordinates into the caller's arrays (length at least {@link #length()}). */
    public void copyPath(double[] outX, double[] outY) {
        System.arraycopy(xs, 0, outX, 0, length);
        System.arraycopy(ys, 0, outY, 0, length);
    }

    private int checked(int index) {
        if (index < 0 || index >= length) {
            throw new IndexOutOfBoundsException("point " + index + " of " + length);
        }
        return index;
    }
}
