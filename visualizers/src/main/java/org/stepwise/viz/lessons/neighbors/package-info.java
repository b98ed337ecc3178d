/** Lessons of the nearest-neighbour family: k-nearest-neighbours classification. */
package org.stepwise.viz.lessons.neighbors;
