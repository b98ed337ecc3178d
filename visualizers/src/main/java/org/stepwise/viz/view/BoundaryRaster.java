package org.stepwise.viz.view;

import java.util.stream.IntStream;
import org.stepwise.algo.ClassProbabilities;
import org.stepwise.algo.Domain;

/**
 * Paints a classifier's decision regions into an ARGB buffer: each pixel takes the colour of
 * its most probable class, faded into the plot's paper (white, or the dark theme's ground) where
 * the model is unsure (probability 1/K) and full where it is sure, with a dark line where the
 * most probable class changes (the decision boundary).
 *
 * <p>The grid is evaluated with the model's batched call in row bands, one per core, each band
 * with scratch buffers allocated here once; painting allocates nothing per frame.
 */
public final class BoundaryRaster {

    private static final int LEVELS = 64;

    private final int width;
    private final int height;
    private final int bands;
    private final int rowsPerBand;
    private final int[] pixels;
    private final int[] topClass;
    private final double[][] xs;
    private final double[][] ys;
    private final double[][] probabilities;
    private int[] palette = new int[0];
    private int paletteClasses;
    private int paper = 0xFFFFFFFF;

    /** A raster of {@code width × height} evaluated in {@code bands} parallel bands (1 = on the caller). */
    public BoundaryRaster(int width, int height, int bands) {
        if (width < 1 || height < 1 || bands < 1) {
            throw new IllegalArgumentException("a raster needs a positive size and band count");
        }
        this.width = width;
        this.height = height;
        this.bands = Math.min(bands, height);
        this.rowsPerBand = (height + this.bands - 1) / this.bands;
        this.pixels = new int[width * height];
        this.topClass = new int[width * height];
        this.xs = new double[this.bands][width * rowsPerBand];
        this.ys = new double[this.bands][width * rowsPerBand];
        this.probabilities = new double[this.bands][];
    }

    /** A raster using every core. */
    public BoundaryRaster(int width, int height) {
        this(width, height, Runtime.getRuntime().availableProcessors());
    }

    /**
     * The colour where the model has no opinion: the plot's paper. White on a light theme; on a
     * dark one a white field would glare on a projector before training starts.
     */
    public void setPaper(int argb) {
        if (argb != paper) {
            paper = argb;
            paletteClasses = 0;
        }
    }

    public int width() { return width; }

    public int height() { return height; }

    /** The painted pixels, row-major from the top row; owned by the raster, valid until the next paint. */
    public int[] pixels() { return pixels; }

    /** The most probable class of each pixel, row-major. */
    public int topClassAt(int column, int row) { return topClass[row * width + column]; }

    /**
     * Evaluates the model on the pixel centres of {@code domain} and paints the buffer.
     * Not modified: model, domain.
     */
    public void paint(ClassProbabilities model, Domain domain) {
        int classes = model.classCount();
        preparePalette(classes);
        if (bands == 1) {
            paintBand(0, model, domain, classes);
        } else {
            IntStream.range(0, bands).parallel().forEach(band -> paintBand(band, model, domain, classes));
        }
        drawBoundary();
    }

    private void paintBand(int band, ClassProbabilities model, Domain domain, int classes) {
        int firstRow = band * rowsPerBand;
        int lastRow = Math.min(height, firstRow + rowsPerBand);
        if (firstRow >= lastRow) {
            return;
        }
        int count = (lastRow - firstRow) * width;
        double[] bandX = xs[band];
        double[] bandY = ys[band];
        if (probabilities[band] == null || probabilities[band].length < count * classes) {
            probabilities[band] = new double[width * rowsPerBand * classes];
        }
        double[] p = probabilities[band];
        double dx = domain.width() / width;
        double dy = domain.height() / height;
        for (int row = firstRow, i = 0; row < lastRow; row++) {
            double y = domain.yMax() - (row + 0.5) * dy;
            for (int column = 0; column < width; column++, i++) {
                bandX[i] = domain.xMin() + (column + 0.5) * dx;
                bandY[i] = y;
            }
        }
        model.predictProbabilities(bandX, bandY, count, p);
        double chance = 1.0 / classes;
        for (int i = 0; i < count; i++) {
            int best = 0;
            double bestP = p[i * classes];
            for (int k = 1; k < classes; k++) {
                double value = p[i * classes + k];
                if (value > bestP) {
                    bestP = value;
                    best = k;
                }
            }
            double confidence = (bestP - chance) / (1 - chance);
            int level = (int) Math.max(0, Math.min(LEVELS - 1, confidence * LEVELS));
            int pixel = firstRow * width + i;
            topClass[pixel] = best;
            pixels[pixel] = palette[best * LEVELS + level];
        }
    }

    /** Darkens pixels whose right or lower neighbour has another top class. */
    private void drawBoundary() {
        for (int row = 0; row < height; row++) {
            for (int column = 0; column < width; column++) {
                int i = row * width + column;
                boolean edge = (column + 1 < width && topClass[i + 1] != topClass[i])
                        || (row + 1 < height && topClass[i + width] != topClass[i]);
                if (edge) {
                    pixels[i] = ColorMaps.shade(pixels[i], 0.35);
                }
            }
        }
    }

    /** Class colour blended from the paper (probability at chance, 1/K) to 80 % strength (sure), LEVELS steps. */
    private void preparePalette(int classes) {
        if (paletteClasses == classes) {
            return;
        }
        palette = new int[classes * LEVELS];
        for (int k = 0; k < classes; k++) {
            for (int level = 0; level < LEVELS; level++) {
                double strength = 0.8 * level / (LEVELS - 1.0);
                palette[k * LEVELS + level] = ColorMaps.blend(paper, ColorMaps.classArgb(k), strength);
            }
        }
        paletteClasses = classes;
    }
}
