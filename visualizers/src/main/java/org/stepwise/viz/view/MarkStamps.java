package org.stepwise.viz.view;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.transform.Scale;

/**
 * Point marks drawn once into small images and stamped wherever a point is. A scatter of a few
 * hundred points that move at every step (a regression's predictions) was two antialiased paths
 * a point (fill and rim, three with the ring) that JavaFX's renderer rasterised anew each frame:
 * on a machine without a GPU (Prism's software pipeline) that held the FX thread up to 100 ms a
 * frame. A stamp is one image copy. The images are drawn at the window's pixel scale, so they
 * stay sharp on a high-density screen; they are kept per look (shape, colours, size, hollow,
 * ringed) and made again when the size, the rim or the pixel scale changes.
 */
final class MarkStamps {

    /** What tells one stamp from another; a mutable probe is looked up, a copy kept, so a frame allocates nothing. */
    private static final class Look {
        int shape;
        Color color;
        Color rim;
        boolean hollow;

        Look set(int newShape, Color newColor, Color newRim, boolean newHollow) {
            shape = newShape;
            color = newColor;
            rim = newRim;
            hollow = newHollow;
            return this;
        }

        Look copy() { return new Look().set(shape, color, rim, hollow); }

        @Override
        public boolean equals(Object other) {
            return other instanceof Look o && o.shape == shape && o.hollow == hollow && o.color.equals(color)
                    && o.rim.equals(rim);
        }

        @Override
        public int hashCode() { return ((shape * 31 + color.hashCode()) * 31 + rim.hashCode()) * 2 + (hollow ? 1 : 0); }
    }

    private final Map<Look, Image> stamps = new HashMap<>();
    /** The stamps' premultiplied ARGB pixels, for {@link PointRaster}; made when first asked for. */
    private final Map<Look, int[]> pixels = new HashMap<>();
    private final Look probe = new Look();
    private double radius = Double.NaN;
    private double rimWidth = Double.NaN;
    private boolean ringed;
    private double pixelScale = Double.NaN;
    /** The half side of a stamp in plot pixels: room for the largest shape, its rim and the ring. */
    private double half;

    /** Forgets the images when what every mark shares changed. */
    void prepare(double newRadius, double newRimWidth, boolean newRinged, double newPixelScale) {
        if (newRadius != radius || newRimWidth != rimWidth || newRinged != ringed || newPixelScale != pixelScale) {
            stamps.clear();
            pixels.clear();
            radius = newRadius;
            rimWidth = newRimWidth;
            ringed = newRinged;
            pixelScale = newPixelScale;
            half = Math.ceil(1.35 * radius + Math.max(rimWidth, 3) + 3);
        }
    }

    /** The side of a stamp in device pixels. */
    int side() { return (int) Math.round(2 * half * pixelScale); }

    /** The half side of a stamp in plot pixels (a stamp is centred on its point). */
    double half() { return half; }

    /** The pixels of this look's stamp, {@link #side()} squared, premultiplied ARGB, row by row. Called on the FX thread. */
    int[] pixels(int shape, Color color, Color rim, boolean hollow) {
        int[] found = pixels.get(probe.set(shape, color, rim, hollow));
        if (found == null) {
            Image image = image();
            int side = side();
            found = new int[side * side];
            image.getPixelReader().getPixels(0, 0, Math.min(side, (int) image.getWidth()),
                    Math.min(side, (int) image.getHeight()), javafx.scene.image.PixelFormat.getIntArgbPreInstance(),
                    found, 0, side);
            pixels.put(probe.copy(), found);
        }
        return found;
    }

    /** The image of the probe's look, drawn when first asked for. */
    private Image image() {
        Image image = stamps.get(probe);
        if (image == null) {
            Look look = probe.copy();
            image = draw(look);
            stamps.put(look, image);
        }
        return image;
    }

    /** How many looks have an image now (tests). */
    int size() { return stamps.size(); }

    /**
     * Stamps the mark of this look centred on (px, py), shrunk to {@code share} of its size (1 as
     * drawn; a point sized by a weight). Called on the FX thread.
     */
    void stamp(GraphicsContext g, int shape, Color color, Color rim, boolean hollow, double px, double py,
               double share) {
        probe.set(shape, color, rim, hollow);
        Image image = image();
        // On whole screen pixels, so the image is copied as drawn rather than resampled (blurred).
        double side = half * share;
        double left = Math.round((px - side) * pixelScale) / pixelScale;
        double top = Math.round((py - side) * pixelScale) / pixelScale;
        g.drawImage(image, left, top, 2 * side, 2 * side);
    }

    private Image draw(Look look) {
        Canvas canvas = new Canvas(2 * half, 2 * half);
        GraphicsContext g = canvas.getGraphicsContext2D();
        ClassMarks.draw(g, look.shape, half, half, radius, look.color, look.rim, rimWidth, look.hollow);
        if (ringed) {
            ClassMarks.trace(g, look.shape, half, half, radius + 1.6);
            g.setStroke(ScatterLayer.RING);
            g.setLineWidth(1);
            g.stroke();
        }
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.TRANSPARENT);
        parameters.setTransform(new Scale(pixelScale, pixelScale));
        return canvas.snapshot(parameters, null);
    }
}
