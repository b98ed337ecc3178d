package org.stepwise.viz.lessons.evaluation;

import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.stepwise.viz.view.OverlayPen;
import org.stepwise.viz.view.PlotInk;
import org.stepwise.viz.view.PlotTransform;

/**
 * A key in a corner of a plot: one row an entry, a swatch (a line, dashed or not, or a
 * filled block) in the entry's colour beside its name, in the plot's bold type on paper-coloured
 * plates so it reads over curves and bars.
 */
final class SwatchKey {

    /** How an entry's swatch is drawn. */
    enum Swatch { LINE, DASHED, BLOCK }

    /** The corner the key sits in. */
    enum Corner { TOP_RIGHT, BOTTOM_LEFT }

    record Entry(String name, Color color, Swatch swatch) {
    }

    private static final double SIZE = 13;

    private SwatchKey() {
    }

    static void draw(OverlayPen pen, Corner corner, Entry... entries) {
        var g = pen.graphics();
        PlotTransform t = pen.transform();
        double scale = pen.scale();
        double row = SIZE * scale * 1.45;
        double swatch = 26 * scale;
        double margin = 14 * scale;
        double widest = 0;
        for (Entry e : entries) {
            widest = Math.max(widest, width(e.name(), SIZE * scale));
        }
        double swatchLeft = corner == Corner.TOP_RIGHT ? t.left() + t.width() - margin - widest - swatch - 8 * scale
                : t.left() + margin;
        double textLeft = swatchLeft + swatch + 8 * scale;
        double y = corner == Corner.TOP_RIGHT ? t.top() + margin
                : t.top() + t.height() - margin - row * (entries.length - 1);
        g.setFont(Font.font(null, FontWeight.BOLD, SIZE * scale));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (Entry e : entries) {
            drawSwatch(g, e, swatchLeft, y, swatch, scale);
            org.stepwise.viz.view.TextPlates.write(g, e.name(), textLeft, y, pen.ink(), PlotInk.halo(pen.ink()),
                    3 * scale);
            y += row;
        }
        g.setTextBaseline(VPos.BASELINE);
    }

    private static void drawSwatch(javafx.scene.canvas.GraphicsContext g, Entry e, double left, double y,
                                   double length, double scale) {
        switch (e.swatch()) {
            case BLOCK -> {
                g.setFill(e.color());
                g.fillRect(left, y - 6 * scale, length, 12 * scale);
            }
            case LINE, DASHED -> {
                g.setStroke(e.color());
                g.setLineWidth(3.5 * scale);
                if (e.swatch() == Swatch.DASHED) {
                    g.setLineDashes(7 * scale, 5 * scale);
                }
                g.strokeLine(left, y, left + length, y);
                g.setLineDashes((double[]) null);
            }
        }
    }

    private static double width(String text, double size) {
        javafx.scene.text.Text measure = new javafx.scene.text.Text(text);
        measure.setFont(Font.font(null, FontWeight.BOLD, size));
        return measure.getLayoutBounds().getWidth();
    }
}
