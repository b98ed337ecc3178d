package org.stepwise.algo.rl.ppo;

/**
 * PPO's clipped surrogate for one sample (Schulman et al. 2017, eq. 7):
 * L^CLIP(r) = min(r·A, clip(r, 1 − ε, 1 + ε)·A), with r = π(a|s) / π_old(a|s) the probability
 * ratio and A the advantage. It is r·A while the ratio stays in the trust region, and flat beyond
 * 1 + ε when A &gt; 0 (or below 1 − ε when A &lt; 0): there the objective stops rewarding moves
 * further in the direction that already helped, and its gradient is zero. Pure functions, for the
 * engine's loss, the lesson's diagram and the tests.
 */
public final class ClippedSurrogate {

    private ClippedSurrogate() {
    }

    /** clip(r, 1 − ε, 1 + ε). */
    public static double clip(double ratio, double epsilon) {
        return Math.max(1 - epsilon, Math.min(1 + epsilon, ratio));
    }

    /** L^CLIP = min(r·A, clip(r, 1 − ε, 1 + ε)·A). */
    public static double value(double ratio, double advantage, double epsilon) {
        return Math.min(ratio * advantage, clip(ratio, epsilon) * advantage);
    }

    /**
     * True when the clipped term is the smaller one and flat: r &gt; 1 + ε with A &gt; 0, or
     * r &lt; 1 − ε with A &lt; 0. There the sample's gradient is zero.
     */
    public static boolean flat(double ratio, double advantage, double epsilon) {
        return advantage > 0 ? ratio > 1 + epsilon : advantage < 0 && ratio < 1 - epsilon;
    }

    /** ∂L^CLIP/∂r: A where the objective follows r·A, 0 where it is {@link #flat}. */
    public static double slope(double ratio, double advantage, double epsilon) {
        return flat(ratio, advantage, epsilon) ? 0 : advantage;
    }
}
