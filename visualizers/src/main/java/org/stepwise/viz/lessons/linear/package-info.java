/** Lessons on linear models: logistic regression, linear regression. */
package org.stepwise.viz.lessons.linear;
