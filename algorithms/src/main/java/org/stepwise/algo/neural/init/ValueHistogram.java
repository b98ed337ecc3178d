package org.stepwise.algo.neural.init;

/**
 * Counts of values in equal bins over [{@code low}, {@code high}] (numpy's {@code histogram} with
 * its default range, the values' minimum and maximum; the last bin closed). All values equal: one
 * bin around them.
 *
 * @param low    the first bin's left edge
 * @param high   the last bin's right edge
 * @param counts how many values fall in each bin; not copied, not to be modified
 */
public record ValueHistogram(double low, double high, int[] counts) {

    /** The bins of the lesson's histograms: fine enough for a shape, wide enough to read in a small cell. */
    static final int BINS = 41;

    /** The histogram of {@code values[offset, offset + count)}, all finite. */
    static ValueHistogram of(double[] values, int offset, int count) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int i = offset; i < offset + count; i++) {
            low = Math.min(low, values[i]);
            high = Math.max(high, values[i]);
        }
        if (!(high > low)) {
            double half = Math.max(Math.abs(low) * 1e-6, Double.MIN_NORMAL);
            low -= half;
            high += half;
        }
        int[] counts = new int[BINS];
        double perBin = BINS / (high - low);
        for (int i = offset; i < offset + count; i++) {
            counts[Math.min(BINS - 1, (int) ((values[i] - low) * perBin))]++;
        }
        return new ValueHistogram(low, high, counts);
    }

    /** The sum of the counts. */
    public int total() {
        int total = 0;
        for (int c : counts) {
            total += c;
        }
        return total;
    }
}
