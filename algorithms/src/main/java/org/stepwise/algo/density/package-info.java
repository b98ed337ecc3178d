/**
 * Density estimation: kernel density estimates built one kernel per step, then a bandwidth sweep,
 * matching scikit-learn 1.2.1's {@code KernelDensity}.
 */
package org.stepwise.algo.density;
