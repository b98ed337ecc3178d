package org.stepwise.viz.view;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Draws a plot's frame, ticks and axis names in type large enough for a projector, scaled by the
 * view's {@link PlotType} (the margins that hold the labels too).
 */
final class Axes {

    static final double LEFT_MARGIN = 64;
    static final double BOTTOM_MARGIN = 54;
    static final double TOP_MARGIN = 12;
    static final double RIGHT_MARGIN = 14;
    private static final double TICK_SIZE = 15;
    private static final double NAME_SIZE = 16;

    /** Room along an axis for one tick label at the usual type: x labels side by side, y labels stacked. */
    static final double X_LABEL_ROOM = 75;
    static final double Y_LABEL_ROOM = 36;

    private Axes() {
    }

    /** How many ticks to ask for along {@code length} pixels: about six, fewer where their labels would touch. */
    static int tickCount(double length, double labelRoom, double typeScale) {
        return Math.max(2, Math.min(6, (int) (length / (labelRoom * typeScale))));
    }

    /** The plot rectangle inside a canvas of this size, leaving room for axes drawn at this type scale. */
    static PlotTransform layout(org.stepwise.algo.Domain domain, double canvasWidth, double canvasHeight,
                                double typeScale) {
        double left = LEFT_MARGIN * typeScale;
        double top = TOP_MARGIN * typeScale;
        double width = Math.max(10, canvasWidth - left - RIGHT_MARGIN * typeScale);
        double height = Math.max(10, canvasHeight - top - BOTTOM_MARGIN * typeScale);
        return new PlotTransform(domain, left, top, width, height);
    }

    /**
     * As {@link #layout}, with one unit as long on both axes: the largest such rectangle, centred.
     * A loss surface needs it. Stretched, a level set's normal is no longer at right angles to it,
     * so the gradient arrow would not cross the contour lines square, and a bowl's tilt would be
     * drawn at another angle than the one set.
     */
    static PlotTransform layoutEqualScale(org.stepwise.algo.Domain domain, double canvasWidth, double canvasHeight,
                                          double typeScale) {
        PlotTransform room = layout(domain, canvasWidth, canvasHeight, typeScale);
        double pixelsPerUnit = Math.min(room.width() / domain.width(), room.height() / domain.height());
        double width = domain.width() * pixelsPerUnit;
        double height = domain.height() * pixelsPerUnit;
        return new PlotTransform(domain, room.left() + (room.width() - width) / 2,
                room.top() + (room.height() - height) / 2, width, height);
    }

    /**
     * The frame and the names, and each axis's ticks with their labels when asked for (a grid of
     * cells has none; bars have names, not x ticks).
     */
    static void draw(GraphicsContext g, PlotTransform t, String xName, String yName, Color ink, double typeScale,
                     boolean xTicks, boolean yTicks) {
        g.setStroke(ink);
        g.setLineWidth(1.2);
        g.strokeRect(t.left(), t.top(), t.width(), t.height());
        g.setFill(ink);
        drawTicks(g, t, typeScale, xTicks, yTicks);
        drawNames(g, t, xName, yName, typeScale);
    }

    private static void drawTicks(GraphicsContext g, PlotTransform t, double typeScale, boolean xTicks, boolean yTicks) {
        g.setFont(Font.font("System", TICK_SIZE * typeScale));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        // About six ticks, fewer where a narrow plot (a second plot beside the first, at presentation
        // type) would set their labels edge to edge: one per 75 px of label room.
        int xCount = xTicks ? tickCount(t.width(), X_LABEL_ROOM, typeScale) : 0;
        for (double x : xCount == 0 ? java.util.List.<Double>of() : PlotTransform.ticks(t.domain().xMin(), t.domain().xMax(), xCount)) {
            double px = t.toPixelX(x);
            g.strokeLine(px, t.top() + t.height(), px, t.top() + t.height() + 5);
            g.fillText(PlotTransform.label(x), px, t.top() + t.height() + 7);
        }
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        // Fewer on a low plot (two stacked beside a third, in presentation mode at 1024 × 768), where
        // six labels of 21 px ran into each other: one per 36 px of height.
        for (double y : !yTicks ? java.util.List.<Double>of() : PlotTransform.ticks(t.domain().yMin(), t.domain().yMax(),
                tickCount(t.height(), Y_LABEL_ROOM, typeScale))) {
            double py = t.toPixelY(y);
            g.strokeLine(t.left() - 5, py, t.left(), py);
            g.fillText(PlotTransform.label(y), t.left() - 8, py);
        }
    }

    private static void drawNames(GraphicsContext g, PlotTransform t, String xName, String yName, double typeScale) {
        g.setFont(Font.font("System", FontWeight.BOLD, NAME_SIZE * typeScale));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        // A name longer than its side (a small plot at presentation type) is narrowed to fit, not cut.
        g.fillText(xName, t.left() + t.width() / 2, t.top() + t.height() + BOTTOM_MARGIN * typeScale - 2,
                t.width());
        g.save();
        // In the left margin, beside the tick labels, wherever the plot stands in the canvas.
        g.translate(t.left() - (LEFT_MARGIN - 16) * typeScale, t.top() + t.height() / 2);
        g.rotate(-90);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(yName, 0, 0, t.height());
        g.restore();
    }
}
