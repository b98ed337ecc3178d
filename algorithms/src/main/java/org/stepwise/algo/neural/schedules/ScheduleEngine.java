package org.stepwise.algo.neural.schedules;

import java.util.List;
import java.util.Locale;
import org.stepwise.algo.Engine;
import org.stepwise.algo.StepResult;

/**
 * Learning-rate schedules side by side (curriculum T2.03). One step is one mini-batch: every
 * schedule trained ({@link ScheduleTrack}) makes its update number t on the same rows at its own
 * rate, each on its own copy of one network started from the same weights, so the comparison is
 * fair. The run ends CONVERGED after {@code totalSteps} updates (the schedules are complete), or
 * STOPPED when the highlighted schedule diverges; another schedule that diverges stops where it is
 * while the others go on.
 *
 * <p>With {@code rangeTest} on, a step is instead one batch of the range test
 * ({@link RangeRun}); it ends CONVERGED when the test ends. Otherwise the whole range test runs
 * when the engine is made, on another copy of the starting weights, so its suggestion is there
 * from the first frame. Updates are plain SGD (momentum 0), so that under the constant schedule
 * the updates are {@code MLPClassifier(solver="sgd", momentum=0, shuffle=False)}'s.
 *
 * <p>Buffers are allocated in the constructor; {@link #step()} allocates nothing but the
 * snapshot's small copies.
 */
final class ScheduleEngine implements Engine<ScheduleSnapshot> {

    private final ScheduleRun run;
    private final List<ScheduleTrack> tracks;
    private final RangeRun range;
    private final BatchCursor batches;
    private final double[] x;
    private final double[] y;
    private int step;
    private StepResult status = StepResult.CONTINUE;

    ScheduleEngine(ScheduleRun run, List<ScheduleTrack> tracks, RangeRun range, BatchCursor batches, double[] x,
                   double[] y) {
        this.run = run;
        this.tracks = List.copyOf(tracks);
        this.range = range;
        this.batches = batches;
        this.x = x;
        this.y = y;
        if (!run.rangeMode()) {
            range.finish();
        }
    }

    @Override
    public ScheduleSnapshot snapshot() {
        int[] divergedAt = new int[tracks.size()];
        String[] divergences = new String[tracks.size()];
        double[][] losses = new double[tracks.size()][];
        double[][] batchLosses = new double[tracks.size()][];
        for (int k = 0; k < tracks.size(); k++) {
            ScheduleTrack track = tracks.get(k);
            divergedAt[k] = track.divergedAt();
            divergences[k] = track.divergence();
            losses[k] = track.epochLosses();
            batchLosses[k] = track.batchLosses();
        }
        return new ScheduleSnapshot(run, run.rangeMode() ? range.test().count() : step, status, losses, batchLosses,
                divergedAt, divergences, range.record());
    }

    /** Schedule k's live parameters (tests). */
    double[] parameters(int k) { return tracks.get(k).parameters(); }

    @Override
    public StepResult step() {
        if (status.isFinal()) {
            return status;
        }
        if (run.rangeMode()) {
            status = range.step() ? StepResult.CONTINUE : StepResult.CONVERGED;
            return status;
        }
        for (ScheduleTrack track : tracks) {
            track.update(x, y, batches.first(), batches.count(), step);
        }
        batches.advance();
        step++;
        ScheduleTrack highlighted = tracks.get(run.highlighted());
        if (highlighted.divergedAt() >= 0) {
            status = StepResult.stopped(String.format(Locale.ROOT, "at update %d under the %s schedule %s "
                            + "(learning rate %s)", highlighted.divergedAt() + 1, ScheduleParams.label(highlighted.name())
                            .toLowerCase(Locale.ROOT), highlighted.divergence(),
                    ScheduleNarration.number(highlighted.schedule().rate(highlighted.divergedAt()))));
        } else if (step == run.totalSteps()) {
            status = StepResult.CONVERGED;
        }
        return status;
    }
}
