package org.stepwise.algo.cluster;

import java.util.List;
import org.stepwise.algo.DataKind;
import org.stepwise.algo.Engine;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.ParamSpec;
import org.stepwise.algo.Params;
import org.stepwise.algo.Randomness;
import org.stepwise.data.Dataset;

/**
 * Spectral clustering, as scikit-learn 1.2.1's {@code SpectralClustering(n_clusters, affinity,
 * gamma, n_neighbors, assign_labels="kmeans")} (see {@link SpectralEngine}); the class labels of a
 * data set, if any, are not used. The defaults differ from scikit-learn's where its own don't
 * suit the lesson's data: two clusters (not 8) and the k-NN graph with 10 neighbours (not
 * {@code rbf}), which separates the two circles and the two moons that k-means cannot.
 */
public final class SpectralFactory implements EngineFactory<SpectralSnapshot> {

    /** The affinity and Laplacian are dense n × n, and all n eigenvectors are found: a few seconds at this size. */
    static final int MAX_POINTS = 2000;

    private static final List<ParamSpec<?>> PARAMS = List.of(
            ParamSpec.integer("nClusters", 2).between(1, 100).label("Clusters k")
                    .help("how many clusters, and how many eigenvectors embed the points; at most the number of points"),
            ParamSpec.choice("affinity", Affinities.NEAREST_NEIGHBORS,
                            List.of(Affinities.NEAREST_NEIGHBORS, Affinities.RBF))
                    .optionLabels("k nearest neighbours (a graph)", "RBF kernel exp(−γ‖x − x'‖²)")
                    .help("nearest_neighbors: A = ½(C + Cᵀ), C_ij = 1 when j is one of i's nNeighbors nearest "
                            + "points (itself included); rbf: every pair, A_ij = exp(−γ‖x_i − x_j‖²)"),
            ParamSpec.real("gamma", 1.0).greaterThan(0).atMost(1e6).logScale().label("RBF width γ (gamma)")
                    .help("how fast the RBF affinity falls with distance: large γ, only close points are similar")
                    .appliesWhen(v -> v.choice("affinity").equals(Affinities.RBF), "Only for the rbf affinity"),
            ParamSpec.integer("nNeighbors", 10).between(1, 1000).label("Neighbours")
                    .help("each point joined to this many nearest points, itself included")
                    .appliesWhen(v -> v.choice("affinity").equals(Affinities.NEAREST_NEIGHBORS),
                            "Only for the nearest_neighbors affinity"));

    @Override
    public List<ParamSpec<?>> params() { return PARAMS; }

    @Override
    public DataKind dataKind() { return DataKind.UNLABELLED; }

    @Override
    public Engine<SpectralSnapshot> create(Dataset data, Params params, long seed) {
        requireFits(data, params);
        int n = data.size();
        if (n == 0) {
            throw new IllegalArgumentException("The data set is empty; add some points first.");
        }
        if (n > MAX_POINTS) {
            throw new IllegalArgumentException("Spectral clustering here builds the full " + n + " × " + n
                    + " affinity matrix and all its eigenvectors; use at most " + MAX_POINTS + " points.");
        }
        if (data.featureCount() < 2) {
            throw new IllegalArgumentException("Spectral clustering here draws its clusters on a plane of two features, "
                    + "and the data has one column ('" + data.featureNames().get(0) + "'): choose two columns or more "
                    + "(the Data tab, or --features), or a data set such as circles or moons.");
        }
        int k = params.integer("nClusters");
        if (k > n) {
            throw new IllegalArgumentException("The number of clusters k (nClusters) must be at most the number of "
                    + "points (" + n + "); got " + k + ".");
        }
        String affinity = params.choice("affinity");
        int neighbours = params.integer("nNeighbors");
        if (affinity.equals(Affinities.NEAREST_NEIGHBORS) && neighbours > n) {
            throw new IllegalArgumentException("nNeighbors must be at most the number of points (" + n + "); got "
                    + neighbours + ".");
        }
        SpectralEngine.Setting setting = new SpectralEngine.Setting(data.featuresRowMajor(), n,
                data.featureCount(), k, affinity, params.real("gamma"), neighbours);
        return new SpectralEngine(setting, Randomness.generator(seed));
    }
}
