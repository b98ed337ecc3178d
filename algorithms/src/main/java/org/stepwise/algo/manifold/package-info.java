/**
 * Manifold learning (as {@code sklearn.manifold}): t-SNE, one gradient iteration per step, with the
 * exact O(n²) gradient or the Barnes–Hut approximation.
 */
package org.stepwise.algo.manifold;
