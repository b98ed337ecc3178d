package org.stepwise.viz.view;

import java.nio.IntBuffer;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * A raster shown at the screen's own pixel size. Views compute their heatmaps and contour fills
 * at a fixed, modest resolution; this scales them, bilinearly, into an image exactly as large as
 * the plot is on screen, placed on whole device pixels, so that JavaFX draws it pixel for pixel.
 *
 * <p>Why not let the ImageView scale: on Prism's software pipeline (no usable GPU, as in many
 * classroom VMs, remote desktops and this project's CI) a scaled image is resampled again on
 * every frame that touches it, and a playing lesson touches it on every frame: 16 ms for a
 * 774×432 plot, during which the FX thread waited for the renderer; drawn 1:1 the same area
 * takes about 5 ms (docs/BENCHMARKS.md, "FX thread"). A GPU scales for free; there the cost is
 * this class's resampling, a few milliseconds when the raster changes and nothing otherwise.
 *
 * <p>Bilinear sampling on pixel centres, as ImageView's smooth scaling; colours are opaque ARGB,
 * interpolated per channel in 8-bit fixed point, two channels at a time. The scaled pixels are
 * written straight into the image's own buffer (a {@link PixelBuffer}: no conversion pass, which
 * for a plot-sized image also cost a cold-code stall when play started). Because that buffer is
 * premultiplied, the rasters shown must be opaque (the heatmaps and contour fills are). The
 * index and weight tables are built when a size changes, never per frame.
 */
public final class ScreenImage {

    private final ImageView view = new ImageView();
    private WritableImage image;
    private PixelBuffer<IntBuffer> buffer;
    private int[] pixels = new int[0];
    private int width;
    private int height;
    private int[] source;
    private int sourceWidth;
    private int sourceHeight;
    /** Per destination column: left source column, right source column, weight of the right one (0-256). */
    private int[] column0 = new int[0];
    private int[] column1 = new int[0];
    private int[] columnWeight = new int[0];
    private int[] row0 = new int[0];
    private int[] row1 = new int[0];
    private int[] rowWeight = new int[0];
    /** Each source row scaled across (the first pass): source height × width. */
    private int[] across = new int[0];

    public ScreenImage() {
        view.setSmooth(false);
        view.setVisible(false);
    }

    /** The node to add to a view. */
    public ImageView view() { return view; }

    /** The image on screen (null before the first {@link #place}); its size is the device-pixel size. */
    public WritableImage image() { return image; }

    /**
     * Places the image over this rectangle (layout coordinates of the view's parent) at the
     * render scale of the window showing it (1 off screen); see {@link #place(double, double,
     * double, double, double)}.
     */
    public void place(double x, double y, double w, double h) {
        var scene = view.getScene();
        place(x, y, w, h, scene != null && scene.getWindow() != null ? scene.getWindow().getRenderScaleX() : 1);
    }

    /**
     * Places the image over this rectangle (layout coordinates) at this render scale (device
     * pixels per layout unit): snapped to whole device pixels, reallocated only when the pixel
     * size changes, and the last raster shown is scaled again to the new size.
     */
    public void place(double x, double y, double w, double h, double renderScale) {
        double scale = renderScale > 0 ? renderScale : 1;
        int newWidth = Math.max(1, (int) Math.round(w * scale));
        int newHeight = Math.max(1, (int) Math.round(h * scale));
        view.setX(Math.round(x * scale) / scale);
        view.setY(Math.round(y * scale) / scale);
        view.setFitWidth(newWidth / scale);
        view.setFitHeight(newHeight / scale);
        if (newWidth != width || newHeight != height) {
            width = newWidth;
            height = newHeight;
            IntBuffer ints = IntBuffer.allocate(width * height);
            pixels = ints.array();
            buffer = new PixelBuffer<>(width, height, ints, PixelFormat.getIntArgbPreInstance());
            image = new WritableImage(buffer);
            view.setImage(image);
            buildTables();
            if (source != null) {
                show(source, sourceWidth, sourceHeight);
            }
        }
    }

    /**
     * Shows an opaque ARGB raster ({@code sourceWidth} × {@code sourceHeight}, row by row) scaled to the
     * placed size. The array is kept and scaled again if the size changes.
     */
    public void show(int[] raster, int rasterWidth, int rasterHeight) {
        if (raster.length < rasterWidth * rasterHeight) {
            throw new IllegalArgumentException("a " + rasterWidth + "×" + rasterHeight + " raster needs "
                    + rasterWidth * rasterHeight + " pixels, got " + raster.length);
        }
        boolean newSize = rasterWidth != sourceWidth || rasterHeight != sourceHeight;
        source = raster;
        sourceWidth = rasterWidth;
        sourceHeight = rasterHeight;
        if (image == null) {
            return;
        }
        if (newSize) {
            buildTables();
        }
        scale(raster);
        buffer.updateBuffer(changed -> null);
    }

    /** The scaled pixels last shown (tests). */
    int[] pixels() { return pixels; }

    private void buildTables() {
        if (sourceWidth == 0 || width == 0) {
            return;
        }
        if (column0.length != width) {
            column0 = new int[width];
            column1 = new int[width];
            columnWeight = new int[width];
        }
        if (row0.length != height) {
            row0 = new int[height];
            row1 = new int[height];
            rowWeight = new int[height];
        }
        if (across.length != sourceHeight * width) {
            across = new int[sourceHeight * width];
        }
        fill(column0, column1, columnWeight, sourceWidth, width);
        fill(row0, row1, rowWeight, sourceHeight, height);
    }

    /** Source index pairs and weights for each destination index: sampling at pixel centres, clamped at the edges. */
    private static void fill(int[] first, int[] second, int[] weight, int sourceSize, int size) {
        double ratio = (double) sourceSize / size;
        for (int i = 0; i < size; i++) {
            double at = Math.min(Math.max((i + 0.5) * ratio - 0.5, 0), sourceSize - 1);
            int low = (int) at;
            first[i] = low;
            second[i] = Math.min(low + 1, sourceSize - 1);
            weight[i] = (int) Math.round((at - low) * 256);
        }
    }

    /** Two passes: each source row across, then down between the two nearest rows (about half the blends of one pass). */
    private void scale(int[] raster) {
        for (int row = 0, in = 0, out = 0; row < sourceHeight; row++, in += sourceWidth) {
            for (int x = 0; x < width; x++) {
                across[out++] = lerp(raster[in + column0[x]], raster[in + column1[x]], columnWeight[x]);
            }
        }
        for (int y = 0, out = 0; y < height; y++) {
            int top = row0[y] * width;
            int bottom = row1[y] * width;
            int wy = rowWeight[y];
            for (int x = 0; x < width; x++) {
                pixels[out++] = lerp(across[top + x], across[bottom + x], wy);
            }
        }
    }

    /** a + (b - a)·w/256 for each 8-bit channel; red and blue together, then alpha and green. */
    static int lerp(int a, int b, int w) {
        if (w == 0 || a == b) {
            return a;
        }
        int v = 256 - w;
        int redBlue = (((a & 0xFF00FF) * v + (b & 0xFF00FF) * w) >>> 8) & 0xFF00FF;
        int alphaGreen = (((a >>> 8) & 0xFF00FF) * v + ((b >>> 8) & 0xFF00FF) * w) & 0xFF00FF00;
        return alphaGreen | redBlue;
    }
}
