/**
 * Small networks on an environment's state for the reinforcement-learning lessons (CartPole,
 * PPO): a soft-max policy π(a|s), a state-value estimate v(s) and action values Q(s, a), each a
 * multi-layer perceptron of {@code org.stepwise.algo.neural} whose gradients an
 * {@code org.stepwise.algo.optim} rule applies.
 */
package org.stepwise.algo.rl.policy;
