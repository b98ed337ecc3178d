/**
 * The tree family's lessons: the decision tree (its diagram growing beside the partitioned plane
 * or the step function), and the ensembles built from trees: the random forest, AdaBoost,
 * gradient boosting.
 */
package org.stepwise.viz.lessons.tree;
