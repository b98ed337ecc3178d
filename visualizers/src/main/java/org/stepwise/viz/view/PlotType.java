package org.stepwise.viz.view;

import javafx.scene.text.Text;

/**
 * How large a plot's own type is drawn (axis ticks and names, legends), taken from the type size
 * the stylesheets give the view, so that what makes a lesson's controls larger (presentation
 * mode: 21 px instead of 15) makes its plot's text larger too. Canvases and painted images do not
 * follow CSS by themselves: a hidden, unmanaged {@code Text} in the view does, and the view reads
 * its size as a factor of the usual 15 px.
 */
final class PlotType {

    /** The window's usual type size, at which a plot's text is drawn at its designed size. */
    static final double BASE_SIZE = 15;

    private final Text probe = new Text();

    /** Adds the probe to a view's {@code children}; {@code changed} runs when the type size changes (a redraw). */
    PlotType(java.util.List<javafx.scene.Node> children, Runnable changed) {
        probe.setVisible(false);
        probe.setManaged(false);
        probe.getStyleClass().add("plot-type");
        children.add(probe);
        probe.fontProperty().addListener((obs, old, font) -> {
            if (old == null || font.getSize() != old.getSize()) {
                changed.run();
            }
        });
    }

    /**
     * The factor to draw the plot's text (and the margins that hold it) at: 1 at 15 px, and never
     * below 1 (a view outside a lesson has JavaFX's smaller default type).
     */
    double scale() {
        return Math.max(1, probe.getFont().getSize() / BASE_SIZE);
    }
}
