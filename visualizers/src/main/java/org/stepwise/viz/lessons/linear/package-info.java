/** Lessons on linear models: logistic regression, the perceptron, linear regression, ridge/lasso/elastic net. */
package org.stepwise.viz.lessons.linear;
