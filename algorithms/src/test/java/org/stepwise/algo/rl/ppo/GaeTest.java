package org.stepwise.algo.rl.ppo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * GAE (Schulman et al. 2016, eq. 16) against its definition summed by brute force, and its two
 * ends: λ = 1 is the discounted return minus V, λ = 0 the one-step TD residual.
 */
class GaeTest {

    private static final int N = 12;
    private final double[] rewards = new double[N];
    private final double[] values = new double[N];
    private final double[] nextValues = new double[N];
    /** Three episodes: a fall after step 3, a cap (bootstrapped) after step 8, a batch cut after step 11. */
    private final boolean[] ends = new boolean[N];

    GaeTest() {
        Random random = new Random(42);
        for (int t = 0; t < N; t++) {
            rewards[t] = random.nextDouble() * 2 - 0.5;
            values[t] = random.nextDouble() * 5;
        }
        for (int t = 0; t < N - 1; t++) {
            nextValues[t] = values[t + 1];
        }
        ends[3] = true;
        nextValues[3] = 0;           // the pole fell: nothing follows
        ends[8] = true;
        nextValues[8] = 3.7;         // cut by the cap: V of the state it was cut at
        ends[11] = true;
        nextValues[11] = 1.9;        // cut by the batch's end
    }

    private double delta(int t, double gamma) {
        return rewards[t] + gamma * nextValues[t] - values[t];
    }

    private int episodeEnd(int t) {
        int end = t;
        while (!ends[end]) {
            end++;
        }
        return end;
    }

    @Test
    void equalsTheDiscountedSumOfTdResidualsToTheEpisodesEnd() {
        for (double[] gl : new double[][] {{0.99, 0.95}, {0.9, 0.5}, {1.0, 0.8}, {0.5, 1.0}}) {
            double gamma = gl[0];
            double lambda = gl[1];
            double[] advantages = new double[N];
            Gae.advantages(rewards, values, nextValues, ends, N, gamma, lambda, advantages);
            for (int t = 0; t < N; t++) {
                double sum = 0;
                for (int l = 0; t + l <= episodeEnd(t); l++) {
                    sum += Math.pow(gamma * lambda, l) * delta(t + l, gamma);
                }
                assertThat(advantages[t]).as("Â_%d at γ %s, λ %s", t, gamma, lambda).isCloseTo(sum, within(1e-12));
            }
        }
    }

    @Test
    void lambdaOneIsTheDiscountedReturnMinusTheValue() {
        double gamma = 0.9;
        double[] advantages = new double[N];
        Gae.advantages(rewards, values, nextValues, ends, N, gamma, 1.0, advantages);
        for (int t = 0; t < N; t++) {
            int end = episodeEnd(t);
            double discounted = 0;
            for (int k = t; k <= end; k++) {
                discounted += Math.pow(gamma, k - t) * rewards[k];
            }
            discounted += Math.pow(gamma, end - t + 1) * nextValues[end];
            assertThat(advantages[t]).isCloseTo(discounted - values[t], within(1e-12));
        }
    }

    @Test
    void lambdaZeroIsTheOneStepTdResidual() {
        double[] advantages = new double[N];
        Gae.advantages(rewards, values, nextValues, ends, N, 0.97, 0.0, advantages);
        for (int t = 0; t < N; t++) {
            assertThat(advantages[t]).isCloseTo(delta(t, 0.97), within(1e-15));
        }
    }

    @Test
    void aHandValue() {
        // Two steps, reward 1 each, V = (0.5, 0.25), then the pole falls: γ = 0.9, λ = 0.5.
        // δ₁ = 1 + 0 − 0.25 = 0.75; δ₀ = 1 + 0.9·0.25 − 0.5 = 0.725; Â₀ = 0.725 + 0.45·0.75 = 1.0625.
        double[] advantages = new double[2];
        Gae.advantages(new double[] {1, 1}, new double[] {0.5, 0.25}, new double[] {0.25, 0},
                new boolean[] {false, true}, 2, 0.9, 0.5, advantages);
        assertThat(advantages).containsExactly(new double[] {1.0625, 0.75}, within(1e-15));
    }
}
