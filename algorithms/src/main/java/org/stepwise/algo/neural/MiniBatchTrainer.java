package org.stepwise.algo.neural;

import org.stepwise.algo.optim.UpdateRule;

/**
 * Epochs of mini-batch training in the data's order (scikit-learn's {@code shuffle=False}):
 * consecutive batches of {@code batchSize} rows, the last one shorter when the rows do not divide
 * evenly ({@code gen_batches}), one update per batch with the schedule's rate, after optional
 * clipping of the gradient's global norm. Counts updates across epochs.
 */
public final class MiniBatchTrainer {

    private final Sequential network;
    private final UpdateRule rule;
    private final LearningRateSchedule schedule;
    private final double clipNorm;
    private int updates;

    /**
     * @param clipNorm the largest gradient norm let through, or {@code Double.POSITIVE_INFINITY} for no clipping
     */
    public MiniBatchTrainer(Sequential network, UpdateRule rule, LearningRateSchedule schedule, double clipNorm) {
        if (!(clipNorm > 0)) {
            throw new IllegalArgumentException("the clipping norm must be above 0; got " + clipNorm);
        }
        this.network = network;
        this.rule = rule;
        this.schedule = schedule;
        this.clipNorm = clipNorm;
    }

    /** The updates made so far. */
    public int updates() { return updates; }

    /** The rate the next update will use. */
    public double currentLearningRate() { return schedule.rate(updates); }

    /**
     * One pass over the {@code rows} rows of {@code x} and {@code y}; returns the mean of the
     * batch losses weighted by batch size (scikit-learn's {@code loss_}).
     *
     * @throws DivergenceException when a batch's loss is not finite
     */
    public double epoch(double[] x, double[] y, int rows, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("the batch size must be at least 1; got " + batchSize);
        }
        int batch = Math.min(batchSize, rows);
        network.prepare(batch);
        double weighted = 0;
        for (int first = 0; first < rows; first += batch) {
            int count = Math.min(batch, rows - first);
            network.forward(x, first, count, true);
            weighted += network.backward(y, first) * count;
            if (clipNorm < Double.POSITIVE_INFINITY) {
                GradientClipping.clipByGlobalNorm(network.gradients(), clipNorm);
            }
            rule.update(network.parameters(), network.gradients(), updates + 1, schedule.rate(updates));
            updates++;
        }
        return weighted / rows;
    }
}
