/**
 * Optimizers racing on two-dimensional loss surfaces: the test surfaces (quadratic bowl,
 * Rosenbrock, Beale, Himmelblau, saddle, Rastrigin), one update rule per optimizer (gradient
 * descent, momentum, Nesterov, AdaGrad, RMSprop, Adam, AdamW), and the race engine that steps
 * them side by side.
 */
package org.stepwise.algo.optim;
