package org.stepwise.algo;

import java.util.Objects;

/**
 * What one step ended in: carry on, converged, or stopped with a reason a learner can read.
 *
 * <p>{@link #toString()} gives the form used by {@code stepwise run --json}:
 * {@code CONTINUE}, {@code CONVERGED} or {@code STOPPED: reason}.
 */
public record StepResult(Status status, String reason) {

    /** The kind of result. */
    public enum Status { CONTINUE, CONVERGED, STOPPED }

    public static final StepResult CONTINUE = new StepResult(Status.CONTINUE, "");
    public static final StepResult CONVERGED = new StepResult(Status.CONVERGED, "");

    public StepResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
    }

    /** A run that cannot go on: divergence, numerical trouble, an empty cluster... */
    public static StepResult stopped(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a stopped run needs a reason");
        }
        return new StepResult(Status.STOPPED, reason);
    }

    /** True for CONVERGED and STOPPED: no further step changes anything. */
    public boolean isFinal() {
        return status != Status.CONTINUE;
    }

    @Override
    public String toString() {
        return status == Status.STOPPED ? "STOPPED: " + reason : status.name();
    }
}
