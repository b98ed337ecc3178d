/**
 * Reinforcement learning: the k-armed bandit ({@link org.stepwise.algo.rl.BanditArms}) and the
 * policies that learn to play it side by side on one reward stream (ε-greedy, UCB1, Thompson
 * sampling, the gradient bandit), after Sutton and Barto, <i>Reinforcement Learning: An
 * Introduction</i>, 2nd ed. (2018), chapter 2.
 */
package org.stepwise.algo.rl;
