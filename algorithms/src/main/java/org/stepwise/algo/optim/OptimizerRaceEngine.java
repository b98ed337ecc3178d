package org.stepwise.algo.optim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.stepwise.algo.Domain;
import org.stepwise.algo.Engine;
import org.stepwise.algo.StepResult;

/**
 * A race of optimizers on one surface. One step is one update of every optimizer still
 * moving. An optimizer that converges (gradient norm below the tolerance) or diverges (a
 * non-finite loss, or θ far outside the surface's picture) is frozen while the others go on.
 * The race ends CONVERGED when none is moving and at least one converged, STOPPED when all
 * diverged or at the step limit.
 */
final class OptimizerRaceEngine implements Engine<OptimizerRaceSnapshot> {

    private final TestSurface surface;
    private final List<Racer> racers = new ArrayList<>();
    private final int maxSteps;
    private final double tolerance;
    private final Domain escape;
    private int step;
    private StepResult status = StepResult.CONTINUE;
    private String narration = "";

    OptimizerRaceEngine(TestSurface surface, List<UpdateRule> rules, double startX, double startY, int maxSteps,
                        double tolerance) {
        this.surface = surface;
        this.maxSteps = maxSteps;
        this.tolerance = tolerance;
        // Far enough out that a path leaving the picture is clearly running away.
        this.escape = surface.domain().padded(2);
        for (UpdateRule rule : rules) {
            Racer racer = new Racer(rule, surface, startX, startY);
            racer.checkStart(tolerance);
            racers.add(racer);
        }
    }

    @Override
    public OptimizerRaceSnapshot snapshot() {
        List<Track> tracks = new ArrayList<>(racers.size());
        for (Racer racer : racers) {
            tracks.add(racer.track());
        }
        return new OptimizerRaceSnapshot(step, status, narration, surface, tracks);
    }

    @Override
    public StepResult step() {
        if (status.isFinal()) {
            return status;
        }
        step++;
        StringBuilder text = new StringBuilder("Step ").append(step).append(" — loss:");
        for (Racer racer : racers) {
            if (racer.isMoving()) {
                racer.update(surface, tolerance, escape, step);
            }
            text.append(' ').append(racer.name()).append(' ');
            text.append(switch (racer.state()) {
                case MOVING -> number(racer.loss());
                case CONVERGED -> number(racer.loss()) + " (converged)";
                case DIVERGED -> "diverged";
            });
            text.append(',');
        }
        narration = text.substring(0, text.length() - 1);
        status = outcome();
        return status;
    }

    private StepResult outcome() {
        boolean anyMoving = false;
        boolean anyConverged = false;
        List<String> diverged = new ArrayList<>();
        for (Racer racer : racers) {
            switch (racer.state()) {
                case MOVING -> anyMoving = true;
                case CONVERGED -> anyConverged = true;
                case DIVERGED -> diverged.add(racer.name());
            }
        }
        if (anyMoving) {
            return step >= maxSteps ? StepResult.stopped("reached the step limit of " + maxSteps) : StepResult.CONTINUE;
        }
        if (anyConverged) {
            return StepResult.CONVERGED;
        }
        return StepResult.stopped("every optimizer diverged (" + String.join(", ", diverged)
                + "): try a smaller learning rate");
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, Math.abs(value) >= 1e4 || (value != 0 && Math.abs(value) < 1e-3)
                ? "%.3g" : "%.4f", value);
    }
}
