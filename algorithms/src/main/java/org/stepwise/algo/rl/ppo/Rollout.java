package org.stepwise.algo.rl.ppo;

import java.util.random.RandomGenerator;
import org.stepwise.algo.rl.CartPole;

/**
 * One batch of experience and what PPO computes from it: for each of the batch's steps the state,
 * the action sampled from the current policy, its probability π_old(a|s), the reward, V(s), the
 * value of the next state (0 after a fall), whether an episode's sum stops there, and then the
 * GAE advantages ({@link Gae}), the value targets R̂ = Â + V(s) and the advantages normalized to
 * mean 0 and standard deviation 1 over the batch (as OpenAI Baselines' PPO does). The buffers are
 * allocated once; collecting allocates nothing but a finished episode's path.
 *
 * <p>The environment carries over from one batch to the next: an episode cut by the batch's end
 * goes on in the next batch (its advantage bootstrapped from V at the cut).
 */
final class Rollout {

    private final int size;
    final double[] states;
    final int[] actions;
    final double[] oldProbabilities;
    final double[] rewards;
    final double[] values;
    final double[] nextValues;
    final boolean[] ends;
    final double[] advantages;
    final double[] normalized;
    final double[] returns;
    private final double[] state = new double[CartPole.STATE_SIZE];
    private int episodesEnded;

    Rollout(int size) {
        this.size = size;
        states = new double[size * CartPole.STATE_SIZE];
        actions = new int[size];
        oldProbabilities = new double[size];
        rewards = new double[size];
        values = new double[size];
        nextValues = new double[size];
        ends = new boolean[size];
        advantages = new double[size];
        normalized = new double[size];
        returns = new double[size];
    }

    int size() { return size; }

    /** Episodes that ended during the last {@link #collect}. */
    int episodesEnded() { return episodesEnded; }

    /** Plays {@link #size()} steps with the current policy, then computes the advantages and targets. */
    void collect(CartPole env, ActorCritic networks, RandomGenerator random, EpisodeLog log, double gamma,
                 double lambda) {
        episodesEnded = 0;
        for (int t = 0; t < size; t++) {
            if (env.done()) {
                env.reset(random);
            }
            env.state(state);
            System.arraycopy(state, 0, states, t * CartPole.STATE_SIZE, CartPole.STATE_SIZE);
            double right = networks.pushRight(state);
            int action = random.nextDouble() < right ? 1 : 0;
            actions[t] = action;
            oldProbabilities[t] = action == 1 ? right : 1 - right;
            values[t] = networks.value(state);
            if (t > 0 && !ends[t - 1]) {
                nextValues[t - 1] = values[t];
            }
            rewards[t] = env.step(action);
            env.state(state);
            log.step(state[CartPole.X], state[CartPole.THETA], action);
            ends[t] = env.done() || t == size - 1;
            if (env.done()) {
                log.end(env.steps(), env.fallen());
                episodesEnded++;
            }
            if (env.done() && env.fallen()) {
                nextValues[t] = 0;
            } else if (ends[t]) {
                // Cut by the cap or the batch's end: the pole still stands, so bootstrap from V.
                nextValues[t] = networks.value(state);
            }
        }
        Gae.advantages(rewards, values, nextValues, ends, size, gamma, lambda, advantages);
        double mean = 0;
        for (int t = 0; t < size; t++) {
            returns[t] = advantages[t] + values[t];
            mean += advantages[t];
        }
        mean /= size;
        double variance = 0;
        for (int t = 0; t < size; t++) {
            variance += (advantages[t] - mean) * (advantages[t] - mean);
        }
        double sd = Math.sqrt(variance / size);
        for (int t = 0; t < size; t++) {
            normalized[t] = (advantages[t] - mean) / (sd + 1e-8);
        }
    }
}
