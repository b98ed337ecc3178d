/**
 * Step engines for clustering, groups found in unlabelled points: k-means (Lloyd's half-steps and
 * mini-batch updates, scikit-learn's {@code KMeans} and {@code MiniBatchKMeans}) with the
 * silhouette and the elbow that judge a clustering afterwards, and DBSCAN (one point visited a
 * step, scikit-learn's {@code DBSCAN}), and agglomerative clustering (one merge a step,
 * scikit-learn's {@code AgglomerativeClustering}). No JavaFX, ever.
 */
package org.stepwise.algo.cluster;
