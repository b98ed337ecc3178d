package org.stepwise.viz.view;

import java.util.stream.IntStream;
import org.stepwise.algo.ClassProbabilities;
import org.stepwise.algo.Domain;

/**
 * Paints a classifier's decision regions into an ARGB buffer: each pixel takes the colour of
 * its most probable class, faded into the plot's paper (white, or the dark theme's ground) where
 * the model is unsure (probability 1/K) and full where it is sure, with a dark line where the
 * most probable class changes (the decision boundary). The line is anti-aliased: each pixel is
 * darkened by its distance to the boundary, estimated as m / |∇m| from the margin m between the
 * two most probable classes (zero on the boundary), so it stays smooth when scaled up on screen
 * instead of a staircase of whole pixels.
 *
 * <p>The grid is evaluated with the model's batched call in row bands, one per core, each band
 * with scratch buffers allocated here once; painting allocates nothing per frame.
 */
public final class BoundaryRaster {

    private static final int LEVELS = 64;
    /** Pixels nearer the boundary than this (in raster pixels) are darkened, most on the boundary. */
    private static final double LINE_HALF_WIDTH = 1.1;
    /** How strong the boundary's centre is: the colour keeps this much of itself, the rest is the line's ink. */
    private static final double LINE_SHADE = 0.35;

    private final int width;
    private final int height;
    private final int bands;
    private final int rowsPerBand;
    private final int[] pixels;
    private final int[] topClass;
    /** Probability of the most probable class minus that of the second, per pixel. */
    private final float[] margin;
    private final double[][] xs;
    private final double[][] ys;
    private final double[][] probabilities;
    private int[] palette = new int[0];
    private int paletteClasses;
    private int paper = 0xFFFFFFFF;
    /** The boundary line's colour: black on light paper, near-white on dark paper, where black would vanish. */
    private int lineInk = 0xFF000000;
    /** A second line where the margin p₁ − p₂ equals this (an SVM's f = ±1), or NaN for none. */
    private double levelLine = Double.NaN;

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
        this.margin = new float[width * height];
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
            double luminance = 0.2126 * ((argb >> 16) & 0xFF) + 0.7152 * ((argb >> 8) & 0xFF) + 0.0722 * (argb & 0xFF);
            lineInk = luminance < 128 ? 0xFFE6EDF3 : 0xFF000000;
        }
    }

    /**
     * Also draws a line, thinner than the boundary, where the margin between the two most probable
     * classes equals {@code level} (in (0, 1); NaN for none): an SVM whose probabilities are
     * ½ ± f/4 draws its margins f = ±1 at level ½.
     */
    public void setLevelLine(double level) {
        levelLine = level;
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
            drawBoundary(0, height);
        } else {
            IntStream.range(0, bands).parallel().forEach(band -> paintBand(band, model, domain, classes));
            // The line reads neighbours across band edges: a second pass, once every margin is known.
            IntStream.range(0, bands).parallel().forEach(band -> drawBoundary(band * rowsPerBand,
                    Math.min(height, (band + 1) * rowsPerBand)));
        }
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
            double secondP = Double.NEGATIVE_INFINITY;
            for (int k = 1; k < classes; k++) {
                double value = p[i * classes + k];
                if (value > bestP) {
                    secondP = bestP;
                    bestP = value;
                    best = k;
                } else if (value > secondP) {
                    secondP = value;
                }
            }
            double confidence = (bestP - chance) / (1 - chance);
            int level = (int) Math.max(0, Math.min(LEVELS - 1, confidence * LEVELS));
            int pixel = firstRow * width + i;
            topClass[pixel] = best;
            margin[pixel] = (float) (bestP - secondP);
            pixels[pixel] = palette[best * LEVELS + level];
        }
    }

    /**
     * Darkens pixels by their distance to the boundary, m / |∇m| in pixels. The margin m has a
     * kink on the boundary (it is |p₁ − p₂| there), so each partial derivative takes the steeper of
     * its one-sided differences; where the margin is flat (a model without an opinion) no line is
     * drawn.
     */
    private void drawBoundary(int firstRow, int lastRow) {
        for (int row = firstRow; row < lastRow; row++) {
            for (int column = 0; column < width; column++) {
                int i = row * width + column;
                double m = margin[i];
                double gx = steeper(m, column > 0 ? margin[i - 1] : m, column + 1 < width ? margin[i + 1] : m);
                double gy = steeper(m, row > 0 ? margin[i - width] : m, row + 1 < height ? margin[i + width] : m);
                double slopeSquared = gx * gx + gy * gy;
                if (!Double.isNaN(levelLine)) {
                    drawLevel(i, m - levelLine, slopeSquared);
                }
                // Most pixels are far from the line: decided without a square root.
                if (slopeSquared < 1e-18 || m * m >= LINE_HALF_WIDTH * LINE_HALF_WIDTH * slopeSquared) {
                    continue;
                }
                double t = m / (LINE_HALF_WIDTH * Math.sqrt(slopeSquared));
                double smooth = t * t * (3 - 2 * t);
                pixels[i] = ColorMaps.blend(lineInk, pixels[i], LINE_SHADE + (1 - LINE_SHADE) * smooth);
            }
        }
    }

    /** The level line's pixel: darkened by its distance (m − level) / |∇m|, half as strongly as the boundary. */
    private void drawLevel(int i, double offset, double slopeSquared) {
        double halfWidth = 0.8 * LINE_HALF_WIDTH;
        if (slopeSquared < 1e-18 || offset * offset >= halfWidth * halfWidth * slopeSquared) {
            return;
        }
        double t = Math.abs(offset) / (halfWidth * Math.sqrt(slopeSquared));
        double smooth = t * t * (3 - 2 * t);
        double shade = 0.6;
        pixels[i] = ColorMaps.blend(lineInk, pixels[i], shade + (1 - shade) * smooth);
    }

    /** The larger one-sided difference of m with its two neighbours. */
    private static double steeper(double m, double before, double after) {
        return Math.max(Math.abs(m - before), Math.abs(after - m));
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
