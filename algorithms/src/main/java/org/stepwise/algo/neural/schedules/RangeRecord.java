package org.stepwise.algo.neural.schedules;

/**
 * The range test as far as it has gone: each batch's rate, loss and smoothed loss, the batch of
 * the least smoothed loss and the suggested rate, a tenth of its rate (once the test has ended;
 * -1 and NaN before), the planned batches and rates, and whether it
 * ended by diverging or has ended at all. The arrays are the snapshot's own copies; read them, do
 * not change them.
 */
public record RangeRecord(double[] rates, double[] losses, double[] smoothed, int suggestedIndex,
                          double suggestedRate, int plannedSteps, double minimumRate, double maximumRate,
                          boolean diverged, boolean finished) {

    /** Batches trained so far. */
    public int count() { return rates.length; }
}
