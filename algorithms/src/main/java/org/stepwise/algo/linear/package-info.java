/**
 * Step engines for linear models: logistic regression (binary and softmax) trained by gradient
 * descent or Newton's method, and linear regression (least squares on polynomial features) solved
 * by QR in one step or by gradient descent.
 */
package org.stepwise.algo.linear;
