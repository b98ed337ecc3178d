/**
 * The CartPole lesson's engine: REINFORCE with a learned baseline, one-step actor-critic and a
 * deep Q-network learning to balance {@link org.stepwise.algo.rl.CartPole}, one environment step
 * at a time, on the networks of {@link org.stepwise.algo.rl.policy}.
 */
package org.stepwise.algo.rl.cartpole;
