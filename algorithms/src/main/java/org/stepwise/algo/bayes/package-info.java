/**
 * Step engines for generative classifiers with Gaussian class-conditional densities: Gaussian
 * naive Bayes, linear and quadratic discriminant analysis, fitted one class per step.
 */
package org.stepwise.algo.bayes;
