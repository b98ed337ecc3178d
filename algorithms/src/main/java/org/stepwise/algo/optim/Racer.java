package org.stepwise.algo.optim;

import org.stepwise.algo.Surface;

/**
 * The working state of one optimizer in a race: θ, the gradient at θ, and the append-only
 * path. Owned by the engine's thread; hands out immutable {@link Track}s.
 */
final class Racer {

    /** Beyond this distance from the origin an optimizer counts as diverged. */
    static final double ESCAPE_RADIUS = 1e6;
    /** Below this loss an optimizer counts as diverged (surfaces unbounded below, like the saddle). */
    static final double LOSS_FLOOR = -1e6;

    static final String NON_FINITE = "its loss is no longer a finite number";
    static final String TOO_FAR = "|θ| went beyond 1e6";
    static final String TOO_LOW = "its loss fell below −1e6";

    private final UpdateRule rule;
    private final Surface surface;
    private final double tolerance;
    private final double[] theta = new double[2];
    private final double[] gradient = new double[2];
    private final PathPoints path = new PathPoints();
    private int updates;
    private Track.State state = Track.State.MOVING;
    private int endStep = -1;
    private String divergence = "";
    /** The track of a racer that stopped: it no longer changes, so every later snapshot shares it. */
    private Track stopped;

    Racer(UpdateRule rule, Surface surface, double startX, double startY, double tolerance) {
        this.rule = rule;
        this.surface = surface;
        this.tolerance = tolerance;
        theta[0] = startX;
        theta[1] = startY;
        surface.gradient(startX, startY, gradient);
        append(surface.value(startX, startY));
        if (Math.hypot(gradient[0], gradient[1]) < tolerance) {
            state = Track.State.CONVERGED;
            endStep = 0;
        }
    }

    String name() { return rule.name(); }

    String label() { return rule.label(); }

    boolean isMoving() { return state == Track.State.MOVING; }

    Track.State state() { return state; }

    int endStep() { return endStep; }

    String divergence() { return divergence; }

    /**
     * One update of θ from the gradient at θ, then the loss and gradient at the new θ. Marks the
     * racer diverged when θ or the loss leaves the finite, bounded range (the point is then not
     * added to the path, which keeps every drawn point finite), converged when the new gradient
     * norm is below the tolerance. Allocates nothing but a new chunk of the path every
     * {@value PathPoints#CHUNK} points.
     */
    void update(int step) {
        rule.update(theta, gradient, ++updates);
        double loss = surface.value(theta[0], theta[1]);
        double distance = Math.hypot(theta[0], theta[1]);
        if (!(distance <= ESCAPE_RADIUS)) {
            diverge(step, TOO_FAR);
            return;
        }
        if (!Double.isFinite(loss)) {
            diverge(step, NON_FINITE);
            return;
        }
        if (loss < LOSS_FLOOR) {
            diverge(step, TOO_LOW);
            return;
        }
        surface.gradient(theta[0], theta[1], gradient);
        append(loss);
        if (Math.hypot(gradient[0], gradient[1]) < tolerance) {
            state = Track.State.CONVERGED;
            endStep = step;
        }
    }

    Track track() {
        if (state != Track.State.MOVING) {
            if (stopped == null) {
                stopped = newTrack();
            }
            return stopped;
        }
        return newTrack();
    }

    private Track newTrack() {
        // θ may hold the runaway point of a diverged racer, so the gradient reported is the one
        // at the path's last point, which the gradient array still holds.
        return new Track(rule.name(), rule.label(), path.xs(), path.ys(), path.losses(), path.length(), gradient[0],
                gradient[1], state, endStep, divergence);
    }

    private void diverge(int step, String reason) {
        state = Track.State.DIVERGED;
        endStep = step;
        divergence = reason;
    }

    private void append(double loss) {
        path.append(theta[0], theta[1], loss);
    }
}
