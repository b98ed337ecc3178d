package org.stepwise.algo.neural.schedules;

import java.util.List;
import org.stepwise.algo.neural.LearningRateSchedule;

/**
 * What stays the same through a run, shared by its snapshots: the schedules trained (ids and
 * rate functions, in list order), which one is highlighted, α₀, the run's length in updates, the
 * batches, the network's hidden layers, and whether the steps run the range test.
 */
record ScheduleRun(List<String> schedules, List<LearningRateSchedule> rates, int highlighted, double learningRate,
                   int totalSteps,
                   int batchSize, int rows, String hidden, boolean rangeMode) {

    ScheduleRun {
        schedules = List.copyOf(schedules);
        rates = List.copyOf(rates);
    }

    /** Updates in one pass over the rows. */
    int updatesPerEpoch() { return (rows + batchSize - 1) / batchSize; }
}
