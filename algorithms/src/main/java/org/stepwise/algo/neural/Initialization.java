package org.stepwise.algo.neural;

import java.util.random.RandomGenerator;

/**
 * Starting weights of a layer with {@code fanIn} inputs and {@code fanOut} outputs, keeping the
 * variance of activations (forward) and gradients (backward) about constant through depth:
 * Xavier/Glorot (Glorot &amp; Bengio, AISTATS 2010), Var w = 2 / (fanIn + fanOut), suited to tanh
 * and the logistic function; He/Kaiming (He et al., ICCV 2015), Var w = 2 / fanIn, suited to ReLU.
 * Uniform draws on [−a, a] with a = √(3 Var), normal draws N(0, Var), as PyTorch's
 * {@code xavier_uniform_}, {@code xavier_normal_}, {@code kaiming_uniform_}, {@code kaiming_normal_}.
 * {@link #STANDARD_NORMAL} (Var w = 1) and {@link #SMALL_NORMAL} (w = 0.01·N(0, 1), Var w = 10⁻⁴, the
 * "small random numbers" of Karpathy's CS231n notes) are the naive choices the
 * {@code activations-init} lesson contrasts them with: the first saturates tanh, the second lets
 * the activations collapse to 0 within a few layers.
 */
public enum Initialization {
    XAVIER_UNIFORM(true, false),
    XAVIER_NORMAL(false, false),
    HE_UNIFORM(true, true),
    HE_NORMAL(false, true),
    STANDARD_NORMAL(false, false),
    SMALL_NORMAL(false, false);

    private final boolean uniform;
    private final boolean fanInOnly;

    Initialization(boolean uniform, boolean fanInOnly) {
        this.uniform = uniform;
        this.fanInOnly = fanInOnly;
    }

    /** The variance of one weight. */
    public double variance(int fanIn, int fanOut) {
        if (this == STANDARD_NORMAL) {
            return 1;
        }
        if (this == SMALL_NORMAL) {
            return 1e-4;
        }
        return fanInOnly ? 2.0 / fanIn : 2.0 / (fanIn + fanOut);
    }

    /**
     * Fills {@code weights[offset, offset + count)} with independent draws.
     * Modified: {@code weights}, {@code random}'s state.
     */
    public void fill(double[] weights, int offset, int count, int fanIn, int fanOut, RandomGenerator random) {
        double variance = variance(fanIn, fanOut);
        double bound = Math.sqrt(3 * variance);
        double deviation = Math.sqrt(variance);
        for (int i = offset; i < offset + count; i++) {
            weights[i] = uniform ? random.nextDouble(-bound, bound) : deviation * random.nextGaussian();
        }
    }
}
