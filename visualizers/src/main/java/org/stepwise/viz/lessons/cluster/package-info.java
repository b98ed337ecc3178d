/** Lessons of the clustering family: k-means (Lloyd's half-steps and mini-batch, with its elbow and silhouette) and DBSCAN. */
package org.stepwise.viz.lessons.cluster;
