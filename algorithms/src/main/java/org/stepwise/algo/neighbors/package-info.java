/**
 * Step engines for nearest-neighbour methods: k-nearest-neighbours classification and
 * regression (scikit-learn's {@code KNeighborsClassifier} and {@code KNeighborsRegressor}), one
 * query point at a time.
 */
package org.stepwise.algo.neighbors;
