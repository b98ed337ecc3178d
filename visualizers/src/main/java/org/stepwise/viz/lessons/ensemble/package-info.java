/** The ensemble lessons: a random forest growing tree by tree, boosting round by round, voting. */
package org.stepwise.viz.lessons.ensemble;
