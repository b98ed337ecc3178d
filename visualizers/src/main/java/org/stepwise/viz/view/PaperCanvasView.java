package org.stepwise.viz.view;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;

/**
 * A view that draws itself whole on one canvas on the theme's paper, at the lesson's type size:
 * what the image grid and the matrix heatmap share. The canvas follows the view's size and is
 * drawn again when it changes, when the theme changes and when the type size changes.
 */
public abstract class PaperCanvasView extends Region {

    private final Canvas canvas = new Canvas();
    private final PlotType type;
    private boolean dark;

    protected PaperCanvasView(String styleClass) {
        getChildren().add(canvas);
        type = new PlotType(getChildren(), this::draw);
        getStyleClass().add(styleClass);
    }

    /** Draws the whole view now. */
    public abstract void draw();

    /** Draws the whole view now, including what it otherwise paints in the background: before a snapshot. */
    public void drawNow() {
        draw();
    }

    /** Light or dark paper. */
    public void setDark(boolean value) {
        dark = value;
        draw();
    }

    protected final boolean dark() { return dark; }

    /** The factor the view's type is drawn at (1 at the usual 15 px). */
    protected final double typeScale() { return type.scale(); }

    protected final Canvas canvas() { return canvas; }

    /** The canvas cleared and filled with the theme's paper, ready to draw on. */
    protected final GraphicsContext clearedToPaper() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        g.setFill(PlotInk.paper(dark));
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        return g;
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            draw();
        }
    }
}
