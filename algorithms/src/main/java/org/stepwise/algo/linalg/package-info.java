/**
 * Small linear-algebra helpers on EJML that more than one family of engines needs: the symmetric
 * eigen decomposition (naive Bayes' covariances, spectral clustering's Laplacian). No JavaFX, ever.
 */
package org.stepwise.algo.linalg;
