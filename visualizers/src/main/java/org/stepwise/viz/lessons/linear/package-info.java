/** Lessons on linear models: logistic regression. */
package org.stepwise.viz.lessons.linear;
