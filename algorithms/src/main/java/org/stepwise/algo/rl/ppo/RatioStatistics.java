package org.stepwise.algo.rl.ppo;

/**
 * What one epoch of updates did to the policy, measured on the samples it updated with their
 * ratios r = π(a|s) / π_old(a|s) as each minibatch saw them before its step:
 * <ul>
 *   <li>the clip fraction, the share of samples with |r − 1| &gt; ε (as Stable-Baselines3 and
 *       TorchRL's {@code ClipPPOLoss} report it);</li>
 *   <li>the approximate KL divergence KL(π_old ‖ π) ≈ mean((r − 1) − log r), the unbiased,
 *       never-negative estimator of Schulman, "Approximating KL Divergence" (2020), which
 *       Stable-Baselines3 uses for its early stop.</li>
 * </ul>
 * Accumulates without allocating.
 */
public final class RatioStatistics {

    private int samples;
    private int clipped;
    private double klSum;

    /** Forgets every sample. */
    public void clear() {
        samples = 0;
        clipped = 0;
        klSum = 0;
    }

    /** Adds one sample's ratio. */
    public void add(double ratio, double epsilon) {
        samples++;
        if (Math.abs(ratio - 1) > epsilon) {
            clipped++;
        }
        klSum += (ratio - 1) - Math.log(ratio);
    }

    public int samples() { return samples; }

    /** The share of samples whose ratio left [1 − ε, 1 + ε]; NaN before any sample. */
    public double clipFraction() { return samples == 0 ? Double.NaN : (double) clipped / samples; }

    /** mean((r − 1) − log r); NaN before any sample. */
    public double approxKl() { return samples == 0 ? Double.NaN : klSum / samples; }
}
