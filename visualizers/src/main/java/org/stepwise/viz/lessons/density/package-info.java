/** Density estimation lessons: the kernel density estimate along a line and over the plane. */
package org.stepwise.viz.lessons.density;
