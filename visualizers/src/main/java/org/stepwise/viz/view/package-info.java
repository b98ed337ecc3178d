/**
 * Reusable views that draw snapshots, all on one plot base ({@link org.stepwise.viz.view.PlotView}:
 * axes, transform, themes, draft drawing, hover, editing) with layers: the decision-boundary
 * view (a field layer and a scatter layer), filled contours with optimizer paths, the XY chart,
 * the bar view; a main view with secondaries ({@link org.stepwise.viz.view.SecondaryViews}); the
 * live metrics chart; colour maps and class marks. A view draws what it is given and never calls
 * an engine.
 */
package org.stepwise.viz.view;
