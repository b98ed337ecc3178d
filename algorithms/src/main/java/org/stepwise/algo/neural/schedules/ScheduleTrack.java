package org.stepwise.algo.neural.schedules;

import org.stepwise.algo.neural.DivergenceException;
import org.stepwise.algo.neural.LearningRateSchedule;
import org.stepwise.algo.neural.Sequential;
import org.stepwise.algo.optim.GradientDescent;

/**
 * One schedule's training: its own copy of the network (from the common starting weights), plain
 * SGD driven by the schedule, and its record: the loss of each update's batch (before the update)
 * and the epoch loss after it, the mean of the last epoch's worth of batch losses weighted by
 * batch size. The batches cycle through the rows in order, so any epoch's worth of consecutive
 * batches covers every row once: at the end of an epoch this is scikit-learn's {@code loss_}, and
 * in between it slides (before the first epoch ends, over the batches so far). It costs no extra
 * pass over the data, where the loss of all rows after every update would cost more than the
 * training itself on a large set.
 *
 * <p>The record arrays are allocated for the whole run and only ever appended to, so snapshots
 * share them and read the first {@code step} entries: entries a snapshot reads are never written
 * again (a copy per step would cost the run's length squared).
 */
final class ScheduleTrack {

    private final String name;
    private final LearningRateSchedule schedule;
    private final Sequential network;
    private final GradientDescent rule;
    private final double[] batchLosses;
    private final double[] epochLosses;
    private final int rows;
    private final int batch;
    private final int perEpoch;
    private double windowSum;
    private int windowRows;
    private int divergedAt = -1;
    private String divergence = "";

    ScheduleTrack(String name, LearningRateSchedule schedule, Sequential network, int total, int rows, int batch) {
        this.name = name;
        this.schedule = schedule;
        this.network = network;
        this.rule = new GradientDescent(schedule.rate(0));
        this.batchLosses = new double[total];
        this.epochLosses = new double[total];
        this.rows = rows;
        this.batch = batch;
        this.perEpoch = (rows + batch - 1) / batch;
    }

    String name() { return name; }

    LearningRateSchedule schedule() { return schedule; }

    double[] batchLosses() { return batchLosses; }

    double[] epochLosses() { return epochLosses; }

    /** The update at which the loss stopped being a number, or -1. */
    int divergedAt() { return divergedAt; }

    /** The sentence of the divergence ("the cross-entropy became NaN: training diverged; ..."), or "". */
    String divergence() { return divergence; }

    double[] parameters() { return network.parameters(); }

    /**
     * Update {@code t} (0-based) on rows [first, first + count) at the schedule's rate; a track
     * that has diverged stays where it stopped.
     */
    void update(double[] x, double[] y, int first, int count, int t) {
        if (divergedAt >= 0) {
            return;
        }
        try {
            batchLosses[t] = network.trainBatch(x, y, first, count, rule, t + 1, schedule.rate(t));
        } catch (DivergenceException e) {
            diverge(t, e.getMessage());
            return;
        }
        windowSum += batchLosses[t] * count;
        windowRows += count;
        if (t >= perEpoch) {
            int leaving = batchSize(t - perEpoch);
            windowSum -= batchLosses[t - perEpoch] * leaving;
            windowRows -= leaving;
        }
        epochLosses[t] = windowSum / windowRows;
    }

    /** The rows in the batch of update t. */
    private int batchSize(int t) {
        return Math.min(batch, rows - (t % perEpoch) * batch);
    }

    private void diverge(int t, String sentence) {
        divergedAt = t;
        divergence = sentence;
        batchLosses[t] = Double.NaN;
        epochLosses[t] = Double.NaN;
    }
}
