/** The decision-tree lesson: the tree diagram growing beside the partitioned plane or the step function. */
package org.stepwise.viz.lessons.tree;
