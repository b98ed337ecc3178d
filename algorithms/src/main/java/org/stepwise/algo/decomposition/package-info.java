/**
 * Decompositions of a data matrix into directions: principal component analysis
 * ({@link org.stepwise.algo.decomposition.PcaFactory}), one component revealed per step.
 */
package org.stepwise.algo.decomposition;
