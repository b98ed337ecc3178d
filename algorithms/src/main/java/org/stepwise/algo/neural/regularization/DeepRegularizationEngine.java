package org.stepwise.algo.neural.regularization;

import java.util.Locale;
import org.stepwise.algo.Digits;
import org.stepwise.algo.Engine;
import org.stepwise.algo.StepResult;
import org.stepwise.algo.neural.DivergenceException;

/**
 * One step: one epoch of each network (the regularized one first, then the baseline; an
 * early-stopped network sits its epochs out). The run ends after {@code maxIter} epochs, the budget
 * both networks are compared over; a loss that is not a finite number stops it as diverged.
 */
final class DeepRegularizationEngine implements Engine<DeepRegularizationSnapshot> {

    private final RegularizationRun run;
    private final TrainedNet regularized;
    private final TrainedNet baseline;
    private int epoch;
    private StepResult status = StepResult.CONTINUE;

    DeepRegularizationEngine(RegularizationRun run, TrainedNet regularized, TrainedNet baseline) {
        this.run = run;
        this.regularized = regularized;
        this.baseline = baseline;
    }

    @Override
    public DeepRegularizationSnapshot snapshot() {
        return new DeepRegularizationSnapshot(run, epoch, status, regularized.state(), baseline.state());
    }

    @Override
    public StepResult step() {
        if (status.isFinal()) {
            return status;
        }
        try {
            regularized.epoch();
            baseline.epoch();
        } catch (DivergenceException e) {
            status = StepResult.stopped(String.format(Locale.ROOT, "in epoch %d %s (learning rate %s)", epoch + 1,
                    e.getMessage(), Digits.four(run.learningRate())));
            return status;
        }
        epoch++;
        if (epoch == run.maxIter()) {
            status = StepResult.CONVERGED;
        }
        return status;
    }

    /** The networks, for tests. */
    TrainedNet regularized() { return regularized; }

    TrainedNet baseline() { return baseline; }
}
