package org.stepwise.algo.cluster;

import java.util.Arrays;
import java.util.Locale;
import org.stepwise.algo.Metrics;
import org.stepwise.algo.Scalars;
import org.stepwise.algo.Snapshot;
import org.stepwise.algo.StepResult;

/**
 * Spectral clustering after some steps: what the stages so far have built (the affinity matrix,
 * the degrees, the Laplacian and the graph's components, the embedding and L's smallest
 * eigenvalues) and, in the last stage, the k-means run on the embedded points.
 *
 * <p>The stages' arrays are built once by the engine and never changed, so every snapshot shares
 * them; the accessors hand out values, not the arrays.
 *
 * <p>Metrics: {@code stage} (0 start, 1 affinity, 2 Laplacian, 3 eigenvectors, 4 k-means),
 * {@code affinity_matrix} (the sum Σ_ij A_ij of scikit-learn's {@code affinity_matrix_},
 * n × n being too large to print), {@code n_connected_components}, {@code eigenvalues} (L's
 * smallest, ascending), {@code embedding} (n × k), and from k-means in the embedding
 * {@code labels}, {@code inertia} (in embedding coordinates) and {@code n_iter}.
 */
public final class SpectralSnapshot implements Snapshot {

    private static final Scalars<SpectralSnapshot> SCALARS = Scalars.<SpectralSnapshot>builder()
            .count("stage", s -> s.stage.ordinal())
            .scalarWhileDefined("affinity_matrix", SpectralSnapshot::affinitySum)
            .countWhileDefined("n_connected_components", s -> s.components == null ? Double.NaN : s.componentCount)
            .scalarWhileDefined("inertia", s -> s.kmeans == null ? Double.NaN : s.kmeans.inertia())
            .countWhileDefined("n_iter", s -> s.kmeans == null ? Double.NaN : s.kmeans.nIter())
            .build();

    private final int step;
    private final SpectralStage stage;
    private final StepResult status;
    private final SpectralEngine.Setting setting;
    private final double[] affinity;
    private final double affinitySum;
    private final double[] rootDegrees;
    private final double[] laplacian;
    private final int[] components;
    private final int componentCount;
    private final SpectralEmbedding embedding;
    private final KMeansSnapshot kmeans;

    SpectralSnapshot(SpectralEngine engine) {
        step = engine.stepCount();
        stage = engine.stage();
        status = engine.status();
        setting = engine.setting();
        affinity = engine.affinity();
        affinitySum = engine.affinitySum();
        rootDegrees = engine.rootDegrees();
        laplacian = engine.laplacian();
        components = engine.components();
        componentCount = engine.componentCount();
        embedding = engine.embedding();
        kmeans = engine.kmeans();
    }

    @Override
    public int step() { return step; }

    @Override
    public StepResult status() { return status; }

    /** What the last step did. */
    public SpectralStage stage() { return stage; }

    public int pointCount() { return setting.n(); }

    public int clusterCount() { return setting.k(); }

    /** Whether the affinity is the RBF kernel (else the k-NN graph). */
    public boolean rbf() { return setting.rbf(); }

    public double gamma() { return setting.gamma(); }

    public int neighbours() { return setting.neighbours(); }

    /** Whether the affinity matrix has been built (from step 1). */
    public boolean hasAffinity() { return affinity != null; }

    /** A_ij (once {@link #hasAffinity()}). */
    public double affinity(int i, int j) { return affinity[i * setting.n() + j]; }

    /** Σ_ij A_ij, NaN before the affinity stage. */
    public double affinitySum() { return affinitySum; }

    /** Whether the Laplacian has been built (from step 2). */
    public boolean hasLaplacian() { return laplacian != null; }

    /** L_ij (once {@link #hasLaplacian()}). */
    public double laplacian(int i, int j) { return laplacian[i * setting.n() + j]; }

    /** Point i's degree d_i = Σ_{j≠i} A_ij (once {@link #hasLaplacian()}; 1 stands for 0, as scipy's). */
    public double degree(int i) { return rootDegrees[i] * rootDegrees[i]; }

    /** The graph's connected components (0 before the Laplacian stage). */
    public int componentCount() { return components == null ? 0 : componentCount; }

    /** Point i's connected component. */
    public int component(int i) { return components[i]; }

    /** Whether the embedding has been found (from step 3). */
    public boolean hasEmbedding() { return embedding != null; }

    /** Point i's coordinate c in the embedding: eigenvector c's entry i divided by √d_i. */
    public double embedding(int i, int c) { return embedding.embedding()[i * setting.k() + c]; }

    /** L's smallest eigenvalues, ascending (a copy; empty before the eigenvector stage). */
    public double[] eigenvalues() { return embedding == null ? new double[0] : embedding.eigenvalues().clone(); }

    /**
     * Whether this snapshot and {@code other} hold the very same stages (one run, both past the
     * same stages): a view that drew the matrices of one need not draw them again for the other.
     */
    public boolean sameStagesAs(SpectralSnapshot other) {
        return other != null && affinity == other.affinity && laplacian == other.laplacian
                && embedding == other.embedding;
    }

    /** The k-means run in the embedding, or null before it. */
    public KMeansSnapshot kmeans() { return kmeans; }

    /** Point i's cluster, or -1 before k-means first assigned it. */
    public int label(int i) { return kmeans == null ? -1 : kmeans.label(i); }

    @Override
    public String narration() { return SpectralNarration.full(this); }

    @Override
    public String narration(int characters) {
        String full = SpectralNarration.full(this);
        return full.length() <= characters ? full : SpectralNarration.brief(this);
    }

    @Override
    public Metrics metrics() {
        Metrics.Builder metrics = SCALARS.addTo(Metrics.builder(), this);
        if (embedding != null) {
            metrics.vector("eigenvalues", embedding.eigenvalues().clone());
            int k = setting.k();
            double[][] rows = new double[setting.n()][];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = Arrays.copyOfRange(embedding.embedding(), i * k, (i + 1) * k);
            }
            metrics.matrix("embedding", rows);
        }
        if (kmeans != null) {
            metrics.vector("labels", Arrays.stream(kmeans.labels()).asDoubleStream().toArray());
        }
        return metrics.build();
    }

    @Override
    public double scalar(String name) { return SCALARS.value(this, name); }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "SpectralSnapshot[step %d, %s, %s]", step, stage, status);
    }
}
