package org.stepwise.algo.neural.schedules;

import java.util.List;
import java.util.Locale;
import org.stepwise.algo.Metrics;
import org.stepwise.algo.Scalars;
import org.stepwise.algo.Snapshot;
import org.stepwise.algo.StepResult;

/**
 * The schedules after {@link #step()} updates (or, stepping the range test, after that many of its
 * batches). Each schedule's losses are read from its track's record, which is only ever appended
 * to: this snapshot reads the first {@code step} entries, which never change again.
 *
 * <p>Metrics: {@code loss} (the highlighted schedule's epoch loss after the last update: the mean
 * cross-entropy of the last epoch's worth of batches, scikit-learn's {@code loss_} at an epoch's
 * end; stepping the range test, the last batch's loss), {@code learning_rate} (the rate of the
 * last update or batch; before the first, the rate the first will use) and {@code suggested_lr}
 * (the range test's suggestion once it has ended: a tenth of the rate at its least smoothed loss).
 */
public final class ScheduleSnapshot implements Snapshot {

    private static final Scalars<ScheduleSnapshot> SCALARS = Scalars.<ScheduleSnapshot>builder()
            .scalarWhileDefined("loss", ScheduleSnapshot::loss)
            .scalar("learning_rate", ScheduleSnapshot::learningRate)
            .scalarWhileDefined("suggested_lr", s -> s.range().suggestedRate())
            .build();

    private final ScheduleRun run;
    private final int step;
    private final StepResult status;
    private final double[][] losses;
    private final double[][] batchLosses;
    private final int[] divergedAt;
    private final String[] divergences;
    private final RangeRecord range;

    ScheduleSnapshot(ScheduleRun run, int step, StepResult status, double[][] losses, double[][] batchLosses,
                     int[] divergedAt, String[] divergences, RangeRecord range) {
        this.run = run;
        this.step = step;
        this.status = status;
        this.losses = losses;
        this.batchLosses = batchLosses;
        this.divergedAt = divergedAt;
        this.divergences = divergences;
        this.range = range;
    }

    @Override
    public int step() { return step; }

    @Override
    public StepResult status() { return status; }

    /** Whether {@code other} comes from the same run (the same engine), so shares its record. */
    public boolean sameRun(ScheduleSnapshot other) { return other != null && other.run == run; }

    /** Whether the steps run the range test rather than the schedules. */
    public boolean rangeMode() { return run.rangeMode(); }

    /** The schedules trained, in list order (ids: "constant", "one-cycle", ...). */
    public List<String> schedules() { return run.schedules(); }

    /** The name a learner reads for schedule k ("One-cycle"). */
    public String scheduleLabel(int k) { return ScheduleParams.label(run.schedules().get(k)); }

    /** The index of the highlighted schedule in {@link #schedules()}. */
    public int highlighted() { return run.highlighted(); }

    /** α₀, the learningRate parameter (one-cycle's peak). */
    public double baseRate() { return run.learningRate(); }

    /** The updates of the whole run. */
    public int totalSteps() { return run.totalSteps(); }

    /** The updates trained under the schedules so far (0 while stepping the range test). */
    public int updates() { return run.rangeMode() ? 0 : step; }

    /** Updates in one pass over the rows. */
    public int updatesPerEpoch() { return run.updatesPerEpoch(); }

    public int batchSize() { return Math.min(run.batchSize(), run.rows()); }

    /** The hidden layers as the parameter spells them ("16,16"). */
    public String hidden() { return run.hidden(); }

    /** Schedule k's rate at update t (0-based). */
    public double rate(int k, int t) { return run.rates().get(k).rate(t); }

    /** Schedule k's epoch loss after update t (t below {@link #updates()}, see {@link ScheduleTrack}); NaN once diverged. */
    public double loss(int k, int t) {
        checkRecorded(t);
        return divergedAt[k] >= 0 && t >= divergedAt[k] ? Double.NaN : losses[k][t];
    }

    /** Schedule k's loss on the batch of update t, before the update (scikit-learn's per-batch term). */
    public double batchLoss(int k, int t) {
        checkRecorded(t);
        return divergedAt[k] >= 0 && t >= divergedAt[k] ? Double.NaN : batchLosses[k][t];
    }

    /** The update at which schedule k diverged, or -1. */
    public int divergedAt(int k) { return divergedAt[k]; }

    /** Why schedule k diverged, or "". */
    public String divergence(int k) { return divergences[k]; }

    /** The range test as far as it has gone (all of it unless the steps run it). */
    public RangeRecord range() { return range; }

    /** The highlighted schedule's loss after the last update; NaN before the first or once diverged. */
    public double loss() {
        if (run.rangeMode()) {
            return range.count() == 0 ? Double.NaN : range.losses()[range.count() - 1];
        }
        return updates() == 0 ? Double.NaN : losses[highlighted()][updates() - 1];
    }

    /** The rate of the last update or range-test batch; before the first, of the first. */
    public double learningRate() {
        if (run.rangeMode()) {
            return range.count() == 0 ? range.minimumRate() : range.rates()[range.count() - 1];
        }
        return rate(highlighted(), Math.max(0, updates() - 1));
    }

    private void checkRecorded(int t) {
        if (t < 0 || t >= updates()) {
            throw new IndexOutOfBoundsException("update " + t + " is not recorded; " + updates() + " are");
        }
    }

    @Override
    public String narration() { return ScheduleNarration.full(this); }

    @Override
    public String narration(int characters) {
        String full = narration();
        return full.length() <= characters ? full : ScheduleNarration.brief(this);
    }

    @Override
    public Metrics metrics() { return SCALARS.addTo(Metrics.builder(), this).build(); }

    @Override
    public double scalar(String name) { return SCALARS.value(this, name); }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "ScheduleSnapshot[step %d, %s]", step, status);
    }
}
