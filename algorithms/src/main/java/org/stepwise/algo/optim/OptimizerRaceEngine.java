package org.stepwise.algo.optim;

import java.util.List;
import org.stepwise.algo.Engine;
import org.stepwise.algo.StepResult;

/**
 * A race of optimizers on one surface from one start point. One step is one update of every
 * optimizer still moving, each from the gradient at its own current θ.
 *
 * <p>An optimizer whose gradient norm falls below the tolerance has converged; one whose loss
 * stops being finite, whose |θ| exceeds 1e6 or whose loss drops below −1e6 has diverged.
 * Either way it is frozen, with the step, while the others go on. The race ends CONVERGED when
 * none is moving and at least one converged, {@code STOPPED("every optimizer diverged: ...")}
 * when all diverged, and {@code STOPPED("reached the step limit of N")} when some are still
 * moving after N steps. Deterministic: no randomness is involved.
 *
 * <p>{@link #step()} allocates nothing but a new chunk of each path every
 * {@value PathPoints#CHUNK} points ({@link PathPoints}) and the one message of a stopped run.
 */
final class OptimizerRaceEngine implements Engine<OptimizerRaceSnapshot> {

    private final TestSurface surface;
    private final Racer[] racers;
    private final int maxSteps;
    private int step;
    private StepResult status = StepResult.CONTINUE;

    /**
     * @param rules the optimizers, in drawing order; at least one, each used by this engine only
     */
    OptimizerRaceEngine(TestSurface surface, List<UpdateRule> rules, double startX, double startY, int maxSteps,
                        double tolerance) {
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one optimizer to race.");
        }
        this.surface = surface;
        this.maxSteps = maxSteps;
        this.racers = new Racer[rules.size()];
        for (int i = 0; i < racers.length; i++) {
            racers[i] = new Racer(rules.get(i), surface, startX, startY, tolerance);
        }
    }

    @Override
    public OptimizerRaceSnapshot snapshot() {
        Track[] tracks = new Track[racers.length];
        for (int i = 0; i < racers.length; i++) {
            tracks[i] = racers[i].track();
        }
        return new OptimizerRaceSnapshot(step, status, surface, tracks);
    }

    @Override
    public StepResult step() {
        if (status.isFinal()) {
            return status;
        }
        step++;
        for (Racer racer : racers) {
            if (racer.isMoving()) {
                racer.update(step);
            }
        }
        status = outcome();
        return status;
    }

    private StepResult outcome() {
        boolean anyMoving = false;
        boolean anyConverged = false;
        for (Racer racer : racers) {
            anyMoving |= racer.state() == Track.State.MOVING;
            anyConverged |= racer.state() == Track.State.CONVERGED;
        }
        if (anyMoving) {
            return step >= maxSteps ? StepResult.stopped("reached the step limit of " + maxSteps) : StepResult.CONTINUE;
        }
        if (anyConverged) {
            return StepResult.CONVERGED;
        }
        StringBuilder reason = new StringBuilder("every optimizer diverged: ");
        for (int i = 0; i < racers.length; i++) {
            reason.append(i == 0 ? "" : "; ").append(racers[i].label()).append(" at step ")
                    .append(racers[i].endStep()).append(" (").append(racers[i].divergence()).append(')');
        }
        return StepResult.stopped(reason.append(". Try a smaller learning rate.").toString());
    }
}
