/**
 * The neural-network library every deep lesson builds on: layers with explicit forward and
 * backward passes over flat row-major arrays (rows = examples of the batch), losses, penalties,
 * initializations, learning-rate schedules, and {@link org.stepwise.algo.neural.Sequential}, which
 * owns the parameter and gradient buffers. The optimizers are those of {@code org.stepwise.algo.optim}
 * (one implementation). Buffers are allocated when a network is prepared for a batch size, never in
 * a forward or backward pass. No JavaFX, no engine: lessons wrap it in their own engines.
 */
package org.stepwise.algo.neural;
