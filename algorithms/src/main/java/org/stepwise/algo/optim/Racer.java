package org.stepwise.algo.optim;

import java.util.Arrays;
import org.stepwise.algo.Surface;

/**
 * The working state of one optimizer in a race: θ, the gradient there, and the append-only
 * path. Used only by the engine's thread.
 */
final class Racer {

    private final UpdateRule rule;
    private final double[] theta = new double[2];
    private final double[] gradient = new double[2];
    private double[] xs = new double[64];
    private double[] ys = new double[64];
    private double[] losses = new double[64];
    private int length;
    private int updates;
    private Track.State state = Track.State.MOVING;
    private int endStep = -1;

    Racer(UpdateRule rule, Surface surface, double startX, double startY) {
        this.rule = rule;
        theta[0] = startX;
        theta[1] = startY;
        surface.gradient(startX, startY, gradient);
        append(surface.value(startX, startY));
    }

    String name() { return rule.name(); }

    boolean isMoving() { return state == Track.State.MOVING; }

    Track.State state() { return state; }

    double loss() { return losses[length - 1]; }

    /**
     * One update of θ from the gradient at θ; then the new gradient. Marks the racer converged
     * when the gradient norm falls below {@code tolerance}, diverged when the loss stops being a
     * finite number or θ leaves {@code escape}.
     */
    void update(Surface surface, double tolerance, org.stepwise.algo.Domain escape, int step) {
        rule.update(theta, gradient, ++updates);
        double loss = surface.value(theta[0], theta[1]);
        boolean escaped = !Double.isFinite(loss) || !Double.isFinite(theta[0]) || !Double.isFinite(theta[1])
                || !escape.contains(theta[0], theta[1]);
        if (escaped) {
            state = Track.State.DIVERGED;
            endStep = step;
            return;
        }
        surface.gradient(theta[0], theta[1], gradient);
        append(loss);
        if (Math.hypot(gradient[0], gradient[1]) < tolerance) {
            state = Track.State.CONVERGED;
            endStep = step;
        }
    }

    /** Checks the start point before the first update. */
    void checkStart(double tolerance) {
        if (Math.hypot(gradient[0], gradient[1]) < tolerance) {
            state = Track.State.CONVERGED;
            endStep = 0;
        }
    }

    Track track() {
        return new Track(rule.name(), xs, ys, losses, length, gradient[0], gradient[1], state, endStep);
    }

    private void append(double loss) {
        if (length == xs.length) {
            // New arrays, so tracks already handed out keep theirs unchanged.
            xs = Arrays.copyOf(xs, length * 2);
            ys = Arrays.copyOf(ys, length * 2);
            losses = Arrays.copyOf(losses, length * 2);
        }
        xs[length] = theta[0];
        ys[length] = theta[1];
        losses[length] = loss;
        length++;
    }
}
