package org.stepwise.algo.optim;

/**
 * One optimizer's run as a snapshot sees it: its path θ₀ … θₙ, the loss at each point, the
 * gradient at the newest point and whether it is still moving.
 *
 * <p>The points are shared with the engine ({@link PathPoints}), which only ever writes past
 * {@code length}, so the entries a track reads never change and it stays valid however far the
 * engine runs. They are not exposed; read them through the accessors or copy them with
 * {@link #copyPath}.
 */
public final class Track {

    /** Where an optimizer is in the race. */
    public enum State { MOVING, CONVERGED, DIVERGED }

    private final String name;
    private final String label;
    private final double[][] xs;
    private final double[][] ys;
    private final double[][] losses;
    private final int length;
    private final double gradientX;
    private final double gradientY;
    private final State state;
    private final int endStep;
    private final String divergence;

    Track(String name, String label, double[][] xs, double[][] ys, double[][] losses, int length, double gradientX,
          double gradientY, State state, int endStep, String divergence) {
        this.name = name;
        this.label = label;
        this.xs = xs;
        this.ys = ys;
        this.losses = losses;
        this.length = length;
        this.gradientX = gradientX;
        this.gradientY = gradientY;
        this.state = state;
        this.endStep = endStep;
        this.divergence = divergence;
    }

    /** The optimizer's id: gd, momentum, nesterov, adagrad, rmsprop, adam or adamw. */
    public String name() { return name; }

    /** The optimizer's display name: GD, Momentum, Nesterov, AdaGrad, RMSprop, Adam or AdamW. */
    public String label() { return label; }

    /** Number of points on the path: the start plus one per update that stayed finite. */
    public int length() { return length; }

    /** x of point {@code index} (0 is the start). */
    public double x(int index) { return PathPoints.at(xs, checked(index)); }

    /** y of point {@code index} (0 is the start). */
    public double y(int index) { return PathPoints.at(ys, checked(index)); }

    /** f at point {@code index}. */
    public double loss(int index) { return PathPoints.at(losses, checked(index)); }

    /** x of θ now (for a diverged optimizer, the last point before it ran away). */
    public double currentX() { return PathPoints.at(xs, length - 1); }

    /** y of θ now (for a diverged optimizer, the last point before it ran away). */
    public double currentY() { return PathPoints.at(ys, length - 1); }

    /** f(θ) now. */
    public double currentLoss() { return PathPoints.at(losses, length - 1); }

    /** ∂f/∂x at the newest point. */
    public double gradientX() { return gradientX; }

    /** ∂f/∂y at the newest point. */
    public double gradientY() { return gradientY; }

    /** ‖∇f‖ at the newest point. */
    public double gradientNorm() { return Math.hypot(gradientX, gradientY); }

    public State state() { return state; }

    /** The step at which it converged or diverged (0 when it started converged); -1 while moving. */
    public int endStep() { return endStep; }

    /** Why it diverged, e.g. "|θ| went beyond 1e6"; empty unless {@link #state()} is DIVERGED. */
    public String divergence() { return divergence; }

    /**
     * Copies the path's coordinates into the caller's arrays. Modified: {@code outX},
     * {@code outY} (length at least {@link #length()}).
     */
    public void copyPath(double[] outX, double[] outY) {
        PathPoints.copy(xs, length, outX);
        PathPoints.copy(ys, length, outY);
    }

    private int checked(int index) {
        if (index < 0 || index >= length) {
            throw new IndexOutOfBoundsException("point " + index + " of a path of " + length);
        }
        return index;
    }
}
