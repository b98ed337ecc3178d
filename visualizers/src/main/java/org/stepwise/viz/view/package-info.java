/**
 * Reusable views that draw snapshots: the decision-boundary heatmap, filled contours with
 * optimizer paths, the live metrics chart, and their colour maps and axes. A view draws what
 * it is given and never calls an engine.
 */
package org.stepwise.viz.view;
