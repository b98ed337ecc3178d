package org.stepwise.algo.manifold;

/**
 * What a t-SNE run embeds, shared by every snapshot of the run: the data (row-major n × p, as
 * given), each point's Gaussian precision βᵢ from the perplexity search, and its nearest
 * neighbours in the original space (for the view: where do a point's true neighbours land?).
 * Immutable; arrays are never handed out.
 */
public final class TsneInput {

    private final double[] x;
    private final int n;
    private final int p;
    private final double[] betas;
    private final int[] neighbours;
    private final int k;

    TsneInput(double[] x, int n, int p, double[] betas, int[] neighbours, int k) {
        this.x = x;
        this.n = n;
        this.p = p;
        this.betas = betas;
        this.neighbours = neighbours;
        this.k = k;
    }

    public int samples() { return n; }

    public int features() { return p; }

    public double feature(int row, int column) { return x[row * p + column]; }

    /** βᵢ = 1 / (2σᵢ²), the precision of point i's Gaussian that meets the perplexity. */
    public double beta(int row) { return betas[row]; }

    /** σᵢ = √(1 / (2βᵢ)), the bandwidth of point i's Gaussian in the original space. */
    public double sigma(int row) { return Math.sqrt(1 / (2 * betas[row])); }

    /** How many original-space neighbours are known per point. */
    public int neighbourCount() { return k; }

    /** Point {@code row}'s r-th nearest neighbour in the original space (r = 0: the nearest). */
    public int neighbour(int row, int r) { return neighbours[row * k + r]; }

    @Override
    public String toString() {
        return "TsneInput[" + n + " × " + p + ", " + k + " neighbours each]";
    }
}
