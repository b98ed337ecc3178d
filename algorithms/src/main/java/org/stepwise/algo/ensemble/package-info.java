/**
 * Step engines for ensembles of trees: boosting, forests, voting. Their trees are fitted by
 * {@link org.stepwise.algo.tree.TreeBuilder}; no second tree lives here.
 */
package org.stepwise.algo.ensemble;
