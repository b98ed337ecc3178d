package org.stepwise.algo.evaluation;

/**
 * Equal-width bins over the values' range, as NumPy's {@code np.histogram(values, bins)}: the edges
 * are {@code np.linspace(min, max, bins + 1)} (min − 0.5 and max + 0.5 when the values are all
 * equal), every bin half-open [eᵢ, eᵢ₊₁) but the last, which is closed, and a value is placed by
 * (v − min)·bins/(max − min) and then moved a bin down or up where rounding put it past an edge,
 * as NumPy does. Immutable.
 */
public final class Histogram {

    private final double[] edges;
    private final int[] counts;

    private Histogram(double[] edges, int[] counts) {
        this.edges = edges;
        this.counts = counts;
    }

    /** The histogram of {@code values} (finite, at least one; not modified) in {@code bins} bins. */
    public static Histogram of(double[] values, int bins) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            low = Math.min(low, v);
            high = Math.max(high, v);
        }
        if (low == high) {
            low -= 0.5;
            high += 0.5;
        }
        double[] edges = new double[bins + 1];
        double step = (high - low) / bins;
        for (int i = 0; i < bins; i++) {
            edges[i] = i * step + low;
        }
        edges[bins] = high;
        int[] counts = new int[bins];
        double norm = bins / (high - low);
        for (double v : values) {
            int bin = v == high ? bins - 1 : (int) ((v - low) * norm);
            if (v < edges[bin]) {
                bin--;
            } else if (bin != bins - 1 && v >= edges[bin + 1]) {
                bin++;
            }
            counts[bin]++;
        }
        return new Histogram(edges, counts);
    }

    public int bins() { return counts.length; }

    public int count(int bin) { return counts[bin]; }

    /** Bin i's lower edge (i = bins: the upper edge of the last). */
    public double edge(int i) { return edges[i]; }

    public double[] edges() { return edges.clone(); }

    public double[] counts() {
        double[] out = new double[counts.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = counts[i];
        }
        return out;
    }
}
