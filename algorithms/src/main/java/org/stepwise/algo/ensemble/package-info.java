/**
 * Ensembles of trees fitted one member (or one round) per step: gradient boosting, and beside it
 * the forests and AdaBoost. Their trees are {@link org.stepwise.algo.tree.TreeBuilder}'s.
 */
package org.stepwise.algo.ensemble;
