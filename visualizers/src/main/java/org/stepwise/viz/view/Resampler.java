package org.stepwise.viz.view;

/**
 * Bilinear scaling of opaque ARGB rasters from one fixed size to another: sampling on pixel
 * centres, as ImageView's smooth scaling, clamped at the edges; each 8-bit channel interpolated
 * in fixed point, two channels at a time. Two passes, each source row across and then down
 * between the two nearest rows, about half the blends of one pass. The index and weight tables
 * and the scratch row buffer are built once per pair of sizes, so scaling allocates nothing; an
 * instance is used by one thread at a time.
 */
final class Resampler {

    private final int sourceWidth;
    private final int sourceHeight;
    private final int width;
    private final int height;
    /** Per destination column: left source column, right source column, weight of the right one (0-256). */
    private final int[] column0;
    private final int[] column1;
    private final int[] columnWeight;
    private final int[] row0;
    private final int[] row1;
    private final int[] rowWeight;
    /** Each source row scaled across (the first pass): source height × width. */
    private final int[] across;

    Resampler(int sourceWidth, int sourceHeight, int width, int height) {
        if (sourceWidth < 1 || sourceHeight < 1 || width < 1 || height < 1) {
            throw new IllegalArgumentException("sizes must be positive");
        }
        this.sourceWidth = sourceWidth;
        this.sourceHeight = sourceHeight;
        this.width = width;
        this.height = height;
        column0 = new int[width];
        column1 = new int[width];
        columnWeight = new int[width];
        row0 = new int[height];
        row1 = new int[height];
        rowWeight = new int[height];
        across = new int[sourceHeight * width];
        fill(column0, column1, columnWeight, sourceWidth, width);
        fill(row0, row1, rowWeight, sourceHeight, height);
    }

    /** Whether this scales {@code sourceWidth × sourceHeight} to {@code width × height}. */
    boolean scales(int fromWidth, int fromHeight, int toWidth, int toHeight) {
        return fromWidth == sourceWidth && fromHeight == sourceHeight && toWidth == width && toHeight == height;
    }

    int width() { return width; }

    int height() { return height; }

    /** Scales {@code source} (source width × height, row by row) into {@code out} (width × height). */
    void scale(int[] source, int[] out) {
        for (int row = 0, in = 0, at = 0; row < sourceHeight; row++, in += sourceWidth) {
            for (int x = 0; x < width; x++) {
                across[at++] = lerp(source[in + column0[x]], source[in + column1[x]], columnWeight[x]);
            }
        }
        for (int y = 0, at = 0; y < height; y++) {
            int top = row0[y] * width;
            int bottom = row1[y] * width;
            int wy = rowWeight[y];
            for (int x = 0; x < width; x++) {
                out[at++] = lerp(across[top + x], across[bottom + x], wy);
            }
        }
    }

    /** Source index pairs and weights for each destination index. */
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
