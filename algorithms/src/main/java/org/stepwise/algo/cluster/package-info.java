/**
 * Step engines for clustering: k-means (Lloyd's half-steps and mini-batch updates, scikit-learn's
 * {@code KMeans} and {@code MiniBatchKMeans}), with the silhouette and the elbow that judge a
 * clustering afterwards. No JavaFX, ever.
 */
package org.stepwise.algo.cluster;
