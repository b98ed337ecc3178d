package org.stepwise.algo.neural.schedules;

import org.stepwise.algo.neural.DivergenceException;
import org.stepwise.algo.neural.LearningRateRangeTest;
import org.stepwise.algo.neural.Sequential;
import org.stepwise.algo.optim.GradientDescent;

/**
 * The range test on the lesson's problem: its own copy of the network from the common starting
 * weights, one batch of plain SGD per rate, the batches in the same order as the schedules see
 * them. A loss that is not a number is recorded as such, which ends the test as diverged.
 */
final class RangeRun {

    private final LearningRateRangeTest test;
    private final Sequential network;
    private final GradientDescent rule;
    private final BatchCursor batches;
    private final double[] x;
    private final double[] y;

    RangeRun(LearningRateRangeTest test, Sequential network, BatchCursor batches, double[] x, double[] y) {
        this.test = test;
        this.network = network;
        this.rule = new GradientDescent(test.minimum());
        this.batches = batches;
        this.x = x;
        this.y = y;
    }

    LearningRateRangeTest test() { return test; }

    /** One batch at the next rate; returns whether the test goes on. */
    boolean step() {
        double loss;
        try {
            loss = network.trainBatch(x, y, batches.first(), batches.count(), rule, test.count() + 1,
                    test.nextRate());
        } catch (DivergenceException e) {
            loss = Double.NaN;
        }
        batches.advance();
        return test.record(loss);
    }

    /** Every remaining batch. */
    void finish() {
        while (!test.finished()) {
            step();
        }
    }

    /** What a snapshot keeps of the test so far. */
    RangeRecord record() {
        int n = test.count();
        double[] rates = new double[n];
        for (int i = 0; i < n; i++) {
            rates[i] = test.rate(i);
        }
        // Suggested only once the test has ended: before, the least so far is still moving.
        int suggested = test.finished() ? test.suggestionIndex() : -1;
        return new RangeRecord(rates, test.losses(), test.smoothedLosses(), suggested,
                suggested < 0 ? Double.NaN : test.suggestion(), test.steps(), test.minimum(), test.maximum(),
                test.diverged(), test.finished());
    }
}
