package org.stepwise.algo.rl.ppo;

/**
 * Generalized advantage estimation (Schulman et al. 2016, eq. 16): with the TD residual
 * δ_t = r_t + γ·V(s_{t+1}) − V(s_t), the advantage is the exponentially weighted sum
 * Â_t = Σ_{l≥0} (γλ)^l δ_{t+l} over the rest of the episode, computed backwards by
 * Â_t = δ_t + γλ·Â_{t+1}. λ = 0 gives the one-step residual δ_t; λ = 1 the discounted return
 * (bootstrapped at a cut) minus V(s_t).
 *
 * <p>A batch holds several episodes back to back. {@code nextValues[t]} is V(s_{t+1}), or 0 when
 * the pole fell at t (a true end); an episode cut by the step cap or by the end of the batch keeps
 * the value of the state it was cut at, so the estimate is bootstrapped there rather than treating
 * the cut as a fall. {@code ends[t]} says an episode's sum stops after t.
 */
public final class Gae {

    private Gae() {
    }

    /**
     * Writes Â_t for t in [0, count) into {@code advantages}. Allocates nothing.
     * Modified: {@code advantages}.
     */
    public static void advantages(double[] rewards, double[] values, double[] nextValues, boolean[] ends,
                                  int count, double gamma, double lambda, double[] advantages) {
        double running = 0;
        for (int t = count - 1; t >= 0; t--) {
            double delta = rewards[t] + gamma * nextValues[t] - values[t];
            running = delta + (ends[t] ? 0 : gamma * lambda * running);
            advantages[t] = running;
        }
    }
}
