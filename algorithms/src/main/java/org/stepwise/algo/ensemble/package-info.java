/**
 * Ensembles of trees and of other models: random forests, boosting, voting. Their trees are
 * {@link org.stepwise.algo.tree.TreeBuilder}'s, the decision-tree lesson's tree.
 */
package org.stepwise.algo.ensemble;
