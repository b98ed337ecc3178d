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
 * <p>Scaling is {@link Resampler}'s, bilinear. The scaled pixels are written straight into the
 * image's own buffer (a {@link PixelBuffer}: no conversion pass, which for a plot-sized image also
 * cost a cold-code stall when play started). Because that buffer is premultiplied, the rasters
 * shown must be opaque (the heatmaps and contour fills are). A raster can also be scaled on
 * another thread, with a resampler of its own, and handed over already scaled
 * ({@link #showScaled}).
 */
public final class ScreenImage {

    private final ImageView view = new ImageView();
    private WritableImage image;
    private PixelBuffer<IntBuffer> buffer;
    private int[] pixels = new int[0];
    private int width;
    private int height;
    /** The last raster shown unscaled, scaled again when the size changes; null after {@link #showScaled}. */
    private int[] source;
    private int sourceWidth;
    private int sourceHeight;
    private Resampler resampler;

    public ScreenImage() {
        view.setSmooth(false);
        view.setVisible(false);
        // Placed by place(), never by a layout pane. Unmanaged, new pixels (which JavaFX counts as
        // a change of the image's bounds) do not ask the view, and every pane up to the window's
        // root, for a layout pass on each frame of a playing lesson.
        view.setManaged(false);
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
        int newWidth = devicePixels(w, scale);
        int newHeight = devicePixels(h, scale);
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
        source = raster;
        sourceWidth = rasterWidth;
        sourceHeight = rasterHeight;
        if (image == null) {
            return;
        }
        if (resampler == null || !resampler.scales(rasterWidth, rasterHeight, width, height)) {
            resampler = new Resampler(rasterWidth, rasterHeight, width, height);
        }
        resampler.scale(raster, pixels);
        buffer.updateBuffer(changed -> null);
    }

    /**
     * The next {@link #place} to a new size leaves the image blank instead of scaling the last
     * raster again: for a caller that shows a new raster at once after placing the image, so that
     * a resize scales one raster, not two.
     */
    public void forgetRaster() {
        source = null;
    }

    /**
     * How many device pixels a length of layout units covers at this scale: the size {@link #place}
     * gives the image, and so the size a painter must paint for {@link #showScaled}.
     */
    static int devicePixels(double length, double scale) {
        return Math.max(1, (int) Math.round(length * scale));
    }

    /** The image's size in device pixels (0 before the first {@link #place}). */
    public int pixelWidth() { return width; }

    public int pixelHeight() { return height; }

    /**
     * Shows pixels already scaled (or painted, as the metric chart's are) to {@code scaledWidth ×
     * scaledHeight}, premultiplied ARGB; returns false, showing nothing, when the image has another
     * size by now (it was placed again meanwhile).
     */
    public boolean showScaled(int[] scaled, int scaledWidth, int scaledHeight) {
        if (image == null || scaledWidth != width || scaledHeight != height) {
            return false;
        }
        source = null;
        System.arraycopy(scaled, 0, pixels, 0, width * height);
        buffer.updateBuffer(changed -> null);
        return true;
    }

    /** The scaled pixels last shown (tests). */
    int[] pixels() { return pixels; }
}
