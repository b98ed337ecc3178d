package org.stepwise.viz.view;

import org.stepwise.algo.Domain;
import org.stepwise.algo.Surface;

/**
 * Filled contours of a surface in an ARGB buffer: the value is put on a log scale,
 * t = log(1 + f − fmin) / log(1 + fmax − fmin), cut into bands coloured from viridis, with a
 * darker line between bands (the iso-lines) and optional hill-shading from the slope of t for
 * a 3D-like look. Evaluated with the surface's batched call; buffers are allocated once.
 */
public final class SurfaceRaster {

    private static final int BANDS = 18;

    private final int width;
    private final int height;
    private final double[] xs;
    private final double[] ys;
    private final double[] values;
    private final int[] band;
    private final int[] pixels;

    public SurfaceRaster(int width, int height) {
        this.width = width;
        this.height = height;
        this.xs = new double[width * height];
        this.ys = new double[width * height];
        this.values = new double[width * height];
        this.band = new int[width * height];
        this.pixels = new int[width * height];
    }

    public int width() { return width; }

    public int height() { return height; }

    /** The painted pixels, row-major from the top; owned by the raster. */
    public int[] pixels() { return pixels; }

    /** Evaluates and paints in viridis. Not modified: surface, domain. */
    public void paint(Surface surface, Domain domain, boolean shaded) {
        paint(surface, domain, shaded, SurfaceMap.VIRIDIS);
    }

    /** Evaluates and paints in {@code map}'s colours. Not modified: surface, domain. */
    public void paint(Surface surface, Domain domain, boolean shaded, SurfaceMap map) {
        double dx = domain.width() / width;
        double dy = domain.height() / height;
        for (int row = 0, i = 0; row < height; row++) {
            for (int column = 0; column < width; column++, i++) {
                xs[i] = domain.xMin() + (column + 0.5) * dx;
                ys[i] = domain.yMax() - (row + 0.5) * dy;
            }
        }
        surface.values(xs, ys, xs.length, values);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (Double.isFinite(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        double scale = Math.log1p(Math.max(max - min, 1e-12));
        for (int i = 0; i < values.length; i++) {
            double t = Double.isFinite(values[i]) ? Math.log1p(values[i] - min) / scale : 1;
            values[i] = t;
            band[i] = Math.min(BANDS - 1, (int) (t * BANDS));
        }
        for (int row = 0, i = 0; row < height; row++) {
            for (int column = 0; column < width; column++, i++) {
                int colour = map.argb((band[i] + 0.5) / BANDS);
                if (shaded) {
                    colour = ColorMaps.blend(map.shadow(), colour, hillShade(row, column));
                }
                boolean isoLine = (column + 1 < width && band[i + 1] != band[i])
                        || (row + 1 < height && band[i + width] != band[i]);
                pixels[i] = isoLine ? ColorMaps.blend(map.shadow(), colour, map.isoLine()) : colour;
            }
        }
    }

    /** Lambertian shading of the t-surface lit from the upper left; 0.75 … 1. */
    private double hillShade(int row, int column) {
        int left = row * width + Math.max(0, column - 1);
        int right = row * width + Math.min(width - 1, column + 1);
        int up = Math.max(0, row - 1) * width + column;
        int down = Math.min(height - 1, row + 1) * width + column;
        double slopeX = (values[right] - values[left]) * width * 0.08;
        double slopeY = (values[down] - values[up]) * height * 0.08;
        double light = (-slopeX - slopeY + 1) / Math.sqrt(slopeX * slopeX + slopeY * slopeY + 1) / Math.sqrt(3);
        return 0.75 + 0.25 * Math.max(0, Math.min(1, light + 0.42));
    }
}
