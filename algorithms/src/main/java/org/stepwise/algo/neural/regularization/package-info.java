/**
 * The deep-regularization lesson's engine: two networks of the neural module trained side by side,
 * one with dropout, batch norm, weight decay or early stopping, one without.
 */
package org.stepwise.algo.neural.regularization;
