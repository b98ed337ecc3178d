/** Step engines for linear models: logistic regression (binary and softmax) trained by gradient descent. */
package org.stepwise.algo.linear;
