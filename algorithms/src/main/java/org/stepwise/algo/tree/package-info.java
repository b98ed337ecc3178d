/**
 * Decision trees grown one split at a time: scikit-learn 1.2.1's {@code DecisionTreeClassifier}
 * and {@code DecisionTreeRegressor} ({@code sklearn/tree/_tree.pyx}, {@code _splitter.pyx},
 * {@code _criterion.pyx}), with minimal cost-complexity pruning.
 */
package org.stepwise.algo.tree;
