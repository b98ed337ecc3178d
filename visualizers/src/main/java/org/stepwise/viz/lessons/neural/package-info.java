/** Lessons of the neural-network family: the network playground. */
package org.stepwise.viz.lessons.neural;
