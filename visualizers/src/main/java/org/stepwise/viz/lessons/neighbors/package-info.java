/** Lessons of the nearest-neighbour family: k-nearest neighbours, classifying or regressing (its task). */
package org.stepwise.viz.lessons.neighbors;
