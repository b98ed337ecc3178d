package org.stepwise.viz.view;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.List;
import java.util.concurrent.ExecutorService;

/**
 * Paints the optimizer race's plot, the filled contours with the paths over them
 * ({@link RacePicture}), into one opaque image at the plot's device pixels and shows it through
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
     * What one picture shows: the contours' raster (a copy the view no longer changes), the
     * known minima, the paths (read-only), where the plot is, how many points of each path to
     * draw, the ink, the size of the legend's type ({@link PlotType}), the picture's size in
     * device pixels (the plot's image's), the colours of surface and paths, and whether the
     * legend is drawn in the plot.
     */
    record Scene(int[] contours, int contourWidth, int contourHeight, List<double[]> minima,
                 List<? extends ContourPathView.Path> paths,
                 PlotTransform transform, int drawnPoints, java.awt.Color ink, double typeScale, int width, int height,
                 SurfaceMap map, boolean legend) {
    }

    private final ScreenImage screen;
    private final BackgroundPainter<Scene> background;
    /** The FX thread's image, made at its first {@link #paintNow}; the painter thread has its own. */
    private Target foreground;

    PathPainter(ScreenImage screen) {
        this.screen = screen;
        this.background = new BackgroundPainter<>(PAINTER, new Target()::paint,
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

    /** An image to paint into, used by one thread, with the contours scaled to its size kept between pictures. */
    private static final class Target {
        private BufferedImage image;
        private int[] pixels;
        private int[] contours;
        private int[] scaledContours;
        private Resampler resampler;

        int[] paint(Scene scene) {
            int width = scene.width();
            int height = scene.height();
            if (image == null || image.getWidth() != width || image.getHeight() != height) {
                image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
                pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
                scaledContours = new int[width * height];
                contours = null;
            }
            if (contours != scene.contours()) {
                if (resampler == null || !resampler.scales(scene.contourWidth(), scene.contourHeight(), width, height)) {
                    resampler = new Resampler(scene.contourWidth(), scene.contourHeight(), width, height);
                }
                resampler.scale(scene.contours(), scaledContours);
                contours = scene.contours();
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
