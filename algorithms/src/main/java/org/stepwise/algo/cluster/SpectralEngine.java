package org.stepwise.algo.cluster;

import java.util.random.RandomGenerator;
import org.stepwise.algo.Engine;
import org.stepwise.algo.StepResult;

/**
 * Spectral clustering one stage a step, as scikit-learn 1.2.1's {@code SpectralClustering.fit}
 * with {@code assign_labels="kmeans"} (Ng, Jordan &amp; Weiss 2001 with the random-walk scaling;
 * von Luxburg, "A Tutorial on Spectral Clustering", 2007):
 * <ol>
 * <li>the affinity matrix A ({@link Affinities}: RBF kernel or symmetrized k-NN connectivity);
 * <li>the degrees and the normalized Laplacian L = I − D^−½(A − diag A)D^−½, and the graph's
 *     connected components ({@link GraphLaplacian});
 * <li>the eigenvectors of L's k smallest eigenvalues divided by √degree: scikit-learn's
 *     {@code spectral_embedding(A, n_components=k, norm_laplacian=True, drop_first=False)}
 *     ({@link SpectralEmbedding});
 * <li>k-means on the embedded points, one half-step a step ({@link KMeansEngine}: k-means++ seeded
 *     from the run's seed, scikit-learn's {@code max_iter=300} and {@code tol=1e-4}); its labels
 *     are the clusters of the points.
 * </ol>
 * scikit-learn keeps the best of {@code n_init=10} k-means runs; the lesson runs one, to be
 * watched. On a disconnected graph the eigenvalue 0 repeats, its eigenvectors are any basis of
 * the components' indicators, and scikit-learn warns; here the narration names the components
 * and the run goes on, as scikit-learn's does.
 */
final class SpectralEngine implements Engine<SpectralSnapshot> {

    /** What the run works on: the rows (row-major n × d) and the parameters. */
    record Setting(double[] x, int n, int d, int k, String affinity, double gamma, int neighbours) {
        boolean rbf() { return affinity.equals(Affinities.RBF); }
    }

    private final Setting setting;
    private final RandomGenerator random;
    private int step;
    private SpectralStage stage = SpectralStage.START;
    private StepResult status = StepResult.CONTINUE;
    private double[] affinity;
    private double affinitySum = Double.NaN;
    private double[] rootDegrees;
    private double[] laplacian;
    private int[] components;
    private int componentCount;
    private SpectralEmbedding embedding;
    private KMeansEngine kmeans;
    private SpectralSnapshot latest;

    SpectralEngine(Setting setting, RandomGenerator random) {
        this.setting = setting;
        this.random = random;
    }

    @Override
    public SpectralSnapshot snapshot() {
        if (latest == null || latest.step() != step) {
            latest = new SpectralSnapshot(this);
        }
        return latest;
    }

    @Override
    public StepResult step() {
        if (status.isFinal()) {
            return status;
        }
        step++;
        int n = setting.n();
        switch (stage) {
            case START -> {
                affinity = setting.rbf() ? Affinities.rbf(setting.x(), n, setting.d(), setting.gamma())
                        : Affinities.nearestNeighbors(setting.x(), n, setting.d(), setting.neighbours());
                affinitySum = Affinities.sum(affinity);
                stage = SpectralStage.AFFINITY;
            }
            case AFFINITY -> {
                rootDegrees = GraphLaplacian.rootDegrees(affinity, n);
                laplacian = GraphLaplacian.normalized(affinity, rootDegrees, n);
                components = GraphLaplacian.components(affinity, n);
                componentCount = components.length == 0 ? 0 : java.util.Arrays.stream(components).max().getAsInt() + 1;
                stage = SpectralStage.LAPLACIAN;
            }
            case LAPLACIAN -> {
                embedding = SpectralEmbedding.of(laplacian, rootDegrees, n, setting.k());
                stage = SpectralStage.EIGENVECTORS;
                if (embedding == null) {
                    status = StepResult.stopped("the eigen decomposition of the Laplacian did not converge");
                } else {
                    KMeansRun run = new KMeansRun(embedding.embedding(), n, setting.k(), setting.k(),
                            KMeansInit.PLUS_PLUS, false, 100, 300, 1e-4);
                    kmeans = new KMeansEngine(run, random, false);
                }
            }
            case EIGENVECTORS, KMEANS -> {
                stage = SpectralStage.KMEANS;
                status = kmeans.step();
            }
        }
        return status;
    }

    // Read by SpectralSnapshot's constructor; every array is complete when its stage is done and never changes after.
    int stepCount() { return step; }
    SpectralStage stage() { return stage; }
    StepResult status() { return status; }
    Setting setting() { return setting; }
    double[] affinity() { return affinity; }
    double affinitySum() { return affinitySum; }
    double[] rootDegrees() { return rootDegrees; }
    double[] laplacian() { return laplacian; }
    int[] components() { return components; }
    int componentCount() { return componentCount; }
    SpectralEmbedding embedding() { return embedding; }
    KMeansSnapshot kmeans() { return kmeans == null || stage != SpectralStage.KMEANS ? null : kmeans.snapshot(); }
}
