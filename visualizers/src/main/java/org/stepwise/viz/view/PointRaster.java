package org.stepwise.viz.view;

import java.util.Arrays;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * Many points as one picture: their marks' pixels laid into one premultiplied ARGB image of the
 * plot's rectangle, in row order (a later point over an earlier one, as stamping draws them), and
 * the image drawn with one command. Ten thousand stamps were ten thousand image copies for the
 * renderer; at k-means' first assignments on 10,000 points they held the FX thread 20-90 ms a
 * frame waiting for it. While a lesson plays the picture is laid out on the plot painter thread
 * ({@link BackgroundPainter}): the canvas shows the previous picture until the new one is ready,
 * a frame or two later; {@link PlotView#drawNow} lays it out at once.
 */
final class PointRaster {

    /** From this many points a scatter is drawn as one picture. */
    static final int FROM_POINTS = 1000;

    /**
     * Where every mark goes, in device pixels of the plot's rectangle: the top-left corner of
     * row i's mark and which of the marks' pixel arrays it is.
     */
    record Scene(int width, int height, int[] lefts, int[] tops, int[] looks, int[][] marks, int side) {

        boolean samePicture(Scene other) {
            return other != null && other.width == width && other.height == height && other.side == side
                    && Arrays.equals(other.lefts, lefts) && Arrays.equals(other.tops, tops)
                    && Arrays.equals(other.looks, looks) && sameMarks(other.marks);
        }

        private boolean sameMarks(int[][] others) {
            if (others.length != marks.length) {
                return false;
            }
            for (int k = 0; k < marks.length; k++) {
                if (others[k] != marks[k]) {
                    return false;
                }
            }
            return true;
        }
    }

    private final Runnable redraw;
    private final BackgroundPainter<Scene> background;
    /** The painter thread's pixels, reused: it waits until each picture is shown. */
    private int[] laid = new int[0];
    private WritableImage image;
    private Scene shown;

    /** {@code redraw} draws the canvas again once a picture painted in the background is ready. */
    PointRaster(Runnable redraw) {
        this.redraw = redraw;
        this.background = new BackgroundPainter<>(PlotView.PAINTER, this::layOut, this::show);
    }

    /**
     * On the FX thread: draws the scene's picture at the plot's top-left corner (logical pixels
     * {@code left}, {@code top}, {@code pixelScale} device pixels each). {@code now}: lays it out
     * first if it is not the picture shown; otherwise asks for it in the background and draws the
     * picture there is meanwhile.
     */
    void draw(GraphicsContext g, Scene scene, double left, double top, double pixelScale, boolean now) {
        if (!scene.samePicture(shown)) {
            if (now) {
                background.shownNow();
                put(scene, layOutNow(scene));
            } else {
                background.paintLater(scene);
            }
        }
        if (image != null) {
            g.drawImage(image, left, top, image.getWidth() / pixelScale, image.getHeight() / pixelScale);
        }
    }

    /** Forgets the picture (the points are no longer drawn this way). */
    void clear() {
        shown = null;
        image = null;
    }

    private int[] layOutNow(Scene scene) {
        int[] pixels = new int[scene.width() * scene.height()];
        lay(scene, pixels);
        return pixels;
    }

    private int[] layOut(Scene scene) {
        int size = scene.width() * scene.height();
        if (laid.length != size) {
            laid = new int[size];
        } else {
            Arrays.fill(laid, 0);
        }
        lay(scene, laid);
        return laid;
    }

    /** On the FX thread, from the painter thread: shows the picture and draws the canvas again with it. */
    private boolean show(Scene scene, int[] pixels) {
        put(scene, pixels);
        redraw.run();
        return true;
    }

    private void put(Scene scene, int[] pixels) {
        if (image == null || image.getWidth() != scene.width() || image.getHeight() != scene.height()) {
            image = new WritableImage(scene.width(), scene.height());
        }
        image.getPixelWriter().setPixels(0, 0, scene.width(), scene.height(), PixelFormat.getIntArgbPreInstance(),
                pixels, 0, scene.width());
        shown = scene;
    }

    /** Lays every mark over the pixels (premultiplied source-over), clipped to the picture. */
    static void lay(Scene scene, int[] pixels) {
        int width = scene.width();
        int height = scene.height();
        int side = scene.side();
        for (int i = 0; i < scene.lefts().length; i++) {
            int[] mark = scene.marks()[scene.looks()[i]];
            int left = scene.lefts()[i];
            int top = scene.tops()[i];
            int fromY = Math.max(0, -top);
            int toY = Math.min(side, height - top);
            int fromX = Math.max(0, -left);
            int toX = Math.min(side, width - left);
            for (int y = fromY; y < toY; y++) {
                int source = y * side;
                int target = (top + y) * width + left;
                for (int x = fromX; x < toX; x++) {
                    int s = mark[source + x];
                    int alpha = s >>> 24;
                    if (alpha == 255) {
                        pixels[target + x] = s;
                    } else if (alpha != 0) {
                        pixels[target + x] = over(s, pixels[target + x], 255 - alpha);
                    }
                }
            }
        }
    }

    /** s + d (1 − αs), channel by channel, both premultiplied. */
    private static int over(int s, int d, int keep) {
        int a = (s >>> 24) + ((d >>> 24) * keep + 127) / 255;
        int r = ((s >>> 16) & 0xff) + (((d >>> 16) & 0xff) * keep + 127) / 255;
        int g = ((s >>> 8) & 0xff) + (((d >>> 8) & 0xff) * keep + 127) / 255;
        int b = (s & 0xff) + ((d & 0xff) * keep + 127) / 255;
        return Math.min(a, 255) << 24 | Math.min(r, 255) << 16 | Math.min(g, 255) << 8 | Math.min(b, 255);
    }
}
