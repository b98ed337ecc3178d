package org.stepwise.algo.decomposition;

/**
 * FastICA's preprocessing, as scikit-learn 1.2.1's {@code FastICA._fit_transform} does it with
 * {@code whiten_solver="svd"} ({@code sklearn/decomposition/_fastica.py}): each column is
 * centred, the centred data's thin SVD Xcᵀ = U D Vᵀ is taken (here {@link PcaFit}'s, the same
 * decomposition), U's columns are turned so that their first entry is positive
 * ({@code u *= np.sign(u[0])}), the whitening matrix is K = (U / D)ᵀ cut to its first k rows
 * (Hyvärinen, Karhunen &amp; Oja, <i>Independent Component Analysis</i>, 2001, eq. 6.33), and the
 * whitened data X₁ = √n · K Xcᵀ (k × n) has identity covariance: X₁X₁ᵀ/n = I.
 *
 * <p>Immutable after construction; one object serves every snapshot of a run.
 */
public final class IcaWhitening {

    /** Below this share of the largest singular value a direction holds nothing but rounding. */
    static final double RANK_TOLERANCE = 1e-10;

    private final int n;
    private final int p;
    private final int k;
    private final PcaFit fit;
    /** k × p, row-major: the whitening matrix K. */
    private final double[] whitening;
    /** k × n, row-major: X₁, the whitened data (component j's values over the rows in row j). */
    private final double[] whitened;
    /** n × p, row-major: the data less its column means. */
    private final double[] centred;
    private final int rank;

    /**
     * @param x row-major n × p data (not modified)
     * @param k the components kept, at most min(n, p)
     */
    IcaWhitening(double[] x, int n, int p, int k) {
        this.n = n;
        this.p = p;
        this.k = k;
        this.fit = new PcaFit(x, n, p);
        whitening = new double[k * p];
        whitened = new double[k * n];
        centred = new double[n * p];
        for (int i = 0; i < n; i++) {
            for (int f = 0; f < p; f++) {
                centred[i * p + f] = x[i * p + f] - fit.mean(f);
            }
        }
        int found = 0;
        if (fit.decomposed()) {
            double largest = fit.singularValue(0);
            while (found < fit.rank() && fit.singularValue(found) > RANK_TOLERANCE * largest) {
                found++;
            }
        }
        rank = found;
        if (rank >= k) {
            fill();
        }
    }

    private void fill() {
        double root = Math.sqrt(n);
        for (int j = 0; j < k; j++) {
            // scikit-learn turns U's column j so its first entry (feature 0's loading) is positive; PcaFit's
            // components follow svd_flip's rule instead, so the sign is set again here.
            double sign = fit.component(j, 0) < 0 ? -1 : 1;
            double d = fit.singularValue(j);
            for (int f = 0; f < p; f++) {
                whitening[j * p + f] = sign * fit.component(j, f) / d;
            }
            for (int i = 0; i < n; i++) {
                whitened[j * n + i] = sign * fit.score(i, j) / d * root;
            }
        }
    }

    /** True when the data has at least k independent directions, so that K exists. */
    public boolean whitens() { return rank >= k; }

    /** How many singular values exceed {@value #RANK_TOLERANCE} of the largest. */
    public int rank() { return rank; }

    public int samples() { return n; }

    public int features() { return p; }

    public int components() { return k; }

    /** The centred data's SVD (PCA's decomposition). */
    public PcaFit pca() { return fit; }

    public double mean(int feature) { return fit.mean(feature); }

    /** K[j][f]. */
    public double whitening(int j, int feature) { return whitening[j * p + feature]; }

    /** X₁[j][i]: row i's whitened coordinate j. */
    public double whitened(int j, int row) { return whitened[j * n + row]; }

    /** X₁ itself, k × n row-major (not copied: read only). */
    double[] whitenedRows() { return whitened; }

    /** X − mean, n × p row-major (not copied: read only). */
    double[] centredRows() { return centred; }
}
