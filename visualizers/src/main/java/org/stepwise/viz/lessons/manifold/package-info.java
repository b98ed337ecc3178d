/** Lessons on manifold learning: t-SNE. */
package org.stepwise.viz.lessons.manifold;
