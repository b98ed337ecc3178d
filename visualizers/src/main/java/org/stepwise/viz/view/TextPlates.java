package org.stepwise.viz.view;

import javafx.geometry.Bounds;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Text;

/**
 * Text that must read over points, lines and heatmaps, written on a rounded plate of the paper's
 * colour (a little transparent) rather than on a halo traced around its glyphs. On Prism's
 * software pipeline (no GPU) a halo is the glyphs' outlines stroked as shapes, which cost the
 * renderer about a third of a frame's work on a plot with a few labels (JFR, 2026-12-07); a plate
 * is one small filled shape, and the text on it is drawn from the glyph cache. Drawn where the
 * canvas's current font, alignment and baseline put the text. Called on the FX thread.
 */
public final class TextPlates {

    /** Measures the text in the canvas's font: one node, reused (the FX thread is the only caller). */
    private static final Text MEASURE = new Text();

    private TextPlates() {
    }

    /**
     * Writes {@code text} at (x, y) in {@code fill} on a plate of {@code plate}, {@code pad}
     * pixels wider than the text on each side.
     */
    public static void write(GraphicsContext g, String text, double x, double y, Paint fill, Color plate, double pad) {
        MEASURE.setFont(g.getFont());
        MEASURE.setText(text);
        Bounds bounds = MEASURE.getLayoutBounds();
        double width = bounds.getWidth();
        double height = bounds.getHeight();
        double left = switch (g.getTextAlign()) {
            case CENTER -> x - width / 2;
            case RIGHT -> x - width;
            default -> x;
        };
        double top = switch (g.getTextBaseline()) {
            case TOP -> y;
            case CENTER -> y - height / 2;
            case BOTTOM -> y - height;
            default -> y - MEASURE.getBaselineOffset();
        };
        g.setFill(plate);
        g.fillRoundRect(left - pad, top - pad / 2, width + 2 * pad, height + pad, 2 * pad, 2 * pad);
        g.setFill(fill);
        g.fillText(text, x, y);
    }
}
