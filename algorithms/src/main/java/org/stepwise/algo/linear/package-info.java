/**
 * Step engines for linear models: logistic regression (binary and softmax) trained by gradient
 * descent or Newton's method, and linear regression (least squares on polynomial features) solved
 * by QR in one step or by gradient descent, and ridge, lasso and elastic net (ridge in closed form,
 the others by cyclic coordinate descent, one coordinate a step, as scikit-learn's).
 */
package org.stepwise.algo.linear;
