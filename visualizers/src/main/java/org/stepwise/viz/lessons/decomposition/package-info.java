/**
 * Lessons on decompositions: principal component analysis ({@code pca}), its projection, scree,
 * biplot and, on image data, reconstructions from the first k components.
 */
package org.stepwise.viz.lessons.decomposition;
