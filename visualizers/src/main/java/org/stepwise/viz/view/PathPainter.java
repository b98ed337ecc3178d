package org.stepwise.viz.view;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.List;
import java.util.concurrent.ExecutorService;
import org.stepwise.algo.Surface;

/**
 * Paints the optimizer race's plot, the filled contours ({@link SurfaceRaster}) with the paths
 * over them ({@link RacePicture}), into one opaque image at the plot's device pixels and shows it through
 * the view's {@link ScreenImage}: on a painter thread, shown a moment later, or now, on the FX
 * thread, before a snapshot of the view is taken.
 *
 * <p>Why not stroke the paths on a JavaFX canvas: on Prism's software pipeline the renderer
 * rasterised them again on every frame, and seven zig-zag paths on Rastrigin took it 30–110 ms a
 * frame (pulse logger), during which the FX thread waited; the race played at 10–25 frames a
 * second (docs/BENCHMARKS.md). Painted here the same strokes cost the painter thread, behind the
 * frames, and the renderer copies one image ({@link BackgroundPainter}).
 */
final class PathPainter {

    /** One thread paints every race view's pictures (one lesson is open at a time). */
    private static final ExecutorService PAINTER = PlotView.PAINTER;

    /**
     * The filled contours one picture shows: rasterized again only when they differ from the last
     * ones the painting thread rasterized (a lesson whose surface changes each step, such as
     * feature scaling's bowl, has them rasterized behind the frames, not on the FX thread).
     */
    record Contours(Surface surface, boolean shaded, SurfaceMap map, int resolution) {
    }

    /**
     * What one picture shows: the contours, the known minima, the paths (read-only), where the plot is, how many points of each path to
     * draw, the ink, the size of the legend's type ({@link PlotType}), the picture's size in
     * device pixels (the plot's image's), the colours of surface and paths, and whether the
     * legend is drawn in the plot.
     */
    record Scene(Contours contours, List<double[]> minima,
                 List<? extends ContourPathView.Path> paths,
                 PlotTransform transform, int drawnPoints, java.awt.Color ink, double typeScale, int width, int height,
                 SurfaceMap map, boolean legend) {
    }

    private final ScreenImage screen;
    private final BackgroundPainter<Scene> background;
    /** The FX thread's image, made at its first {@link #paintNow}; the painter thread has its own. */
    private Target foreground;
    private final Target behind = new Target();

    PathPainter(ScreenImage screen) {
        this.screen = screen;
        this.background = new BackgroundPainter<>(PAINTER, behind::paint,
                (scene, pixels) -> screen.showScaled(pixels, scene.width(), scene.height()));
    }

    /** On the FX thread: paints the scene now and shows it. */
    void paintNow(Scene scene) {
        if (scene.width() == 0) {
            return;
        }
        background.shownNow();
        if (foreground == null) {
            foreground = new Target();
        }
        screen.showScaled(foreground.paint(scene), scene.width(), scene.height());
    }

    /** On the FX thread: paints the scene in the background and shows it when it is ready. */
    void paintLater(Scene scene) {
        if (scene.width() > 0) {
            background.paintLater(scene);
        }
    }

    /**
     * The contours the painter thread rasterized last, at their own resolution, or null before the
     * first: what a resized view shows at once until its next picture is painted.
     */
    int[] lastContours() {
        return behind.rasterized;
    }

    /** An image to paint into, used by one thread, with the contours scaled to its size kept between pictures. */
    private static final class Target {
        private BufferedImage image;
        private int[] pixels;
        private SurfaceRaster raster;
        private Contours contours;
        /** A copy of the raster's pixels, published for {@link #lastContours()}. */
        private volatile int[] rasterized;
        private int[] scaledContours;
        private Resampler resampler;

        int[] paint(Scene scene) {
            int width = scene.width();
            int height = scene.height();
            boolean resized = image == null || image.getWidth() != width || image.getHeight() != height;
            if (resized) {
                image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
                pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
                scaledContours = new int[width * height];
            }
            Contours wanted = scene.contours();
            boolean newContours = !wanted.equals(contours);
            if (newContours) {
                int resolution = wanted.resolution();
                if (raster == null || raster.width() != resolution) {
                    raster = new SurfaceRaster(resolution, resolution);
                }
                raster.paint(wanted.surface(), wanted.surface().domain(), wanted.shaded(), wanted.map());
                rasterized = raster.pixels().clone();
                contours = wanted;
            }
            if (newContours || resized) {
                int resolution = wanted.resolution();
                if (resampler == null || !resampler.scales(resolution, resolution, width, height)) {
                    resampler = new Resampler(resolution, resolution, width, height);
                }
                resampler.scale(raster.pixels(), scaledContours);
            }
            // The contours are opaque, so their ARGB is already premultiplied.
            System.arraycopy(scaledContours, 0, pixels, 0, width * height);
            PlotTransform plot = scene.transform();
            Graphics2D g = image.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
                g.scale(width / plot.width(), height / plot.height());
                g.translate(-plot.left(), -plot.top());
                double margin = 20;
                SegmentClip clip = new SegmentClip(plot.left() - margin, plot.top() - margin,
                        plot.left() + plot.width() + margin, plot.top() + plot.height() + margin);
                RacePicture.draw(g, scene.minima(), scene.paths(), plot, clip, scene.drawnPoints(), scene.ink(),
                        scene.typeScale(), scene.map(), scene.legend());
            } finally {
                g.dispose();
            }
            return pixels;
        }
    }
}
