package org.stepwise.viz.view;

/**
 * What a lesson draws over a plot's points, in data coordinates: a perceptron's line and the
 * sample in focus, a query point joined to its neighbours, Gaussian ellipses. The plot calls it
 * on the FX thread after its axes and points, clipped to the plot's rectangle, whenever it
 * draws them; the lesson hands the plot a new overlay with each snapshot.
 */
@FunctionalInterface
public interface PlotOverlay {

    /** An overlay that draws nothing. */
    PlotOverlay NONE = pen -> { };

    /** Draws with {@code pen}, whose transform maps the plot's data to its pixels. */
    void draw(OverlayPen pen);
}
