package org.stepwise.viz.view;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * A class's mark: a shape per class (circle, square, triangle, diamond, inverted triangle,
 * pentagon, then round again) as a second cue beside its colour, so that classes stay apart for a
 * learner who does not see the colours apart, or on a projector that washes them out. Shapes of
 * one radius cover about the same area (a square's half side is 0.89 r, a triangle's circumradius
 * 1.3 r). Drawn as paths on the canvas: nothing is allocated per mark.
 */
public final class ClassMarks {

    /** How many shapes there are before they repeat. */
    public static final int SHAPES = 6;

    private ClassMarks() {
    }

    /** The shape of class {@code k}: 0 circle, 1 square, 2 triangle, 3 diamond, 4 inverted triangle, 5 pentagon. */
    public static int shapeOf(int k) { return Math.floorMod(k, SHAPES); }

    /**
     * Traces shape {@code shape} of radius {@code r} around pixel (x, y) as the canvas's current
     * path; the caller fills and/or strokes it.
     */
    public static void trace(GraphicsContext g, int shape, double x, double y, double r) {
        g.beginPath();
        switch (shapeOf(shape)) {
            case 0 -> g.arc(x, y, r, r, 0, 360);
            case 1 -> {
                double h = 0.89 * r;
                g.rect(x - h, y - h, 2 * h, 2 * h);
            }
            case 2 -> polygon(g, x, y + 0.25 * r, 1.3 * r, 3, -Math.PI / 2);
            case 3 -> polygon(g, x, y, 1.25 * r, 4, -Math.PI / 2);
            case 4 -> polygon(g, x, y - 0.25 * r, 1.3 * r, 3, Math.PI / 2);
            default -> polygon(g, x, y, 1.1 * r, 5, -Math.PI / 2);
        }
        g.closePath();
    }

    /**
     * Draws a mark: filled in {@code color} with a {@code rim} outline, or, hollow, filled with the
     * {@code rim}'s colour inside an outline of {@code color} (a held-out point: seen, never trained on).
     */
    public static void draw(GraphicsContext g, int shape, double x, double y, double r, Color color, Color rim,
                            double rimWidth, boolean hollow) {
        trace(g, shape, x, y, r);
        if (hollow) {
            // Emptied with the rim's colour (the scatter passes the paper's), so it reads as hollow on any
            // region, its own class's too (a see-through middle showed that region, which is the
            // class's colour where the model is sure).
            g.setFill(rim);
            g.fill();
            g.setStroke(color);
            g.setLineWidth(3);
            g.stroke();
            return;
        }
        g.setFill(color);
        g.fill();
        g.setStroke(rim);
        g.setLineWidth(rimWidth);
        g.stroke();
    }

    /**
     * Class {@code k}'s mark as a small node (its shape in its colour, rimmed in white): for a
     * legend or the data picker's class buttons.
     */
    public static javafx.scene.Node icon(int k, double radius) {
        double size = Math.ceil(2 * radius * 1.35 + 4);
        javafx.scene.canvas.Canvas canvas = new javafx.scene.canvas.Canvas(size, size);
        draw(canvas.getGraphicsContext2D(), k, size / 2, size / 2, radius, ColorMaps.classColor(k), Color.WHITE, 1.5,
                false);
        return canvas;
    }

    private static void polygon(GraphicsContext g, double x, double y, double r, int sides, double start) {
        for (int i = 0; i < sides; i++) {
            double a = start + 2 * Math.PI * i / sides;
            double px = x + r * Math.cos(a);
            double py = y + r * Math.sin(a);
            if (i == 0) {
                g.moveTo(px, py);
            } else {
                g.lineTo(px, py);
            }
        }
    }
}
