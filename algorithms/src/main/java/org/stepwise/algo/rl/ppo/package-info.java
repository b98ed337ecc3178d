/**
 * Proximal policy optimization on the cart-pole ({@link org.stepwise.algo.rl.CartPole}): the
 * clipped surrogate objective of Schulman, Wolski, Dhariwal, Radford and Klimov, "Proximal Policy
 * Optimization Algorithms" (2017), with advantages by generalized advantage estimation (Schulman,
 * Moritz, Levine, Jordan and Abbeel, "High-Dimensional Continuous Control Using Generalized
 * Advantage Estimation", 2016). The networks are {@link org.stepwise.algo.neural.Sequential}s
 * trained by Adam ({@link org.stepwise.algo.optim.Adam}).
 */
package org.stepwise.algo.rl.ppo;
